#include "viewcontroller.h"

#include "canvas/graphcanvas.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "panels/filterpanel.h"
#include "projectsession.h"
#include "store/storeerror.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QJsonArray ids;
    QJsonObject positions;
    for (int v : m_document->visibleVertices()) {
        ids.append(g->entity(v).id);
        const QPointF p = m_document->position(v);
        positions.insert(g->entity(v).id, QJsonArray{std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10});
    }
    const QRectF viewport = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    QJsonObject payload{{"title", name},
                        {"entities", ids},
                        {"positions", positions},
                        {"filter", m_filter->criteria().toJson()},
                        {"viewport", QJsonArray{viewport.x(), viewport.y(), viewport.width(), viewport.height()}}};
    SavedView view;
    for (const SavedView& existing : m_session->savedViews())
        if (existing.name == name)
            view = existing;
    view.name = name;
    if (view.id == 0)
        view.position = static_cast<int>(m_session->savedViews().size());
    view.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    try {
        m_session->saveView(view);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    rebuildMenu();
    return true;
}

bool ViewController::restore(const QString& name)
{
    auto graph = m_document->sharedGraph();
    if (!graph)
        return false;
    for (const SavedView& v : m_session->savedViews()) {
        if (v.name != name)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(v.payload).object();
        std::vector<int> visible;
        for (const auto& id : o.value("entities").toArray())
            if (const int vertex = graph->indexOf(id.toString()); vertex >= 0)
                visible.push_back(vertex);
        std::sort(visible.begin(), visible.end());
        const QJsonObject positions = o.value("positions").toObject();
        if (!visible.empty())
            m_document->setGraph(graph, visible);
        if (!positions.isEmpty()) {
            std::vector<QPointF> pos;
            for (int vertex : m_document->visibleVertices()) {
                const QJsonArray xy = positions.value(graph->entity(vertex).id).toArray();
                pos.emplace_back(xy.at(0).toDouble(), xy.at(1).toDouble());
            }
            m_document->setVisiblePositions(pos);
        }
        const FilterCriteria criteria = FilterCriteria::fromJson(o.value("filter").toObject());
        m_filterPanel->setCriteria(criteria);
        m_filter->setCriteria(criteria);
        const QJsonArray vp = o.value("viewport").toArray();
        if (vp.size() == 4)
            m_canvas->fitInView(QRectF(vp[0].toDouble(), vp[1].toDouble(), vp[2].toDouble(), vp[3].toDouble()), Qt::KeepAspectRatio);
        return true;
    }
    return false;
}

} // namespace entente
