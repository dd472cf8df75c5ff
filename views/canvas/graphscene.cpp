#include "graphscene.h"

#include "edgeitem.h"
#include "graph/graphdocument.h"
#include "nodeitem.h"
#include "style/kindstyle.h"

#include <algorithm>
#include <cmath>

namespace entente {

GraphScene::GraphScene(GraphDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document)
{
    setBackgroundBrush(KindStyle::background());
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &GraphDocument::graphReset, this, &GraphScene::rebuild);
    connect(document, &GraphDocument::positionsChanged, this, &GraphScene::applyPositions);
    connect(document, &GraphDocument::selectionChanged, this, &GraphScene::applySelection);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSceneSelectionChanged);
    rebuild();
}

double GraphScene::radiusForDegree(unsigned degree)
{
    return std::min(34.0, 6.0 + 3.2 * std::sqrt(static_cast<double>(degree)));
}

void GraphScene::rebuild()
{
    m_syncing = true;
    clear();
    m_nodes.clear();
    m_byImportance.clear();
    m_edgeCount = 0;
    const KnowledgeGraph* g = m_document->graph();
    if (!g) {
        m_syncing = false;
        return;
    }
    std::vector<unsigned> degrees;
    for (int v : m_document->visibleVertices())
        degrees.push_back(g->degree(v));

    for (size_t i = 0; i < m_document->visibleVertices().size(); ++i) {
        const int v = m_document->visibleVertices()[i];
        const Entity& e = g->entity(v);
        auto* node = new NodeItem(v, e.kind, e.name, radiusForDegree(degrees[i]));
        node->setPos(m_document->position(v));
        addItem(node);
        m_nodes.insert(v, node);
        m_byImportance.push_back(node);
    }
    std::stable_sort(m_byImportance.begin(), m_byImportance.end(), [g](NodeItem* a, NodeItem* b) {
        return g->degree(a->vertex()) > g->degree(b->vertex());
    });
    for (int r : m_document->visibleRelations()) {
        const RelationEdge& e = g->relation(r);
        const RelationKind& k = g->relationKind(r);
        NodeItem* s = m_nodes.value(static_cast<int>(e.source));
        NodeItem* t = m_nodes.value(static_cast<int>(e.target));
        if (!s || !t || s == t)
            continue;
        QString when = e.start.toString();
        if (!e.end.isNull())
            when += QStringLiteral(" – ") + e.end.toString();
        const QString tip = QStringLiteral("%1 %2 %3%4")
                                .arg(s->label(), k.label, t->label(), when.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(when));
        addItem(new EdgeItem(r, s, t, KindStyle::relationColour(k.colour), tip));
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

int GraphScene::placeLabels(double zoom)
{
    m_labelZoom = zoom;
    std::vector<QRectF> taken;
    taken.reserve(m_byImportance.size());
    int shown = 0;
    for (NodeItem* n : m_byImportance) {
        n->setZoom(zoom);
        const QRectF box = n->labelRect(zoom);
        bool free = n->radius() * zoom >= 2.5; // too small on screen: no label
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
