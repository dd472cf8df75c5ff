#include "graphscene.h"

#include "edgeitem.h"
#include "graph/graphdocument.h"
#include "nodeitem.h"
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
    clear();
    m_nodes.clear();
    m_byImportance.clear();
    m_edges.clear();
    m_edgeCount = 0;
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

    for (size_t i = 0; i < m_document->visibleVertices().size(); ++i) {
        const int v = m_document->visibleVertices()[i];
        const Entity& e = g->entity(v);
        auto* node = new NodeItem(v, e.kind, e.name, radiusForDegree(degrees[i]));
        node->setPos(m_document->position(v));
        addItem(node);
        m_nodes.insert(v, node);
        m_byImportance.push_back(node);
    }
    std::stable_sort(m_byImportance.begin(), m_byImportance.end(),
                     [&drawnDegree](NodeItem* a, NodeItem* b) {
                         return drawnDegree.value(a->vertex()) > drawnDegree.value(b->vertex());
                     });
    for (int r : relations) {
        const RelationEdge& e = g->relation(r);
        const RelationKind& k = g->relationKind(r);
        NodeItem* s = m_nodes.value(static_cast<int>(e.source));
        NodeItem* t = m_nodes.value(static_cast<int>(e.target));
        if (!s || !t || s == t)
            continue;
        QString when = e.start.toString();
        if (!e.end.isNull())
            when += QStringLiteral(" – ") + e.end.toString();
        const QString tip =
            QStringLiteral("%1 %2 %3%4")
                .arg(s->label(), k.label, t->label(),
                     when.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(when));
        auto* edge = new EdgeItem(r, s, t, KindStyle::relationColour(k.colour), tip, k.directed);
        edge->setUnsourced(e.unsourced);
        addItem(edge);
        m_edges.push_back(edge);
        ++m_edgeCount;
    }
    m_syncing = false;
}

void GraphScene::applyPositions()
{
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it)
        it.value()->setPos(m_document->position(it.key()));
    setSceneRect(itemsBoundingRect().adjusted(-200, -200, 200, 200));
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
    std::vector<QRectF> taken;
    taken.reserve(m_byImportance.size());
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
        const QRectF box = n->labelRect(zoom);
        bool free = n->isVisible() && n->opacity() > 0.5 &&
                    (n->isHighlighted() || n->radius() * zoom >= 2.5);
        for (size_t k = 0; free && k < taken.size(); ++k)
            free = !taken[k].intersects(box);
        n->setLabelVisible(free);
        if (free) {
            taken.push_back(box);
            ++shown;
        }
    }
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
