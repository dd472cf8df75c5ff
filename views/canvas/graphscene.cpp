#include "graphscene.h"

#include "edgeitem.h"
#include "edgelayer.h"
#include "graph/graphdocument.h"
#include "labellayer.h"
#include "nodeitem.h"
#include "nodelayer.h"
#include "style/kindstyle.h"

#include <QSet>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

namespace entente {

GraphScene::GraphScene(GraphDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document), m_fade(new QVariantAnimation(this))
{
    m_fade->setStartValue(0.0);
    m_fade->setEndValue(1.0);
    m_fade->setDuration(220);
    m_fade->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_fade, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& t) { onFadeStep(t.toDouble()); });
    connect(m_fade, &QVariantAnimation::finished, this, &GraphScene::onFadeFinished);
    setBackgroundBrush(KindStyle::background());
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &GraphDocument::graphReset, this, &GraphScene::rebuild);
    connect(document, &GraphDocument::positionsChanged, this, &GraphScene::applyPositions);
    connect(document, &GraphDocument::selectionChanged, this, &GraphScene::applySelection);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSceneSelectionChanged);
    connect(document, &GraphDocument::visibilityChanged, this, &GraphScene::applyVisibility);
    connect(document, &GraphDocument::highlightChanged, this, &GraphScene::applyVisibility);
    connect(document, &GraphDocument::relationChangesChanged, this, &GraphScene::applyVisibility);
    rebuild();
}

GraphScene::~GraphScene()
{
    // Batched edges are not scene items, so the scene does not delete them.
    // Deleting the items emits selection changes: nothing may reach the layers from here on.
    disconnect(this, nullptr, this, nullptr);
    m_edgeLayer = nullptr;
    m_nodeLayer = nullptr;
    m_labelLayer = nullptr;
    if (m_batched)
        qDeleteAll(m_edges);
    m_edges.clear();
    clear();
}

double GraphScene::radiusForDegree(unsigned degree)
{
    return std::min(34.0, 6.0 + 3.2 * std::sqrt(static_cast<double>(degree)));
}

void GraphScene::rebuild()
{
    m_syncing = true;
    m_fade->stop();
    m_fades.clear();
    m_hovered = -1;
    m_edgeLayer = nullptr; // clear() deletes them, and may emit selection changes first
    m_nodeLayer = nullptr;
    m_labelLayer = nullptr;
    if (m_batched)
        qDeleteAll(m_edges);
    m_edges.clear();
    clear(); // deletes the nodes, the scene's edges and the layers
    m_nodes.clear();
    m_byImportance.clear();
    m_edges.clear();
    m_edgeCount = 0;
    m_labelCount = 0;
    m_batched = false;
    const KnowledgeGraph* g = m_document->graph();
    if (!g) {
        m_syncing = false;
        return;
    }
    // Size by ties within what is drawn: in an overview of 300 entities, a state's 200
    // memberships of organisations that are not drawn should not make it a giant.
    const std::vector<int> relations = m_document->visibleRelations();
    QHash<int, unsigned> drawnDegree;
    for (int r : relations) {
        ++drawnDegree[static_cast<int>(g->relation(r).source)];
        ++drawnDegree[static_cast<int>(g->relation(r).target)];
    }
    std::vector<unsigned> degrees;
    for (int v : m_document->visibleVertices())
        degrees.push_back(drawnDegree.value(v));
    m_batched = static_cast<int>(m_document->visibleVertices().size()) > BatchNodes ||
                static_cast<int>(relations.size()) > BatchEdges;
    // Re-filing every item in the BSP tree as it is added is slower than building it once.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    if (m_batched) {
        m_edgeLayer = new EdgeLayer(&m_edges);
        m_nodeLayer = new NodeLayer(&m_byImportance);
        addItem(m_edgeLayer);
        addItem(m_nodeLayer);
    }
    m_labelLayer = new LabelLayer(&m_byImportance);
    addItem(m_labelLayer);

    for (size_t i = 0; i < m_document->visibleVertices().size(); ++i) {
        const int v = m_document->visibleVertices()[i];
        const Entity& e = g->entity(v);
        auto* node = new NodeItem(v, e.kind, e.name, radiusForDegree(degrees[i]));
        node->setCategory(e.category);
        node->setPos(m_document->position(v));
        if (m_nodeLayer) {
            node->setParentItem(m_nodeLayer);
            node->setLayer(m_nodeLayer);
        } else {
            addItem(node);
        }
        m_nodes.insert(v, node);
        m_byImportance.push_back(node);
    }
    std::stable_sort(m_byImportance.begin(), m_byImportance.end(),
                     [&drawnDegree](NodeItem* a, NodeItem* b) {
                         return drawnDegree.value(a->vertex()) > drawnDegree.value(b->vertex());
                     });
    // Several relations between the same two entities are drawn as separate arcs.
    const auto pairKey = [](const RelationEdge& e) {
        const auto a = std::min(e.source, e.target);
        const auto b = std::max(e.source, e.target);
        return (quint64(a) << 32) | quint64(b);
    };
    QHash<quint64, int> parallel;
    for (int r : relations)
        ++parallel[pairKey(g->relation(r))];
    QHash<quint64, int> placed;
    for (int r : relations) {
        const RelationEdge& e = g->relation(r);
        const RelationKind& k = g->relationKind(r);
        NodeItem* s = m_nodes.value(static_cast<int>(e.source));
        NodeItem* t = m_nodes.value(static_cast<int>(e.target));
        if (!s || !t || s == t)
            continue;
        const quint64 key = pairKey(e);
        const int siblings = parallel.value(key);
        QString when = e.start.toString();
        if (!e.end.isNull())
            when += QStringLiteral(" – ") + e.end.toString();
        const QString tip =
            QStringLiteral("%1 %2 %3%4")
                .arg(s->label(), k.label, t->label(),
                     when.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(when));
        auto* edge = new EdgeItem(r, s, t, KindStyle::relationColour(k.colour), tip, k.directed);
        edge->setDash(KindStyle::dash(k.id));
        edge->setUnsourced(e.unsourced);
        if (siblings > 1)
            edge->setBend(placed[key]++ - (siblings - 1) / 2.0);
        if (m_edgeLayer)
            edge->setLayer(m_edgeLayer);
        else
            addItem(edge);
        m_edges.push_back(edge);
        ++m_edgeCount;
    }
    if (m_edgeLayer) {
        // Edges between the most connected entities claim a frame's line budget first.
        QHash<const NodeItem*, int> rank;
        for (size_t i = 0; i < m_byImportance.size(); ++i)
            rank.insert(m_byImportance[i], static_cast<int>(i));
        std::vector<std::pair<int, EdgeItem*>> ranked;
        ranked.reserve(m_edges.size());
        for (EdgeItem* e : m_edges)
            ranked.emplace_back(std::max(rank.value(e->sourceNode()), rank.value(e->targetNode())),
                                e);
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<EdgeItem*> order;
        order.reserve(ranked.size());
        for (const auto& [r, e] : ranked)
            order.push_back(e);
        m_edgeLayer->setOrder(std::move(order));
    }
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateLayerBounds();
    m_syncing = false;
}

