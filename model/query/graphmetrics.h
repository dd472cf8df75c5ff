#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace entente {

class KnowledgeGraph;
class PathConstraints;
class ProgressReporter;

/**
 * Centrality and structure of the graph of ties: degree and weighted degree, betweenness
 * (Boost's Brandes; a sampled estimate for large graphs), PageRank (Boost), connected
 * components (Boost's disjoint sets) and communities (Louvain, which Boost lacks).
 *
 * Metrics are about ties between entities, so parallel relations between the same two
 * entities (two membership spells, say) count once and direction is ignored, as in
 * NetworkX's undirected Graph. Relations are filtered by the given constraints.
 */
class GraphMetrics
{
public:
    GraphMetrics(const KnowledgeGraph& graph, const PathConstraints& constraints);

    int vertexCount() const { return m_n; }
    /** Number of distinct neighbours. */
    std::vector<double> degree() const;
    /** Sum of the weights of the relations (all of them, parallel ones included). */
    std::vector<double> weightedDegree() const;
    /**
     * Shortest-path betweenness, unnormalised, each unordered pair counted once (as NetworkX
     * with normalized=False). `samples` > 0 estimates it from that many random sources
     * (scaled by n / samples). Returns an empty vector when cancelled.
     */
    std::vector<double> betweenness(ProgressReporter* progress = nullptr, int samples = 0, unsigned seed = 1) const;
    /** PageRank with damping 0.85, summing to 1. */
    std::vector<double> pageRank(int iterations = 100) const;
    /** Component number of each vertex (0…count−1, largest first). */
    std::vector<int> components(int* count = nullptr) const;
    /** Louvain communities (deterministic for a seed), numbered largest first. */
    std::vector<int> communities(unsigned seed = 1, double* modularity = nullptr) const;
    /** Newman modularity of a partition of this tie graph. */
    double modularity(const std::vector<int>& community) const;

    /** Distinct neighbours of v in the tie graph. */
    std::vector<int> neighbours(int v) const;

private:
    const KnowledgeGraph& m_graph;
    int m_n = 0;
    // The tie graph: symmetric, de-duplicated adjacency in compressed rows.
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_targets;
    std::vector<double> m_weightedDegree;
};

} // namespace entente
