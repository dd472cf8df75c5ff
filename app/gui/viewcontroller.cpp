#include "viewcontroller.h"

#include "canvas/graphcanvas.h"
#include "export/slide.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "panels/filterpanel.h"
#include "projectsession.h"
#include "store/storeerror.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace entente {

ViewController::ViewController(ProjectSession* session, GraphDocument* document, GraphCanvas* canvas, FilterController* filter,
                               FilterPanel* filterPanel, QMenu* menu, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_document(document), m_canvas(canvas), m_filter(filter), m_filterPanel(filterPanel),
      m_menu(menu), m_dialogParent(dialogParent)
{
    connect(session, &ProjectSession::opened, this, &ViewController::rebuildMenu);
    rebuildMenu();
}

void ViewController::rebuildMenu()
{
    m_menu->clear();
    QAction* save = m_menu->addAction(tr("&Save current view…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_dialogParent, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        QString error;
        if (!saveCurrent(name.trimmed(), &error))
            QMessageBox::warning(m_dialogParent, tr("Cannot save the view"), error);
    });
    save->setEnabled(m_session->isOpen() && !m_session->isReadOnly());
    if (m_session->isReadOnly())
        save->setToolTip(tr("This project is read-only; use File → Save as to make an editable copy"));
    m_menu->addSeparator();
    for (const SavedView& v : m_session->savedViews())
        m_menu->addAction(v.name, this, [this, name = v.name] { restore(name); });
}

bool ViewController::saveCurrent(const QString& name, QString* error)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || m_session->isReadOnly()) {
        if (error)
            *error = tr("%1 is read-only; use File → Save as to make an editable copy first.").arg(m_session->displayName());
        return false;
    }
    SavedView view;
    for (const SavedView& existing : m_session->savedViews())
        if (existing.name == name)
            view = existing;
    view.name = name;
    if (view.id == 0)
        view.position = static_cast<int>(m_session->savedViews().size());
    // Saving over a view keeps its slide title (and subtitle) if one was set.
    Slide slide = Slide::fromPayload(view.payload);
    if (slide.title.isEmpty())
        slide.title = name;
    slide.entityIds.clear();
    slide.positions.clear();
    for (int v : m_document->visibleVertices()) {
        slide.entityIds << g->entity(v).id;
        slide.positions.insert(g->entity(v).id, m_document->position(v));
    }
    slide.filter = m_filter->criteria();
    slide.viewport = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    view.payload = slide.toPayload(view.payload);
    try {
        m_session->saveView(view);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    rebuildMenu();
    emit viewsChanged();
    return true;
}

bool ViewController::restore(const QString& name)
{
    for (const SavedView& v : m_session->savedViews())
        if (v.name == name)
            return apply(v);
    return false;
}

bool ViewController::restoreId(qint64 id)
{
    for (const SavedView& v : m_session->savedViews())
        if (v.id == id)
            return apply(v);
    return false;
}

bool ViewController::apply(const SavedView& view)
{
    auto graph = m_document->sharedGraph();
    if (!graph)
        return false;
    const Slide slide = Slide::fromPayload(view.payload);
    std::vector<int> visible;
    for (const QString& id : slide.entityIds)
        if (const int vertex = graph->indexOf(id); vertex >= 0)
            visible.push_back(vertex);
    std::sort(visible.begin(), visible.end());
    if (!visible.empty())
        m_document->setGraph(graph, visible);
    if (!slide.positions.isEmpty()) {
        std::vector<QPointF> pos;
        for (int vertex : m_document->visibleVertices())
            pos.push_back(slide.positions.value(graph->entity(vertex).id));
        m_document->setVisiblePositions(pos);
    }
    m_filterPanel->setCriteria(slide.filter);
    m_filter->setCriteria(slide.filter);
    if (slide.viewport.isValid())
        m_canvas->fitInView(slide.viewport, Qt::KeepAspectRatio);
    return true;
}

} // namespace entente