QRectF GraphScene::nodesBoundingRect() const
{
    QRectF box;
    for (const NodeItem* n : m_byImportance) {
        const double r = n->radius() * 1.2 + 3;
        box |= QRectF(n->pos().x() - r, n->pos().y() - r, 2 * r, 2 * r);
    }
    return box;
}

void GraphScene::updateLayerBounds()
{
    const QRectF nodes = nodesBoundingRect();
    // Arcs bow out up to 36 units per step, arrowheads reach 33 units at the smallest zoom
    // they are drawn at.
    double bend = 0;
    for (const EdgeItem* e : m_edges)
        bend = std::max(bend, std::abs(e->bend()));
    const double margin = 40 + 36 * bend;
    if (m_edgeLayer)
        m_edgeLayer->setBounds(nodes.adjusted(-margin, -margin, margin, margin));
    if (m_nodeLayer)
        m_nodeLayer->setBounds(nodes);
    if (m_labelLayer) {
        // Labels keep their screen size, so zoomed out they are large in scene units.
        double widest = 0;
        for (const NodeItem* n : m_byImportance)
            if (n->showsLabel())
                widest = std::max(widest, n->labelRect(m_labelZoom).width());
        const double below = widest > 0 ? 60 / std::max(m_labelZoom, 0.01) : 0;
        m_labelLayer->setBounds(nodes.adjusted(-widest / 2, 0, widest / 2, below));
    }
}

void GraphScene::updateLayers()
{
    if (m_edgeLayer)
        m_edgeLayer->update();
    if (m_nodeLayer)
        m_nodeLayer->update();
    if (m_labelLayer)
        m_labelLayer->update();
}

void GraphScene::nodeChanged(NodeItem* node)
{
    if (m_syncing)
        return;
    // A drag or a selection can grow what the layers cover; repainting them is one call each.
    const QRectF box = node->sceneBoundingRect();
    if ((m_nodeLayer && !m_nodeLayer->boundingRect().contains(box)) ||
        (m_labelLayer && node->showsLabel() &&
         !m_labelLayer->boundingRect().contains(node->labelRect(m_labelZoom))))
        updateLayerBounds();
    if (m_edgeLayer)
        m_edgeLayer->update();
    if (m_labelLayer)
        m_labelLayer->update();
}

