#include "canvaseditcontroller.h"

#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/linkdraghandler.h"
#include "editcontroller.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "store/editplanner.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace entente {

CanvasEditController::CanvasEditController(EditController* edit, GraphDocument* document,
                                           GraphCanvas* canvas, QWidget* window)
    : QObject(window), m_edit(edit), m_document(document), m_canvas(canvas), m_window(window),
      m_linkDrag(new LinkDragHandler(canvas))
{
    connect(m_linkDrag, &LinkDragHandler::linkRequested, this, [this](int from, int to) {
        const KnowledgeGraph* g = m_document->graph();
        if (g && from >= 0 && to >= 0 && from < g->entityCount() && to < g->entityCount())
            m_edit->newRelation(g->entity(from).id, g->entity(to).id);
    });
}

QStringList CanvasEditController::selectedIds(int fallback) const
{
    const KnowledgeGraph* g = m_document->graph();
    QStringList ids;
    if (!g)
        return ids;
    for (int v : m_canvas->graphScene()->selectedVertices())
        ids << g->entity(v).id;
    if (ids.isEmpty() && fallback >= 0)
        ids << g->entity(fallback).id;
    if (ids.isEmpty() && m_document->selected() >= 0)
        ids << g->entity(m_document->selected()).id;
    return ids;
}

void CanvasEditController::tagSelected(int fallback)
{
    const QStringList ids = selectedIds(fallback);
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(
        m_window, tr("Add a tag"),
        tr("Tag for %n selected entit(y/ies)", nullptr, static_cast<int>(ids.size())),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        m_edit->perform([&](EditPlanner& p) { return p.addTag(ids, tag); });
}

void CanvasEditController::mergeSelectedInto(int kept)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || kept < 0)
        return;
    const QString keptId = g->entity(kept).id;
    QStringList duplicates = selectedIds();
    duplicates.removeAll(keptId);
    if (duplicates.isEmpty())
        return;
    // Several merges are several planned steps (each reads the store as the previous one left
    // it), grouped so that one Undo takes them all back.
    QUndoStack* stack = m_edit->undoStack();
    stack->beginMacro(
        tr("Merge %n entit(y/ies) into %1", nullptr, static_cast<int>(duplicates.size()))
            .arg(g->entity(kept).name));
    for (const QString& id : duplicates)
        if (!m_edit->perform([&](EditPlanner& p) { return p.mergeEntities(keptId, id); }))
            break;
    stack->endMacro();
}

void CanvasEditController::populateMenu(QMenu* menu)
{
    QAction* mode = menu->addAction(tr("&Link mode: drag from one entity to another"));
    mode->setObjectName(QStringLiteral("linkMode"));
    mode->setCheckable(true);
    mode->setShortcut(Qt::CTRL | Qt::Key_L);
    mode->setToolTip(tr("Shift+drag links without it"));
    connect(mode, &QAction::toggled, this, [this](bool on) { m_linkDrag->setLinkMode(on); });
    menu->addAction(tr("Tag the selected entities…"), this, [this] { tagSelected(); });
    menu->addAction(tr("Merge the selected entities into the current one"), this,
                    [this] { mergeSelectedInto(m_document->selected()); });
}

void CanvasEditController::fillMenu(QMenu* menu, int vertex)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || vertex < 0)
        return;
    menu->addSeparator();
    menu->addAction(tr("New relation from here…"), this,
                    [this, id = g->entity(vertex).id] { m_edit->newRelation(id); });
    menu->addAction(tr("Edit…"), this,
                    [this, id = g->entity(vertex).id] { m_edit->editEntity(id); });
    const int selected = static_cast<int>(selectedIds(vertex).size());
    menu->addAction(tr("Add a tag to %n entit(y/ies)…", nullptr, selected), this,
                    [this, vertex] { tagSelected(vertex); });
    QStringList others = selectedIds();
    others.removeAll(g->entity(vertex).id);
    if (!others.isEmpty())
        menu->addAction(
            tr("Merge %n selected entit(y/ies) into %1", nullptr, static_cast<int>(others.size()))
                .arg(g->entity(vertex).name),
            this, [this, vertex] { mergeSelectedInto(vertex); });
}

} // namespace entente
