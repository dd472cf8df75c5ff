#include "graphadapter.h"

#include <utility>

namespace entente {

bool GraphAdapter::addVertexId(const QString& id)
{
    const auto next = static_cast<Vertex>(m_vertexOf.size());
    const auto it = m_vertexOf.constFind(id);
    if (it != m_vertexOf.constEnd())
        return false;
    m_vertexOf.insert(id, next);
    return true;
}

void GraphAdapter::build(const std::vector<RelationEdge>& relations)
{
    std::vector<std::pair<Vertex, Vertex>> arcs;
    std::vector<ArcProperty> props;
    arcs.reserve(relations.size() * 2);
    props.reserve(relations.size() * 2);
    for (std::uint32_t r = 0; r < relations.size(); ++r) {
        const RelationEdge& e = relations[r];
        arcs.emplace_back(e.source, e.target);
        props.push_back({r, true});
        arcs.emplace_back(e.target, e.source);
        props.push_back({r, false});
    }
    m_graph = BoostGraph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                         props.begin(), vertexCount());
}

} // namespace entente