void GraphScene::applyTheme()
{
    setBackgroundBrush(KindStyle::background());
    if (const KnowledgeGraph* g = m_document->graph())
        for (EdgeItem* e : m_edges)
            e->setColour(KindStyle::relationColour(g->relationKind(e->relation()).colour));
    for (NodeItem* n : m_byImportance)
        n->refreshTint();
    updateLayers();
    update();
}

void GraphScene::applyPositions()
{
    const bool syncing = m_syncing;
    m_syncing = true; // one layer update at the end, not one per node
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it)
        it.value()->setPos(m_document->position(it.key()));
    m_syncing = syncing;
    setSceneRect(nodesBoundingRect().adjusted(-200, -200, 200, 200));
    updateLayerBounds();
    updateLayers();
    placeLabels(m_labelZoom);
}

void GraphScene::setNodeSizes(const std::vector<double>& values)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    double top = 0;
    for (NodeItem* n : m_byImportance)
        if (static_cast<size_t>(n->vertex()) < values.size())
            top = std::max(top, values[static_cast<size_t>(n->vertex())]);
    for (NodeItem* n : m_byImportance) {
        if (values.empty() || top <= 0) {
            n->setRadius(n->baseRadius());
            continue;
        }
        // Area grows with the value, so a node twice as central looks twice as big.
        const double share = values[static_cast<size_t>(n->vertex())] / top;
        n->setRadius(5.0 + 29.0 * std::sqrt(std::max(0.0, share)));
    }
    placeLabels(m_labelZoom);
}

void GraphScene::setNodeGroups(const std::vector<int>& groups)
{
    for (NodeItem* n : m_byImportance)
        n->setFill(static_cast<size_t>(n->vertex()) < groups.size()
                       ? KindStyle::groupColour(groups[static_cast<size_t>(n->vertex())])
                       : QColor());
}

void GraphScene::applyVisibility()
{
    const auto& hv = m_document->highlightedVertices();
    const auto& hr = m_document->highlightedRelations();
    const bool highlighting = !hv.empty() || !hr.empty();
    const bool dim = m_document->dimsFilteredOut();
    // A new state replaces any fade under way: each item fades on from wherever it is now.
    m_fade->stop();
    m_fades.clear();
    // Hovering a node keeps it, its drawn relations and its neighbours; the rest recedes.
    NodeItem* hovered = m_hovered >= 0 ? nodeFor(m_hovered) : nullptr;
    QSet<const NodeItem*> near;
    if (hovered) {
        near.insert(hovered);
        for (const EdgeItem* e : hovered->edges())
            if (e->isVisible() && m_document->relationPasses(e->relation()))
                near.insert(e->sourceNode() == hovered ? e->targetNode() : e->sourceNode());
    }
    for (NodeItem* n : m_byImportance) {
        const bool passes = m_document->passes(n->vertex());
        const bool lit = std::find(hv.begin(), hv.end(), n->vertex()) != hv.end();
        n->setHighlighted(lit);
        double opacity = lit ? 1.0 : (!passes ? 0.12 : (highlighting ? 0.3 : 1.0));
        if (hovered && !near.contains(n))
            opacity = std::min(opacity, 0.18);
        fadeTo(n, passes || dim || lit, opacity);
    }
    for (EdgeItem* e : m_edges) {
        const bool passes = m_document->relationPasses(e->relation());
        const bool lit = std::find(hr.begin(), hr.end(), e->relation()) != hr.end();
        const auto change = static_cast<int>(m_document->relationChange(e->relation()));
        e->setHighlighted(lit);
        e->setChange(change);
        const bool strong = lit || change != 0;
        // While dates are compared, unchanged relations recede so the changes read at a glance.
        const bool receding = highlighting || m_document->hasRelationChanges();
        double opacity = strong ? 1.0 : (!passes ? 0.08 : (receding ? 0.15 : 1.0));
        if (hovered && e->sourceNode() != hovered && e->targetNode() != hovered)
            opacity = std::min(opacity, 0.06);
        fadeTo(e, passes || dim || strong, opacity);
    }
    if (!m_fades.empty())
        m_fade->start();
    updateLayers();
    placeLabels(m_labelZoom);
}

void GraphScene::setAnimated(bool on)
{
    m_animated = on;
    if (!on && m_fade->state() == QAbstractAnimation::Running) {
        m_fade->stop();
        onFadeFinished();
    }
}

void GraphScene::setHoveredVertex(int vertex)
{
    if (vertex == m_hovered)
        return;
    m_hovered = vertex;
    applyVisibility();
}

bool GraphScene::isFading() const
{
    return m_fade->state() == QAbstractAnimation::Running;
}

