#pragma once

#include "relationedge.h"

#include <QHash>
#include <QString>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <vector>

namespace entente {

/** What a Boost arc carries: the relation it stands for and whether it runs source → target. */
struct ArcProperty
{
    std::uint32_t relation = 0;
    bool forward = true;
};

/**
 * The one place where Boost.Graph meets the domain: maps entity ids to vertex numbers and
 * holds the graph as a compressed sparse row structure.
 *
 * Each relation becomes two arcs (forward and backward) so that Boost's algorithms see an
 * undirected tie by default — "how are A and B connected" is about ties, not who joined whom —
 * while `ArcProperty::forward` lets directed queries keep only the arcs that follow a relation.
 * Vertex n is the n-th entity of the KnowledgeGraph.
 */
class GraphAdapter
{
public:
    using BoostGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                          ArcProperty, boost::no_property,
                                                          std::uint32_t, std::uint32_t>;
    using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
    using Arc = boost::graph_traits<BoostGraph>::edge_descriptor;

    static constexpr Vertex NoVertex = static_cast<Vertex>(-1);

    /** Registers the id of the next vertex; returns false if the id is taken. */
    bool addVertexId(const QString& id);
    void reserveVertices(qsizetype n) { m_vertexOf.reserve(n); }
    Vertex vertexOf(const QString& id) const { return m_vertexOf.value(id, NoVertex); }
    std::uint32_t vertexCount() const { return static_cast<std::uint32_t>(m_vertexOf.size()); }

    /** (Re)builds the Boost graph from the relation list; O(V + E). */
    void build(const std::vector<RelationEdge>& relations);
    const BoostGraph& graph() const { return m_graph; }

    /** Calls f(relationIndex, otherVertex, forward) for every relation touching v. */
    template<typename F>
    void forEachIncident(Vertex v, F&& f) const
    {
        auto [it, end] = boost::out_edges(v, m_graph);
        for (; it != end; ++it) {
            const ArcProperty& p = m_graph[*it];
            f(p.relation, boost::target(*it, m_graph), p.forward);
        }
    }
    std::uint32_t degree(Vertex v) const
    {
        return static_cast<std::uint32_t>(boost::out_degree(v, m_graph));
    }

private:
    friend class GraphPatch; // extends a copy in place when an edit only adds or changes

    QHash<QString, Vertex> m_vertexOf;
    BoostGraph m_graph;
};

} // namespace entente
