#pragma once

#include "path.h"
#include "pathconstraints.h"

#include <optional>
#include <unordered_set>
#include <vector>

namespace entente {

class KnowledgeGraph;
class ProgressReporter;

/**
 * Answers "how are A and B connected": shortest paths (bidirectional breadth-first search),
 * weighted shortest paths (bidirectional Dijkstra, checked against Boost's), the k shortest simple paths (Yen), all simple
 * paths up to a length, time-respecting paths (relations start in non-decreasing order), and
 * the union of shortest paths between several entities — all under PathConstraints.
 *
 * Paths are simple in their vertices; for each hop the first usable relation is reported.
 * Not thread-safe: it keeps scratch arrays between queries so that a query on a million
 * relations allocates nothing.
 */
class PathFinder
{
public:
    explicit PathFinder(const KnowledgeGraph& graph);

    std::optional<Path> shortestPath(int from, int to, const PathConstraints& c) const;
    /** Cheapest path by per-kind weights: bidirectional Dijkstra (Boost has none). */
    std::optional<Path> weightedShortestPath(int from, int to, const PathConstraints& c) const;
    /** The same answer from Boost's one-directional Dijkstra; kept as a reference for tests. */
    std::optional<Path> weightedShortestPathBoost(int from, int to, const PathConstraints& c) const;
    /** Up to k loop-free paths in order of length (or weight when `weighted`). */
    std::vector<Path> kShortestPaths(int from, int to, int k, const PathConstraints& c, bool weighted = false) const;
    /** Every simple path of at most `maxLength` hops, shortest first, at most `limit` of them. */
    std::vector<Path> allSimplePaths(int from, int to, int maxLength, const PathConstraints& c, int limit = 1000) const;
    /** The fewest-hop path whose relations start in non-decreasing order (undated ones fit anywhere). */
    std::optional<Path> timeRespectingPath(int from, int to, const PathConstraints& c) const;
    /** Shortest paths between every pair of `vertices` (2–5 of them); pairs without a path are left out. */
    std::vector<Path> explainConnection(const std::vector<int>& vertices, const PathConstraints& c) const;

    /** A key for a banned step u → v in Yen's algorithm. */
    static std::uint64_t stepKey(int u, int v) { return (static_cast<std::uint64_t>(u) << 32) | static_cast<std::uint32_t>(v); }

private:
    struct Bans
    {
        std::unordered_set<std::uint64_t> steps;
        std::vector<int> vertices;
    };
    std::optional<Path> bfs(int from, int to, const PathConstraints& c, const Bans* bans) const;
    std::optional<Path> dijkstra(int from, int to, const PathConstraints& c, const Bans* bans) const;
    std::optional<Path> bidirectionalDijkstra(int from, int to, const PathConstraints& c, const Bans* bans) const;
    double costOf(const Path& p, const PathConstraints& c, bool weighted) const;
    /** Starts a query on the scratch arrays: a fresh stamp, with the banned vertices marked. */
    std::uint32_t beginQuery(const Bans* bans) const;
    /** The path found by a bidirectional search that met at `meet`. */
    Path joinAt(int meet, int to) const;

    const KnowledgeGraph& m_graph;
    // Scratch space reused across queries; a stamp marks which entries are current.
    mutable std::vector<std::uint32_t> m_seenF, m_seenB, m_banned;
    mutable std::vector<int> m_parentF, m_parentB, m_viaF, m_viaB;
    mutable std::vector<double> m_distF, m_distB;
    mutable std::uint32_t m_stamp = 0;
};

} // namespace entente
