#include "pathfinder.h"

#include "graph/knowledgegraph.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <climits>
#include <map>
#include <numeric>
#include <queue>
#include <set>

namespace entente {

namespace {

using BoostGraph = GraphAdapter::BoostGraph;
using Vertex = GraphAdapter::Vertex;
using Arc = GraphAdapter::Arc;

/** Arcs a constrained search may use (Boost filtered_graph edge predicate). */
struct ArcFilter
{
    const BoostGraph* g = nullptr;
    const PathConstraints* c = nullptr;
    const std::unordered_set<std::uint64_t>* bannedSteps = nullptr;
    bool operator()(const Arc& a) const
    {
        const ArcProperty& p = (*g)[a];
        if (!c->allowsArc(static_cast<int>(p.relation), p.forward))
            return false;
        return !bannedSteps || bannedSteps->empty() ||
               !bannedSteps->count(PathFinder::stepKey(static_cast<int>(boost::source(a, *g)), static_cast<int>(boost::target(a, *g))));
    }
};

/** Vertices a constrained search may pass through; the endpoints always pass. */
struct VertexFilter
{
    const PathConstraints* c = nullptr;
    const std::vector<char>* banned = nullptr;
    Vertex from = 0, to = 0;
    bool operator()(const Vertex& v) const
    {
        if (banned && (*banned)[v])
            return false;
        return v == from || v == to || c->allowsVertex(static_cast<int>(v));
    }
};

struct TargetReached
{
};

/** Stops Dijkstra once the target is settled: its distance is final then. */
struct StopAt : public boost::base_visitor<StopAt>
{
    using event_filter = boost::on_examine_vertex;
    Vertex target;
    template<class G>
    void operator()(Vertex v, const G&)
    {
        if (v == target)
            throw TargetReached{};
    }
};

} // namespace

PathFinder::PathFinder(const KnowledgeGraph& graph) : m_graph(graph)
{
    const auto n = static_cast<size_t>(graph.entityCount());
    m_seenF.assign(n, 0);
    m_seenB.assign(n, 0);
    m_banned.assign(n, 0);
    m_parentF.assign(n, -1);
    m_parentB.assign(n, -1);
    m_viaF.assign(n, -1);
    m_viaB.assign(n, -1);
}

std::uint32_t PathFinder::beginQuery(const Bans* bans) const
{
    if (++m_stamp == 0) { // wrapped: clear the marks once every four billion queries
        std::fill(m_seenF.begin(), m_seenF.end(), 0);
        std::fill(m_seenB.begin(), m_seenB.end(), 0);
        std::fill(m_banned.begin(), m_banned.end(), 0);
        m_stamp = 1;
    }
    if (bans)
        for (int v : bans->vertices)
            m_banned[static_cast<size_t>(v)] = m_stamp;
    return m_stamp;
}

Path PathFinder::joinAt(int meet, int to) const
{
    // The forward half runs from `from` (parent −1) to the meeting vertex, the backward half
    // from there to `to`.
    Path p;
    for (int v = meet; v != -1; v = m_parentF[static_cast<size_t>(v)]) {
        p.vertices.push_back(v);
        if (m_parentF[static_cast<size_t>(v)] != -1)
            p.relations.push_back(m_viaF[static_cast<size_t>(v)]);
    }
    std::reverse(p.vertices.begin(), p.vertices.end());
    std::reverse(p.relations.begin(), p.relations.end());
    for (int v = meet; v != to;) {
        const int nextVertex = m_parentB[static_cast<size_t>(v)];
        p.relations.push_back(m_viaB[static_cast<size_t>(v)]);
        p.vertices.push_back(nextVertex);
        v = nextVertex;
    }
    return p;
}

std::optional<Path> PathFinder::shortestPath(int from, int to, const PathConstraints& c) const
{
    return bfs(from, to, c, nullptr);
}

std::optional<Path> PathFinder::bfs(int from, int to, const PathConstraints& c, const Bans* bans) const
{
    const int n = m_graph.entityCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return std::nullopt;
    if (from == to)
        return Path{{from}, {}, 0};
    const std::uint32_t stamp = beginQuery(bans);
    auto passable = [&](int v) {
        return m_banned[static_cast<size_t>(v)] != stamp && (v == from || v == to || c.allowsVertex(v));
    };
    const bool directed = c.directed();
    std::vector<int> frontierF{from}, frontierB{to}, next;
    m_seenF[static_cast<size_t>(from)] = stamp;
    m_seenB[static_cast<size_t>(to)] = stamp;
    m_parentF[static_cast<size_t>(from)] = -1;
    m_parentB[static_cast<size_t>(to)] = -1;
    int meet = -1;
    // Expand the smaller frontier one whole level at a time; the first level that meets the
    // other side holds a shortest path.
    while (!frontierF.empty() && !frontierB.empty() && meet < 0) {
        const bool forward = frontierF.size() <= frontierB.size();
        auto& frontier = forward ? frontierF : frontierB;
        auto& seen = forward ? m_seenF : m_seenB;
        auto& other = forward ? m_seenB : m_seenF;
        auto& parent = forward ? m_parentF : m_parentB;
        auto& via = forward ? m_viaF : m_viaB;
        next.clear();
        for (int u : frontier) {
            m_graph.forEachIncident(u, [&](std::uint32_t r, std::uint32_t w, bool fwd) {
                const int v = static_cast<int>(w);
                if (seen[w] == stamp)
                    return;
                // Forward search follows relations; the backward search walks them in reverse.
                if (directed && fwd != forward)
                    return;
                if (!c.allowsRelation(static_cast<int>(r)) || !passable(v))
                    return;
                if (bans && !bans->steps.empty()) {
                    const std::uint64_t key = forward ? stepKey(u, v) : stepKey(v, u);
                    if (bans->steps.count(key))
                        return;
                }
                seen[w] = stamp;
                parent[w] = u;
                via[w] = static_cast<int>(r);
                if (other[w] == stamp && meet < 0)
                    meet = v;
                next.push_back(v);
            });
        }
        frontier.swap(next);
    }
    if (meet < 0)
        return std::nullopt;
    Path p = joinAt(meet, to);
    p.cost = p.length();
    return p;
}

std::optional<Path> PathFinder::weightedShortestPath(int from, int to, const PathConstraints& c) const
{
    return bidirectionalDijkstra(from, to, c, nullptr);
}

std::optional<Path> PathFinder::weightedShortestPathBoost(int from, int to, const PathConstraints& c) const
{
    return dijkstra(from, to, c, nullptr);
}

std::optional<Path> PathFinder::bidirectionalDijkstra(int from, int to, const PathConstraints& c, const Bans* bans) const
{
    const int n = m_graph.entityCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return std::nullopt;
    if (from == to)
        return Path{{from}, {}, 0};
    if (m_distF.size() != static_cast<size_t>(n)) {
        m_distF.assign(static_cast<size_t>(n), 0);
        m_distB.assign(static_cast<size_t>(n), 0);
    }
    const std::uint32_t stamp = beginQuery(bans);
    auto passable = [&](int v) {
        return m_banned[static_cast<size_t>(v)] != stamp && (v == from || v == to || c.allowsVertex(v));
    };
    // m_seen* marks a tentative distance for this query; a settled vertex is one popped with
    // that distance (stale heap entries are skipped: lazy deletion).
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heapF, heapB;
    auto relaxStart = [&](int v, std::vector<std::uint32_t>& seen, std::vector<double>& dist, std::vector<int>& parent, auto& heap) {
        seen[static_cast<size_t>(v)] = stamp;
        dist[static_cast<size_t>(v)] = 0;
        parent[static_cast<size_t>(v)] = -1;
        heap.emplace(0.0, v);
    };
    relaxStart(from, m_seenF, m_distF, m_parentF, heapF);
    relaxStart(to, m_seenB, m_distB, m_parentB, heapB);
    double best = std::numeric_limits<double>::infinity();
    int meet = -1;
    const bool directed = c.directed();
    while (!heapF.empty() && !heapB.empty()) {
        // Stop once no undiscovered path can beat the best meeting found so far.
        if (heapF.top().first + heapB.top().first >= best)
            break;
        const bool forward = heapF.size() <= heapB.size();
        auto& heap = forward ? heapF : heapB;
        auto& seen = forward ? m_seenF : m_seenB;
        auto& dist = forward ? m_distF : m_distB;
        auto& otherSeen = forward ? m_seenB : m_seenF;
        auto& otherDist = forward ? m_distB : m_distF;
        auto& parent = forward ? m_parentF : m_parentB;
        auto& via = forward ? m_viaF : m_viaB;
        // Plain variables, not a structured binding: the lambda below captures them, which
        // clang before 16 (the fuzz build's clang-14) does not allow for bindings.
        const double d = heap.top().first;
        const int u = heap.top().second;
        heap.pop();
        if (d > dist[static_cast<size_t>(u)])
            continue; // stale entry
        m_graph.forEachIncident(u, [&](std::uint32_t r, std::uint32_t w, bool fwd) {
            const int v = static_cast<int>(w);
            if (directed && fwd != forward)
                return;
            if (!c.allowsRelation(static_cast<int>(r)) || !passable(v))
                return;
            if (bans && !bans->steps.empty() && bans->steps.count(forward ? stepKey(u, v) : stepKey(v, u)))
                return;
            const double nd = d + c.weight(static_cast<int>(r));
            if (seen[w] != stamp || nd < dist[w]) {
                seen[w] = stamp;
                dist[w] = nd;
                parent[w] = u;
                via[w] = static_cast<int>(r);
                heap.emplace(nd, v);
            }
            if (otherSeen[w] == stamp && nd + otherDist[w] < best) {
                best = nd + otherDist[w];
                meet = v;
            }
        });
    }
    if (meet < 0)
        return std::nullopt;
    Path p = joinAt(meet, to);
    p.cost = best;
    return p;
}

std::optional<Path> PathFinder::dijkstra(int from, int to, const PathConstraints& c, const Bans* bans) const
{
    const int n = m_graph.entityCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return std::nullopt;
    if (from == to)
        return Path{{from}, {}, 0};
    const BoostGraph& g = m_graph.adapter().graph();
    std::vector<char> banned;
    if (bans && !bans->vertices.empty()) {
        banned.assign(static_cast<size_t>(n), 0);
        for (int v : bans->vertices)
            banned[static_cast<size_t>(v)] = 1;
    }
    ArcFilter arcs{&g, &c, bans ? &bans->steps : nullptr};
    VertexFilter vertices{&c, banned.empty() ? nullptr : &banned, static_cast<Vertex>(from), static_cast<Vertex>(to)};
    boost::filtered_graph<BoostGraph, ArcFilter, VertexFilter> fg(g, arcs, vertices);

    std::vector<double> distance(static_cast<size_t>(n), std::numeric_limits<double>::infinity());
    std::vector<Arc> viaArc(static_cast<size_t>(n));
    std::vector<Vertex> predecessor(static_cast<size_t>(n));
    std::iota(predecessor.begin(), predecessor.end(), Vertex(0));
    auto index = boost::get(boost::vertex_index, g);
    auto weight = boost::make_function_property_map<Arc, double>([&](const Arc& a) { return c.weight(static_cast<int>(g[a].relation)); });
    StopAt stop;
    stop.target = static_cast<Vertex>(to);
    try {
        boost::dijkstra_shortest_paths(
            fg, static_cast<Vertex>(from),
            boost::weight_map(weight)
                .distance_map(boost::make_iterator_property_map(distance.begin(), index))
                .predecessor_map(boost::make_iterator_property_map(predecessor.begin(), index))
                .visitor(boost::make_dijkstra_visitor(std::make_pair(
                    boost::record_edge_predecessors(boost::make_iterator_property_map(viaArc.begin(), index), boost::on_edge_relaxed()),
                    stop))));
    } catch (const TargetReached&) {
    }
    // Boost marks unreached vertices with numeric_limits::max(), not infinity.
    const double reached = distance[static_cast<size_t>(to)];
    if (!(reached < std::numeric_limits<double>::max()))
        return std::nullopt;
    Path p;
    for (Vertex v = static_cast<Vertex>(to); static_cast<int>(v) != from; v = predecessor[v]) {
        if (predecessor[v] == v)
            return std::nullopt; // not on a tree from `from`: cannot happen once reached
        p.vertices.push_back(static_cast<int>(v));
        p.relations.push_back(static_cast<int>(g[viaArc[v]].relation));
    }
    p.vertices.push_back(from);
    std::reverse(p.vertices.begin(), p.vertices.end());
    std::reverse(p.relations.begin(), p.relations.end());
    p.cost = distance[static_cast<size_t>(to)];
    return p;
}

double PathFinder::costOf(const Path& p, const PathConstraints& c, bool weighted) const
{
    if (!weighted)
        return p.length();
    double sum = 0;
    for (int r : p.relations)
        sum += c.weight(r);
    return sum;
}

std::vector<Path> PathFinder::kShortestPaths(int from, int to, int k, const PathConstraints& c, bool weighted) const
{
    std::vector<Path> found;
    if (k <= 0)
        return found;
    auto search = [&](int s, int t, const Bans* b) { return weighted ? bidirectionalDijkstra(s, t, c, b) : bfs(s, t, c, b); };
    auto first = search(from, to, nullptr);
    if (!first || first->length() == 0)
        return first ? std::vector<Path>{*first} : found;
    found.push_back(*first);
    // Candidates ordered by cost, then by vertex sequence so that ties resolve the same way each run.
    std::set<std::pair<double, std::vector<int>>> seenCandidates;
    std::multimap<std::pair<double, std::vector<int>>, Path> candidates;
    std::set<std::vector<int>> accepted{first->vertices};
    while (static_cast<int>(found.size()) < k) {
        const Path& last = found.back();
        for (size_t i = 0; i + 1 < last.vertices.size(); ++i) {
            const int spur = last.vertices[i];
            Bans bans;
            // Do not leave the spur node the way an accepted path with the same root did.
            for (const Path& p : found)
                if (p.vertices.size() > i + 1 && std::equal(p.vertices.begin(), p.vertices.begin() + static_cast<long>(i) + 1, last.vertices.begin()))
                    bans.steps.insert(stepKey(spur, p.vertices[i + 1]));
            // The root path's vertices (before the spur) are off limits, keeping paths simple.
            for (size_t j = 0; j < i; ++j)
                bans.vertices.push_back(last.vertices[j]);
            auto spurPath = search(spur, to, &bans);
            if (!spurPath)
                continue;
            Path total;
            total.vertices.assign(last.vertices.begin(), last.vertices.begin() + static_cast<long>(i));
            total.relations.assign(last.relations.begin(), last.relations.begin() + static_cast<long>(i));
            total.vertices.insert(total.vertices.end(), spurPath->vertices.begin(), spurPath->vertices.end());
            total.relations.insert(total.relations.end(), spurPath->relations.begin(), spurPath->relations.end());
            total.cost = costOf(total, c, weighted);
            auto key = std::make_pair(total.cost, total.vertices);
            if (accepted.count(total.vertices) || !seenCandidates.insert(key).second)
                continue;
            candidates.emplace(std::move(key), std::move(total));
        }
        if (candidates.empty())
            break;
        auto best = candidates.begin();
        accepted.insert(best->second.vertices);
        found.push_back(best->second);
        candidates.erase(best);
    }
    return found;
}

std::vector<Path> PathFinder::allSimplePaths(int from, int to, int maxLength, const PathConstraints& c, int limit) const
{
    std::vector<Path> out;
    const int n = m_graph.entityCount();
    if (from < 0 || to < 0 || from >= n || to >= n || from == to || maxLength <= 0)
        return out;
    std::vector<char> onPath(static_cast<size_t>(n), 0);
    Path current;
    current.vertices.push_back(from);
    onPath[static_cast<size_t>(from)] = 1;
    // Depth-first, reporting each vertex sequence once (the first usable relation per hop).
    std::function<void(int)> visit = [&](int u) {
        if (static_cast<int>(out.size()) >= limit)
            return;
        std::vector<std::pair<int, int>> steps; // (neighbour, relation), one per neighbour
        m_graph.forEachIncident(u, [&](std::uint32_t r, std::uint32_t w, bool fwd) {
            const int v = static_cast<int>(w);
            if (onPath[w] || !c.allowsArc(static_cast<int>(r), fwd))
                return;
            if (v != to && !c.allowsVertex(v))
                return;
            for (const auto& s : steps)
                if (s.first == v)
                    return;
            steps.emplace_back(v, static_cast<int>(r));
        });
        for (const auto& [v, r] : steps) {
            current.vertices.push_back(v);
            current.relations.push_back(r);
            if (v == to) {
                current.cost = current.length();
                out.push_back(current);
            } else if (current.length() < maxLength) {
                onPath[static_cast<size_t>(v)] = 1;
                visit(v);
                onPath[static_cast<size_t>(v)] = 0;
            }
            current.vertices.pop_back();
            current.relations.pop_back();
            if (static_cast<int>(out.size()) >= limit)
                return;
        }
    };
    visit(from);
    std::stable_sort(out.begin(), out.end(), [](const Path& a, const Path& b) { return a.length() < b.length(); });
    return out;
}

std::optional<Path> PathFinder::timeRespectingPath(int from, int to, const PathConstraints& c) const
{
    const int n = m_graph.entityCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return std::nullopt;
    if (from == to)
        return Path{{from}, {}, 0};
    // Labels (vertex, clock) explored level by level (hops). A label is kept only if it
    // reaches its vertex with an earlier clock than any label with fewer hops: a later clock
    // can only allow fewer continuations, so such a label is dominated.
    struct Label
    {
        int vertex;
        int parent;
        int relation;
        PartialDate clock; // start of the last dated relation; null = no constraint yet
    };
    std::vector<Label> labels{{from, -1, -1, PartialDate()}};
    std::vector<std::int64_t> best(static_cast<size_t>(n), LLONG_MAX);
    best[static_cast<size_t>(from)] = 0;
    std::vector<int> level{0}, next;
    while (!level.empty()) {
        next.clear();
        for (int li : level) {
            const Label here = labels[static_cast<size_t>(li)];
            std::vector<int> onPath;
            for (int l = li; l != -1; l = labels[static_cast<size_t>(l)].parent)
                onPath.push_back(labels[static_cast<size_t>(l)].vertex);
            m_graph.forEachIncident(here.vertex, [&](std::uint32_t r, std::uint32_t w, bool fwd) {
                const int v = static_cast<int>(w);
                if (!c.allowsArc(static_cast<int>(r), fwd) || (v != to && !c.allowsVertex(v)))
                    return;
                if (std::find(onPath.begin(), onPath.end(), v) != onPath.end())
                    return;
                const PartialDate start = m_graph.relation(static_cast<int>(r)).start;
                if (!start.isNull() && !here.clock.isNull() && PartialDate::compareCoarse(start, here.clock) < 0)
                    return;
                const PartialDate clock = start.isNull() ? here.clock : start;
                const std::int64_t key = clock.packed();
                if (key >= best[w])
                    return;
                best[w] = key;
                labels.push_back({v, li, static_cast<int>(r), clock});
                next.push_back(static_cast<int>(labels.size()) - 1);
            });
        }
        for (int li : next) {
            if (labels[static_cast<size_t>(li)].vertex != to)
                continue;
            Path p;
            for (int l = li; l != -1; l = labels[static_cast<size_t>(l)].parent) {
                p.vertices.push_back(labels[static_cast<size_t>(l)].vertex);
                if (labels[static_cast<size_t>(l)].relation >= 0)
                    p.relations.push_back(labels[static_cast<size_t>(l)].relation);
            }
            std::reverse(p.vertices.begin(), p.vertices.end());
            std::reverse(p.relations.begin(), p.relations.end());
            p.cost = p.length();
            return p;
        }
        level.swap(next);
    }
    return std::nullopt;
}

std::vector<Path> PathFinder::explainConnection(const std::vector<int>& vertices, const PathConstraints& c) const
{
    std::vector<Path> out;
    for (size_t i = 0; i < vertices.size(); ++i)
        for (size_t j = i + 1; j < vertices.size(); ++j)
            if (auto p = shortestPath(vertices[i], vertices[j], c))
                out.push_back(*p);
    return out;
}

} // namespace entente
