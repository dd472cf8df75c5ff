#include "graphdocument.h"

#include <cmath>
#include <numeric>

namespace entente {

GraphDocument::GraphDocument(QObject* parent) : QObject(parent) {}

void GraphDocument::setGraph(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> visible)
{
    m_graph = std::move(graph);
    const int n = m_graph ? m_graph->entityCount() : 0;
    if (visible.empty()) {
        visible.resize(static_cast<size_t>(n));
        std::iota(visible.begin(), visible.end(), 0);
    }
    m_visible = std::move(visible);
    m_isVisible.assign(static_cast<size_t>(n), 0);
    for (int v : m_visible)
        m_isVisible[static_cast<size_t>(v)] = 1;
    m_positions.clear();
    m_selected = -1;
    m_vertexPasses.clear();
    m_relationPasses.clear();
    m_highlightVertices.clear();
    m_highlightRelations.clear();
    m_changes.clear();
    emit graphReset();
}

bool GraphDocument::isVisible(int vertex) const
{
    return vertex >= 0 && static_cast<size_t>(vertex) < m_isVisible.size() && m_isVisible[static_cast<size_t>(vertex)];
}

std::vector<int> GraphDocument::visibleRelations() const
{
    std::vector<int> out;
    if (!m_graph)
        return out;
    for (int r = 0; r < m_graph->relationCount(); ++r) {
        const RelationEdge& e = m_graph->relation(r);
        if (isVisible(static_cast<int>(e.source)) && isVisible(static_cast<int>(e.target)))
            out.push_back(r);
    }
    return out;
}

QPointF GraphDocument::position(int vertex) const
{
    if (vertex < 0 || static_cast<size_t>(vertex) >= m_positions.size())
        return {};
    return m_positions[static_cast<size_t>(vertex)];
}

void GraphDocument::setVisiblePositions(const std::vector<QPointF>& positions)
{
    if (!m_graph)
        return;
    m_positions.resize(static_cast<size_t>(m_graph->entityCount()));
    for (size_t i = 0; i < m_visible.size() && i < positions.size(); ++i)
        m_positions[static_cast<size_t>(m_visible[i])] = positions[i];
    emit positionsChanged();
}

void GraphDocument::setPosition(int vertex, QPointF p)
{
    if (!m_graph || vertex < 0 || vertex >= m_graph->entityCount())
        return;
    m_positions.resize(static_cast<size_t>(m_graph->entityCount()));
    m_positions[static_cast<size_t>(vertex)] = p;
}

void GraphDocument::select(int vertex)
{
    if (vertex == m_selected)
        return;
    m_selected = vertex;
    emit selectionChanged(vertex);
}


void GraphDocument::setFilterResult(std::vector<char> vertexPasses, std::vector<char> relationPasses, bool dim)
{
    m_vertexPasses = std::move(vertexPasses);
    m_relationPasses = std::move(relationPasses);
    m_dim = dim;
    emit visibilityChanged();
}

void GraphDocument::setHighlight(std::vector<int> vertices, std::vector<int> relations)
{
    m_highlightVertices = std::move(vertices);
    m_highlightRelations = std::move(relations);
    emit highlightChanged();
}

void GraphDocument::setRelationChanges(const std::vector<int>& added, const std::vector<int>& removed)
{
    m_changes.clear();
    if (m_graph && (!added.empty() || !removed.empty())) {
        m_changes.assign(static_cast<size_t>(m_graph->relationCount()), 0);
        for (int r : added)
            m_changes[static_cast<size_t>(r)] = static_cast<signed char>(Change::Added);
        for (int r : removed)
            m_changes[static_cast<size_t>(r)] = static_cast<signed char>(Change::Removed);
    }
    emit relationChangesChanged();
}

} // namespace entente

