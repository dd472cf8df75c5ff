#include "editcontroller.h"

#include "editcommand.h"
#include "graph/editcheck.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "panels/entityeditdialog.h"
#include "panels/relationeditdialog.h"
#include "panels/sourcepicker.h"
#include "projectsession.h"
#include "store/storeerror.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTime>
#include <QUndoStack>

namespace entente {

EditController::EditController(ProjectSession* session, GraphDocument* document, QWidget* window)
    : QObject(window), m_session(session), m_document(document), m_window(window),
      m_stack(new QUndoStack(this)), m_saved(new QLabel(window))
{
    m_saved->setObjectName(QStringLiteral("savedIndicator"));
    confirmDelete = [this](const QString& name, int relations) {
        return QMessageBox::question(
                   m_window, tr("Delete %1").arg(name),
                   tr("%1 has %n relation(s). Delete them too?", nullptr, relations).arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_session, &ProjectSession::opened, this, [this] {
        // Save as continues on a copy of the same content, so its history still applies.
        if (!m_session->isContinuation())
            m_stack->clear();
        updateSaved();
    });
    connect(m_stack, &QUndoStack::indexChanged, this, &EditController::updateSaved);
    updateSaved();
}

bool EditController::editable()
{
    if (m_session->isOpen() && !m_session->isReadOnly())
        return true;
    emit failed(tr("This project is read-only. Use File → New project from default dataset (or "
                   "Save as) to get an "
                   "editable copy."));
    return false;
}

bool EditController::perform(const std::function<EditStep(EditPlanner&)>& plan)
{
    if (!editable())
        return false;
    EditStep step;
    try {
        EditPlanner planner = m_session->planner();
        step = plan(planner);
    } catch (const StoreError& e) {
        emit failed(e.message());
        return false;
    }
    if (step.redo.isEmpty())
        return true;
    if (!apply(step.redo))
        return false;
    m_stack->push(new EditCommand(this, std::move(step)));
    return true;
}

std::function<EditStep(EditPlanner&)>
EditController::withNewSources(const SourcePicker* picker,
                               std::function<EditStep(EditPlanner&)> plan)
{
    // Sources made in the dialog are written with the edit (before the links that cite them).
    // Undo leaves them in the library: a source row cites nothing by itself.
    return [sources = picker->newSources(), plan = std::move(plan)](EditPlanner& p) {
        EditStep step = plan(p);
        step.redo.sources += sources;
        return step;
    };
}

bool EditController::apply(const WriteBatch& batch)
{
    try {
        const EditApplier::Result result = m_session->applyEdit(batch);
        const KnowledgeGraph& g = *result.patch.graph;
        std::vector<int> show;
        for (const QString& id : result.addedEntities)
            show.push_back(g.indexOf(id));
        // Relations of drawn entities are drawn; a relation to an undrawn entity shows that entity.
        for (const Relation& r : batch.relations)
            for (const QString& end : {r.source, r.target})
                if (const int v = g.indexOf(end); v >= 0)
                    show.push_back(v);
        m_document->replaceGraph(result.patch.graph, result.patch.vertexMap, show,
                                 result.patch.relationMap);
        emit graphPatched(result.patch.vertexMap);
        emit edited();
        updateSaved();
        return true;
    } catch (const StoreError& e) {
        emit failed(e.message());
        return false;
    }
}

void EditController::updateSaved()
{
    if (!m_session->isOpen())
        m_saved->setText(QString());
    else if (m_session->isReadOnly())
        m_saved->setText(tr("Read-only"));
    else
        m_saved->setText(tr("✓ All changes saved %1")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_saved->setToolTip(
        m_session->isReadOnly()
            ? tr("The default dataset cannot be changed; make a new project from it to edit.")
            : tr("Every edit is written to %1 as it is made.").arg(m_session->filePath()));
}

QString EditController::selectedId() const
{
    const KnowledgeGraph* g = m_document->graph();
    const int v = m_document->selected();
    return g && v >= 0 ? g->entity(v).id : QString();
}

void EditController::newEntity()
{
    if (!editable())
        return;
    Entity blank;
    blank.category = QStringLiteral("person");
    EntityEditDialog dialog(*m_session->graph(), blank, true, m_window);
    dialog.sourcePicker()->setLibrary(m_session->allSources());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Entity e = dialog.entity();
    if (perform(
            withNewSources(dialog.sourcePicker(), [&](EditPlanner& p) { return p.addEntity(e); })))
        m_document->select(m_document->graph()->indexOf(e.id));
}

void EditController::editEntity(const QString& id)
{
    if (id.isEmpty() || !editable())
        return;
    const auto details = m_session->details(id);
    if (!details)
        return;
    EntityEditDialog dialog(*m_session->graph(), details->entity, false, m_window);
    dialog.sourcePicker()->setLibrary(m_session->allSources());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Entity e = dialog.entity();
    perform(
        withNewSources(dialog.sourcePicker(), [&](EditPlanner& p) { return p.updateEntity(e); }));
}

void EditController::deleteEntity(const QString& id)
{
    if (id.isEmpty() || !editable())
        return;
    const KnowledgeGraph* g = m_document->graph();
    const int v = g->indexOf(id);
    if (v < 0)
        return;
    const int ties = static_cast<int>(g->degree(v));
    if (ties > 0 && !confirmDelete(g->entity(v).name, ties))
        return;
    perform([&](EditPlanner& p) { return p.deleteEntity(id); });
}

void EditController::newRelation(const QString& from, const QString& to)
{
    if (!editable())
        return;
    Relation blank;
    blank.id = EditCheck::newRelationId();
    blank.source = from;
    blank.target = to;
    RelationEditDialog dialog(*m_session->graph(), blank, true, m_window);
    dialog.sourcePicker()->setLibrary(m_session->allSources());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relation r = dialog.relation();
    perform(
        withNewSources(dialog.sourcePicker(), [&](EditPlanner& p) { return p.addRelation(r); }));
}

void EditController::editRelation(const QString& id)
{
    if (id.isEmpty() || !editable())
        return;
    const auto old = m_session->relation(id);
    if (!old)
        return;
    RelationEditDialog dialog(*m_session->graph(), *old, false, m_window);
    dialog.sourcePicker()->setLibrary(m_session->allSources());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relation r = dialog.relation();
    perform(
        withNewSources(dialog.sourcePicker(), [&](EditPlanner& p) { return p.updateRelation(r); }));
}

void EditController::deleteRelation(const QString& id)
{
    if (!id.isEmpty() && editable())
        perform([&](EditPlanner& p) { return p.deleteRelation(id); });
}

void EditController::mergeInto(const QString& duplicate)
{
    if (duplicate.isEmpty() || !editable())
        return;
    const KnowledgeGraph* g = m_document->graph();
    bool ok = false;
    const QString kept =
        QInputDialog::getText(m_window, tr("Merge %1").arg(g->entity(g->indexOf(duplicate)).name),
                              tr("Merge into which entity (id)? Its relations and aliases move "
                                 "there and %1 is removed.")
                                  .arg(duplicate),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !kept.isEmpty())
        perform([&](EditPlanner& p) { return p.mergeEntities(kept, duplicate); });
}

void EditController::editSelected()
{
    editEntity(selectedId());
}

void EditController::deleteSelected()
{
    deleteEntity(selectedId());
}

void EditController::request(const QString& action, const QString& id)
{
    if (action == QLatin1String("edit-entity"))
        editEntity(id);
    else if (action == QLatin1String("delete-entity"))
        deleteEntity(id);
    else if (action == QLatin1String("new-relation"))
        newRelation(id);
    else if (action == QLatin1String("edit-relation"))
        editRelation(id);
    else if (action == QLatin1String("delete-relation"))
        deleteRelation(id);
}

void EditController::populateMenu(QMenu* menu)
{
    QAction* undo = m_stack->createUndoAction(menu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_stack->createRedoAction(menu, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    QAction* add = menu->addAction(tr("&New entity…"), this, &EditController::newEntity);
    add->setShortcut(Qt::Key_Insert);
    add->setObjectName(QStringLiteral("newEntity"));
    QAction* link = menu->addAction(tr("New &relation from the selected entity…"), this,
                                    [this] { newRelation(selectedId()); });
    link->setShortcut(Qt::SHIFT | Qt::Key_Insert);
    menu->addAction(tr("&Edit the selected entity…"), this, &EditController::editSelected)
        ->setShortcut(Qt::Key_F2);
    QAction* del =
        menu->addAction(tr("&Delete the selected entity"), this, &EditController::deleteSelected);
    del->setShortcut(Qt::Key_Delete);
    del->setObjectName(QStringLiteral("deleteEntity"));
    menu->addAction(tr("&Merge the selected entity into…"), this,
                    [this] { mergeInto(selectedId()); });
    menu->addSeparator();
    menu->addAction(tr("Set &category of the selected entity…"), this, [this] {
        const QString id = selectedId();
        bool ok = false;
        const QString c = QInputDialog::getText(m_window, tr("Set category"), tr("Category"),
                                                QLineEdit::Normal, {}, &ok);
        if (ok && !id.isEmpty())
            perform([&](EditPlanner& p) { return p.setCategory({id}, c.trimmed()); });
    });
    menu->addAction(tr("Add a &tag to the selected entity…"), this, [this] {
        const QString id = selectedId();
        bool ok = false;
        const QString t =
            QInputDialog::getText(m_window, tr("Add tag"), tr("Tag"), QLineEdit::Normal, {}, &ok);
        if (ok && !id.isEmpty())
            perform([&](EditPlanner& p) { return p.addTag({id}, t); });
    });
}

} // namespace entente
