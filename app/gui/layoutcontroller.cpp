#include "layoutcontroller.h"

#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "export/offscreendiagram.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "layout/circularlayout.h"
#include "layout/forcelayout.h"
#include "layout/hierarchicallayout.h"
#include "layout/kamadakawailayout.h"
#include "layout/radiallayout.h"
#include "layout/timelayout.h"

#include <QAction>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>
#include <cmath>
#include <limits>

namespace entente {

LayoutController::LayoutController(GraphDocument* document, GraphCanvas* canvas,
                                   QProgressBar* progress, QToolButton* cancel, QObject* parent)
    : QObject(parent), m_document(document), m_canvas(canvas), m_progress(progress),
      m_cancel(cancel), m_runner(new LayoutRunner(this))
{
    connect(m_runner, &LayoutRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_cancel, &QToolButton::clicked, this, &LayoutController::cancel);
    connect(m_runner, &LayoutRunner::frame, this, [this](const std::vector<QPointF>& positions) {
        if (!sameView()) {
            m_runner->cancel(); // the user changed what is drawn: this run is stale
            return;
        }
        m_document->setVisiblePositions(positions);
        if (m_firstFrame) {
            m_firstFrame = false;
            m_canvas->fitAll();
        }
    });
    connect(m_runner, &LayoutRunner::finished, this, [this](const std::vector<QPointF>& positions) {
        endRun();
        if (!sameView())
            return;
        m_document->setVisiblePositions(positions);
        m_canvas->fitAll();
        emit settled();
    });
    connect(m_runner, &LayoutRunner::cancelled, this, [this] {
        endRun();
        emit cancelled();
    });
    connect(m_runner, &LayoutRunner::failed, this, [this](const QString& message) {
        endRun();
        emit refused(message);
    });
    m_canvas->graphScene()->installEventFilter(this);
}

LayoutController::~LayoutController()
{
    m_runner->cancel();
    m_runner->wait();
}

void LayoutController::fillMenu(QMenu* menu)
{
    const std::pair<Kind, QString> entries[] = {
        {Kind::Force, tr("&Force (ForceAtlas2)")},
        {Kind::KamadaKawai, tr("&Kamada–Kawai (small graphs)")},
        {Kind::Circular, tr("&Circular, by kind")},
        {Kind::Radial, tr("&Radial around the selection")},
        {Kind::Hierarchy, tr("&Hierarchy (is a, succeeded by)")},
        {Kind::Time, tr("&Time (x = start year)")},
    };
    m_actions.clear();
    for (const auto& [kind, label] : entries)
        m_actions.push_back(menu->addAction(label, this, [this, k = kind] { run(k); }));
    menu->addSeparator();
    m_liveAction = menu->addAction(tr("Keep running (&live)"));
    m_liveAction->setCheckable(true);
    m_liveAction->setToolTip(
        tr("The force layout keeps running; drag a node and the rest follows"));
    connect(m_liveAction, &QAction::toggled, this, &LayoutController::setLive);
}

std::vector<QPointF> LayoutController::currentPositions() const
{
    if (!m_document->hasPositions())
        return {};
    std::vector<QPointF> start;
    for (int v : m_document->visibleVertices())
        start.push_back(m_document->position(v));
    return start;
}

std::vector<bool> LayoutController::currentPins() const
{
    std::vector<bool> pinned;
    for (int v : m_document->visibleVertices())
        pinned.push_back(m_isPinned && m_isPinned(v));
    return pinned;
}

void LayoutController::startForce(std::vector<QPointF> start, std::vector<bool> pinned)
{
    if (m_liveAction && m_liveAction->isChecked())
        m_liveAction->setChecked(false);
    launch(std::make_unique<ForceLayout>(), std::move(start), std::move(pinned), ForceSteps, false,
           false);
}

void LayoutController::run(Kind kind)
{
    if (kind == Kind::Force && m_liveAction && m_liveAction->isChecked()) {
        setLive(true);
        return;
    }
    if (m_liveAction && m_liveAction->isChecked())
        m_liveAction->setChecked(false); // another layout replaces the live one
    std::unique_ptr<Layout> layout;
    switch (kind) {
    case Kind::Force:
        layout = std::make_unique<ForceLayout>();
        break;
    case Kind::KamadaKawai:
        layout = std::make_unique<KamadaKawaiLayout>();
        break;
    case Kind::Circular:
        layout = std::make_unique<CircularLayout>();
        break;
    case Kind::Radial: {
        const auto& visible = m_document->visibleVertices();
        const auto at = std::find(visible.begin(), visible.end(), m_document->selected());
        layout = std::make_unique<RadialLayout>(
            at == visible.end() ? -1 : static_cast<int>(at - visible.begin()));
        break;
    }
    case Kind::Hierarchy:
        layout = std::make_unique<HierarchicalLayout>();
        break;
    case Kind::Time:
        layout = std::make_unique<TimeLayout>();
        break;
    }
    launch(std::move(layout), currentPositions(), currentPins(), ForceSteps, false,
           kind == Kind::Hierarchy);
}

void LayoutController::setLive(bool on)
{
    if (m_liveAction && m_liveAction->isChecked() != on) {
        m_liveAction->setChecked(on); // comes back here through toggled
        return;
    }
    if (!on) {
        if (m_runner->isLive())
            m_runner->stop();
        return;
    }
    launch(std::make_unique<ForceLayout>(), currentPositions(), currentPins(), ForceSteps, true,
           false);
}

void LayoutController::cancel()
{
    if (m_runner->isLive()) {
        setLive(false); // stopping live mode keeps the picture
        return;
    }
    m_runner->cancel();
}

void LayoutController::launch(std::unique_ptr<Layout> layout, std::vector<QPointF> start,
                              std::vector<bool> pinned, int maxSteps, bool live, bool hierarchy)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    LayoutGraph lg = OffscreenDiagram::layoutInput(*m_document, *m_canvas->graphScene(), false);
    lg.pinned = std::move(pinned);
    const auto& visible = m_document->visibleVertices();
    // Kinds order the circle and the time bands; the start year places a node on the time axis:
    // its own founding or signing date, else the earliest start among its drawn relations.
    lg.group.reserve(visible.size());
    lg.year.assign(visible.size(), std::numeric_limits<double>::quiet_NaN());
    std::vector<int> localOf(static_cast<size_t>(g->entityCount()), -1);
    for (size_t i = 0; i < visible.size(); ++i) {
        const Entity& e = g->entity(visible[i]);
        lg.group.push_back(static_cast<int>(e.kind));
        if (!e.existence.start().isNull())
            lg.year[i] = e.existence.start().year();
        localOf[static_cast<size_t>(visible[i])] = static_cast<int>(i);
    }
    const auto& drawn = m_document->visibleRelations();
    std::vector<double> earliest(visible.size(), std::numeric_limits<double>::infinity());
    lg.treeEdge.reserve(drawn.size());
    size_t e = 0;
    for (int r : drawn) {
        const RelationEdge& rel = g->relation(r);
        const int a = localOf[rel.source], b = localOf[rel.target];
        if (!rel.start.isNull())
            for (int n : {a, b})
                earliest[static_cast<size_t>(n)] =
                    std::min(earliest[static_cast<size_t>(n)], double(rel.start.year()));
        // Hierarchy: the general concept above the specific one (is_a points to the general),
        // the predecessor above its successor.
        const QString& kind = g->relationKind(r).id;
        const bool isA = kind == QLatin1String("is_a");
        lg.treeEdge.push_back(isA || kind == QLatin1String("succeeded_by"));
        if (hierarchy && isA && e < lg.edges.size())
            std::swap(lg.edges[e].first, lg.edges[e].second);
        ++e;
    }
    for (size_t i = 0; i < visible.size(); ++i)
        if (!std::isfinite(lg.year[i]) && std::isfinite(earliest[i]))
            lg.year[i] = earliest[i];

