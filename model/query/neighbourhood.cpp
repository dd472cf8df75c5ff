#include "neighbourhood.h"

#include "graph/knowledgegraph.h"
#include "pathconstraints.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <climits>

namespace entente {

namespace {

using BoostGraph = GraphAdapter::BoostGraph;
using Vertex = GraphAdapter::Vertex;
using Arc = GraphAdapter::Arc;

struct DepthExceeded
{
};

/** Records distances and stops the search once it would go past the wanted depth. */
class DepthVisitor : public boost::default_bfs_visitor
{
public:
    DepthVisitor(std::vector<int>* distance, int depth) : m_distance(distance), m_depth(depth) {}
    template<class G>
    void tree_edge(const Arc& a, const G& g) const
    {
        (*m_distance)[boost::target(a, g)] = (*m_distance)[boost::source(a, g)] + 1;
    }
    template<class G>
    void examine_vertex(Vertex v, const G&) const
    {
        if ((*m_distance)[v] >= m_depth + 1)
            throw DepthExceeded{};
    }

private:
    std::vector<int>* m_distance;
    int m_depth;
};

} // namespace

Neighbourhood::Neighbourhood(const KnowledgeGraph& graph, int centre, int depth, const PathConstraints& c)
{
    if (centre < 0 || centre >= graph.entityCount())
        return;
    const BoostGraph& g = graph.adapter().graph();
    auto arcs = [&g, &c](const Arc& a) {
        const ArcProperty& p = g[a];
        return c.allowsArc(static_cast<int>(p.relation), p.forward);
    };
    auto vertices = [&c, centre](const Vertex& v) { return static_cast<int>(v) == centre || c.allowsVertex(static_cast<int>(v)); };
    boost::filtered_graph<BoostGraph, std::function<bool(const Arc&)>, std::function<bool(const Vertex&)>> fg(g, arcs, vertices);
    const auto n = static_cast<size_t>(graph.entityCount());
    std::vector<int> distance(n, INT_MAX);
    distance[static_cast<size_t>(centre)] = 0;
    std::vector<boost::default_color_type> colour(n, boost::white_color);
    try {
        boost::breadth_first_search(fg, static_cast<Vertex>(centre),
                                    boost::visitor(DepthVisitor(&distance, depth))
                                        .color_map(boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g))));
    } catch (const DepthExceeded&) {
    }
    std::vector<std::vector<int>> byDepth(static_cast<size_t>(depth) + 1);
    for (size_t v = 0; v < n; ++v)
        if (distance[v] <= depth)
            byDepth[static_cast<size_t>(distance[v])].push_back(static_cast<int>(v));
    std::vector<char> inside(n, 0);
    for (int d = 0; d <= depth; ++d)
        for (int v : byDepth[static_cast<size_t>(d)]) {
            m_vertices.push_back(v);
            m_depths.push_back(d);
            inside[static_cast<size_t>(v)] = 1;
        }
    for (int v : m_vertices)
        graph.forEachIncident(v, [&](std::uint32_t r, std::uint32_t w, bool fwd) {
            // Each relation once: from its source side (or either side of an undirected walk).
            if (fwd && inside[w] && c.allowsArc(static_cast<int>(r), true))
                m_relations.push_back(static_cast<int>(r));
        });
}

} // namespace entente
