#pragma once

#include <vector>

namespace entente {

class KnowledgeGraph;
class PathConstraints;

/**
 * An entity's ego network: every entity within `depth` hops under the constraints (found with
 * Boost's breadth-first search on a filtered graph), with its distance, and the relations among
 * them that the constraints allow.
 */
class Neighbourhood
{
public:
    Neighbourhood(const KnowledgeGraph& graph, int centre, int depth, const PathConstraints& c);

    const std::vector<int>& vertices() const { return m_vertices; } ///< centre first, by distance
    const std::vector<int>& depths() const { return m_depths; }
    const std::vector<int>& relations() const { return m_relations; }

private:
    std::vector<int> m_vertices;
    std::vector<int> m_depths;
    std::vector<int> m_relations;
};

} // namespace entente