    // Moving items re-files them in the scene's BSP index, and a long edge spans many of its
    // leaves: with the index on, one frame on the default overview costs ~200 ms of GUI time.
    // Without it a frame is a few milliseconds; the index comes back when the run ends.
    m_canvas->graphScene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_runVertices = visible;
    m_dragged = -1;
    m_firstFrame = start.empty();
    m_progress->setValue(0);
    m_progress->setVisible(!live);
    m_cancel->setText(live ? tr("Stop live layout") : tr("Cancel"));
    m_cancel->show();
    LayoutRunner::Options options;
    options.live = live;
    m_runner->start(std::move(layout), std::move(lg), std::move(start), maxSteps, options);
}

bool LayoutController::sameView() const
{
    return m_document->visibleVertices() == m_runVertices;
}

void LayoutController::endRun()
{
    m_canvas->graphScene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_progress->hide();
    m_cancel->hide();
    m_dragged = -1;
}

bool LayoutController::eventFilter(QObject* watched, QEvent* event)
{
    // Live mode: the node under the mouse is held where the user drags it.
    if (event->type() != QEvent::GraphicsSceneMouseMove &&
        event->type() != QEvent::GraphicsSceneMouseRelease)
        return QObject::eventFilter(watched, event);
    if (!m_runner->isLive())
        return false;
    auto* scene = m_canvas->graphScene();
    auto* me = static_cast<QGraphicsSceneMouseEvent*>(event);
    if (event->type() == QEvent::GraphicsSceneMouseRelease) {
        if (m_dragged >= 0)
            m_runner->releaseNode(m_dragged);
        m_dragged = -1;
        return false;
    }
    auto* node = dynamic_cast<NodeItem*>(scene->mouseGrabberItem());
    if (!node || !(me->buttons() & Qt::LeftButton))
        return false;
    const auto at = std::find(m_runVertices.begin(), m_runVertices.end(), node->vertex());
    if (at == m_runVertices.end())
        return false;
    // Frames keep moving the item while the user drags it, so the item's own position lags:
    // the node is held at the pointer, offset as it was grabbed.
    if (m_dragged < 0)
        m_grip = node->pos() - me->lastScenePos();
    m_dragged = static_cast<int>(at - m_runVertices.begin());
    m_runner->holdNode(m_dragged, me->scenePos() + m_grip);
    return false;
}

} // namespace entente