void GraphScene::fadeTo(QGraphicsItem* item, bool show, double opacity)
{
    const double now = item->isVisible() ? item->opacity() : 0.0;
    const double target = show ? opacity : 0.0;
    if (!m_animated || (!item->isVisible() && !show) || std::abs(now - target) < 1e-3) {
        item->setVisible(show);
        item->setOpacity(opacity);
        return;
    }
    item->setOpacity(now);
    item->setVisible(true);
    m_fades.push_back({item, now, target, !show});
}

void GraphScene::onFadeStep(double t)
{
    for (const Fade& f : m_fades)
        f.item->setOpacity(f.from + (f.to - f.from) * t);
    updateLayers();
}

void GraphScene::onFadeFinished()
{
    for (const Fade& f : m_fades) {
        f.item->setOpacity(f.to);
        if (f.hideAtEnd)
            f.item->setVisible(false);
    }
    m_fades.clear();
    placeLabels(m_labelZoom);
}

int GraphScene::placeLabels(double zoom)
{
    m_labelZoom = zoom;
    // Greedy placement in screen space: boxes are kept in a grid of 64-pixel cells, so each new
    // label is tested only against the few placed near it (linear in the nodes, not quadratic).
    constexpr double Cell = 64.0;
    const double z = std::max(zoom, 0.01);
    std::vector<QRectF> taken;
    QHash<quint64, std::vector<int>> grid;
    const auto cells = [&](const QRectF& r, auto&& f) {
        const auto x0 = static_cast<qint64>(std::floor(r.left() / Cell));
        const auto x1 = static_cast<qint64>(std::floor(r.right() / Cell));
        const auto y0 = static_cast<qint64>(std::floor(r.top() / Cell));
        const auto y1 = static_cast<qint64>(std::floor(r.bottom() / Cell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (!f((quint64(quint32(x)) << 32) | quint32(y)))
                    return false;
        return true;
    };
    const auto isFree = [&](const QRectF& r) {
        return cells(r, [&](quint64 key) {
            const auto it = grid.constFind(key);
            if (it == grid.constEnd())
                return true;
            for (int k : *it)
                if (taken[static_cast<size_t>(k)].intersects(r))
                    return false;
            return true;
        });
    };
    const auto take = [&](const QRectF& r) {
        const int k = static_cast<int>(taken.size());
        taken.push_back(r);
        cells(r, [&](quint64 key) {
            grid[key].push_back(k);
            return true;
        });
    };
    const auto screen = [z](const QRectF& r) {
        return QRectF(r.left() * z, r.top() * z, r.width() * z, r.height() * z);
    };
    int shown = 0;
    // Highlighted (path) nodes claim their label space first, then the most connected.
    std::vector<NodeItem*> order;
    order.reserve(m_byImportance.size());
    for (NodeItem* n : m_byImportance)
        if (n->isHighlighted())
            order.push_back(n);
    for (NodeItem* n : m_byImportance)
        if (!n->isHighlighted())
            order.push_back(n);
    for (NodeItem* n : order) {
        n->setZoom(zoom);
        bool free = n->isVisible() && n->opacity() > 0.5 &&
                    (n->isHighlighted() || n->radius() * zoom >= 2.5);
        QRectF box;
        if (free) {
            box = screen(n->labelRect(zoom));
            free = isFree(box);
        }
        n->setLabelVisible(free);
        if (free) {
            take(box);
            // A labelled node keeps its own shape clear too, so no later label covers it.
            const double r = n->radius() * z;
            const QPointF c = n->pos() * z;
            const QRectF node(c.x() - r, c.y() - r, 2 * r, 2 * r);
            if (isFree(node))
                take(node);
            ++shown;
        }
    }
    m_labelCount = shown;
    updateLayerBounds();
    if (m_labelLayer)
        m_labelLayer->update();
    return shown;
}

std::vector<int> GraphScene::selectedVertices() const
{
    std::vector<int> out;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == NodeItem::Type)
            out.push_back(static_cast<NodeItem*>(item)->vertex());
    std::sort(out.begin(), out.end());
    return out;
}

void GraphScene::applySelection(int vertex)
{
    if (m_syncing)
        return;
    m_syncing = true;
    clearSelection();
    if (NodeItem* n = nodeFor(vertex))
        n->setSelected(true);
    m_syncing = false;
}

void GraphScene::onSceneSelectionChanged()
{
    updateLayers();
    if (m_syncing)
        return;
    const auto items = selectedItems();
    for (QGraphicsItem* item : items)
        if (item->type() == NodeItem::Type) {
            m_syncing = true;
            m_document->select(static_cast<NodeItem*>(item)->vertex());
            m_syncing = false;
            return;
        }
}

} // namespace entente