namespace entente {

void GraphDocument::replaceGraph(std::shared_ptr<const KnowledgeGraph> graph,
                                 const std::vector<int>& vertexMap, const std::vector<int>& show,
                                 const std::vector<int>& relationMap)
{
    const int n = graph ? graph->entityCount() : 0;
    auto mapped = [&](int old) {
        return old >= 0 && static_cast<size_t>(old) < vertexMap.size() ? vertexMap[static_cast<size_t>(old)] : -1;
    };
    std::vector<QPointF> positions(static_cast<size_t>(n));
    std::vector<char> placed(static_cast<size_t>(n), 0);
    for (size_t old = 0; old < m_positions.size(); ++old)
        if (const int v = mapped(static_cast<int>(old)); v >= 0) {
            positions[static_cast<size_t>(v)] = m_positions[old];
            placed[static_cast<size_t>(v)] = m_isVisible.size() > old && m_isVisible[old];
        }
    std::vector<char> isVisible(static_cast<size_t>(n), 0);
    for (int old : m_visible)
        if (const int v = mapped(old); v >= 0)
            isVisible[static_cast<size_t>(v)] = 1;
    for (int v : show)
        if (v >= 0 && v < n)
            isVisible[static_cast<size_t>(v)] = 1;

    // A newly shown entity appears beside a drawn neighbour (or the middle of the drawing),
    // not at the origin under everything else; the offset depends on the vertex so that
    // several new entities do not stack.
    QPointF centre;
    int drawn = 0;
    for (int v = 0; v < n; ++v)
        if (isVisible[static_cast<size_t>(v)] && placed[static_cast<size_t>(v)]) {
            centre += positions[static_cast<size_t>(v)];
            ++drawn;
        }
    if (drawn)
        centre /= drawn;
    for (int v : show) {
        if (v < 0 || v >= n || placed[static_cast<size_t>(v)])
            continue;
        QPointF anchor = centre;
        graph->forEachIncident(v, [&](std::uint32_t, std::uint32_t other, bool) {
            if (placed[other])
                anchor = positions[other];
        });
        const double angle = 2.399963 * v; // golden angle
        positions[static_cast<size_t>(v)] = anchor + QPointF(std::cos(angle), std::sin(angle)) * 70.0;
        placed[static_cast<size_t>(v)] = 1;
    }

    const int selectedBefore = m_selected;
    const int selected = mapped(m_selected);
    m_graph = std::move(graph);
    m_visible.clear();
    for (int v = 0; v < n; ++v)
        if (isVisible[static_cast<size_t>(v)])
            m_visible.push_back(v);
    m_isVisible = std::move(isVisible);
    m_positions = drawn || !show.empty() || !m_positions.empty() ? std::move(positions) : std::vector<QPointF>{};
    m_selected = selected;
    // What the user set up stays: the filter result, highlight and marks follow the maps;
    // a new entity or relation passes the filter (it was just made, so it should be seen).
    const int e = m_graph ? m_graph->relationCount() : 0;
    const bool relationsMapped = !relationMap.empty();
    auto remap = [](const std::vector<int>& map, int size, auto& values, auto fresh) {
        if (values.empty())
            return;
        std::remove_reference_t<decltype(values)> next(static_cast<size_t>(size), fresh);
        for (size_t old = 0; old < map.size() && old < values.size(); ++old)
            if (map[old] >= 0)
                next[static_cast<size_t>(map[old])] = values[old];
        values = std::move(next);
    };
    auto remapList = [](const std::vector<int>& map, std::vector<int>& list) {
        std::vector<int> next;
        for (int old : list)
            if (old >= 0 && static_cast<size_t>(old) < map.size() &&
                map[static_cast<size_t>(old)] >= 0)
                next.push_back(map[static_cast<size_t>(old)]);
        list = std::move(next);
    };
    if (relationsMapped) {
        remap(vertexMap, n, m_vertexPasses, char(1));
        remap(relationMap, e, m_relationPasses, char(1));
        remapList(vertexMap, m_highlightVertices);
        remapList(relationMap, m_highlightRelations);
        remap(relationMap, e, m_changes, static_cast<signed char>(0));
    } else {
        m_vertexPasses.clear();
        m_relationPasses.clear();
        m_highlightVertices.clear();
        m_highlightRelations.clear();
    }
    m_editReset = true;
    emit graphReset();
    m_editReset = false;
    if (selectedBefore >= 0 && selected < 0)
        emit selectionChanged(-1);
}

} // namespace entente
