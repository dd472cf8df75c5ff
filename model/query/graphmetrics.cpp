#include "graphmetrics.h"

#include "core/progressreporter.h"
#include "graph/knowledgegraph.h"
#include "pathconstraints.h"

#include <boost/property_map/property_map.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <unordered_map>

namespace entente {

namespace {

using TieGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;

/** Renumbers labels so that the largest group is 0, the next 1, … (ties by first vertex). */
std::vector<int> renumberBySize(const std::vector<int>& labels)
{
    std::unordered_map<int, std::pair<int, int>> stats; // label → (size, first vertex)
    for (int v = 0; v < static_cast<int>(labels.size()); ++v) {
        auto [it, inserted] = stats.try_emplace(labels[static_cast<size_t>(v)], 0, v);
        ++it->second.first;
    }
    std::vector<std::pair<int, std::pair<int, int>>> order(stats.begin(), stats.end());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    std::unordered_map<int, int> rename;
    for (size_t i = 0; i < order.size(); ++i)
        rename[order[i].first] = static_cast<int>(i);
    std::vector<int> out(labels.size());
    for (size_t v = 0; v < labels.size(); ++v)
        out[v] = rename[labels[v]];
    return out;
}

} // namespace

GraphMetrics::GraphMetrics(const KnowledgeGraph& graph, const PathConstraints& constraints)
    : m_graph(graph), m_n(graph.entityCount())
{
    std::vector<std::vector<std::uint32_t>> adjacency(static_cast<size_t>(m_n));
    m_weightedDegree.assign(static_cast<size_t>(m_n), 0.0);
    for (int r = 0; r < graph.relationCount(); ++r) {
        if (!constraints.allowsRelation(r))
            continue;
        const RelationEdge& e = graph.relation(r);
        if (e.source == e.target)
            continue;
        if (!constraints.allowsVertex(static_cast<int>(e.source)) || !constraints.allowsVertex(static_cast<int>(e.target)))
            continue;
        adjacency[e.source].push_back(e.target);
        adjacency[e.target].push_back(e.source);
        const double w = constraints.weight(r);
        m_weightedDegree[e.source] += w;
        m_weightedDegree[e.target] += w;
    }
    m_offsets.assign(static_cast<size_t>(m_n) + 1, 0);
    for (int v = 0; v < m_n; ++v) {
        auto& list = adjacency[static_cast<size_t>(v)];
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        m_offsets[static_cast<size_t>(v) + 1] = m_offsets[static_cast<size_t>(v)] + static_cast<std::uint32_t>(list.size());
    }
    m_targets.reserve(m_offsets.back());
    for (const auto& list : adjacency)
        m_targets.insert(m_targets.end(), list.begin(), list.end());
}

std::vector<int> GraphMetrics::neighbours(int v) const
{
    return {m_targets.begin() + m_offsets[static_cast<size_t>(v)], m_targets.begin() + m_offsets[static_cast<size_t>(v) + 1]};
}

std::vector<double> GraphMetrics::degree() const
{
    std::vector<double> d(static_cast<size_t>(m_n));
    for (int v = 0; v < m_n; ++v)
        d[static_cast<size_t>(v)] = m_offsets[static_cast<size_t>(v) + 1] - m_offsets[static_cast<size_t>(v)];
    return d;
}

std::vector<double> GraphMetrics::weightedDegree() const
{
    return m_weightedDegree;
}

std::vector<double> GraphMetrics::betweenness(ProgressReporter* progress, int samples, unsigned seed) const
{
    const auto n = static_cast<size_t>(m_n);
    std::vector<double> result(n, 0.0);
    if (samples <= 0 || samples >= m_n) {
        // Exact: Boost's Brandes on the symmetric tie graph counts each unordered pair twice.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
        arcs.reserve(m_targets.size());
        for (int v = 0; v < m_n; ++v)
            for (auto i = m_offsets[static_cast<size_t>(v)]; i < m_offsets[static_cast<size_t>(v) + 1]; ++i)
                arcs.emplace_back(static_cast<std::uint32_t>(v), m_targets[i]);
        TieGraph g(boost::edges_are_sorted, arcs.begin(), arcs.end(), static_cast<std::uint32_t>(m_n));
        if (!reportProgress(progress, 0, 1))
            return {};
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(boost::make_iterator_property_map(result.begin(), boost::get(boost::vertex_index, g))));
        for (double& b : result)
            b /= 2.0;
        reportProgress(progress, 1, 1);
        return result;
    }
    // Sampled: Brandes' accumulation from `samples` random sources (Boost offers no sampling).
    std::mt19937 rng(seed);
    std::vector<int> sources(n);
    std::iota(sources.begin(), sources.end(), 0);
    std::shuffle(sources.begin(), sources.end(), rng);
    sources.resize(static_cast<size_t>(samples));
    std::vector<int> distance(n), order;
    std::vector<double> sigma(n), delta(n);
    order.reserve(n);
    for (int k = 0; k < samples; ++k) {
        if (!reportProgress(progress, k, samples))
            return {};
        const int s = sources[static_cast<size_t>(k)];
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(sigma.begin(), sigma.end(), 0.0);
        std::fill(delta.begin(), delta.end(), 0.0);
        order.clear();
        distance[static_cast<size_t>(s)] = 0;
        sigma[static_cast<size_t>(s)] = 1;
        order.push_back(s);
        for (size_t head = 0; head < order.size(); ++head) {
            const int u = order[head];
            for (auto i = m_offsets[static_cast<size_t>(u)]; i < m_offsets[static_cast<size_t>(u) + 1]; ++i) {
                const auto w = m_targets[i];
                if (distance[w] < 0) {
                    distance[w] = distance[static_cast<size_t>(u)] + 1;
                    order.push_back(static_cast<int>(w));
                }
                if (distance[w] == distance[static_cast<size_t>(u)] + 1)
                    sigma[w] += sigma[static_cast<size_t>(u)];
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int w = *it;
            for (auto i = m_offsets[static_cast<size_t>(w)]; i < m_offsets[static_cast<size_t>(w) + 1]; ++i) {
                const auto v = m_targets[i];
                if (distance[v] == distance[static_cast<size_t>(w)] - 1)
                    delta[v] += sigma[v] / sigma[static_cast<size_t>(w)] * (1.0 + delta[static_cast<size_t>(w)]);
            }
            if (w != s)
                result[static_cast<size_t>(w)] += delta[static_cast<size_t>(w)];
        }
    }
    // Each source contributes ordered pairs (s, t); scale to all sources, then count pairs once.
    const double scale = static_cast<double>(m_n) / samples / 2.0;
    for (double& b : result)
        b *= scale;
    reportProgress(progress, samples, samples);
    return result;
}

std::vector<double> GraphMetrics::pageRank(int iterations) const
{
    const auto n = static_cast<size_t>(m_n);
    std::vector<double> rank(n, 1.0);
    if (n == 0)
        return rank;
    // Boost's page_rank leaves the rank of vertices without ties where it started; it
    // matches NetworkX exactly when every vertex has a tie, so isolated vertices are set aside.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    for (int v = 0; v < m_n; ++v)
        for (auto i = m_offsets[static_cast<size_t>(v)]; i < m_offsets[static_cast<size_t>(v) + 1]; ++i)
            arcs.emplace_back(static_cast<std::uint32_t>(v), m_targets[i]);
    TieGraph g(boost::edges_are_sorted, arcs.begin(), arcs.end(), static_cast<std::uint32_t>(m_n));
    boost::graph::page_rank(g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
                            boost::graph::n_iterations(iterations), 0.85);
    double sum = 0;
    for (size_t v = 0; v < n; ++v)
        if (m_offsets[v + 1] > m_offsets[v])
            sum += rank[v];
    for (size_t v = 0; v < n; ++v)
        rank[v] = m_offsets[v + 1] > m_offsets[v] && sum > 0 ? rank[v] / sum : 0.0;
    return rank;
}

std::vector<int> GraphMetrics::components(int* count) const
{
    const auto n = static_cast<size_t>(m_n);
    std::vector<std::uint32_t> rank(n, 0), parent(n);
    auto rankMap = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
    auto parentMap = boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rankMap), decltype(parentMap)> sets(rankMap, parentMap);
    for (std::uint32_t v = 0; v < n; ++v)
        sets.make_set(v);
    for (std::uint32_t v = 0; v < n; ++v)
        for (auto i = m_offsets[v]; i < m_offsets[v + 1]; ++i)
            sets.union_set(v, m_targets[i]);
    std::vector<int> label(n);
    for (std::uint32_t v = 0; v < n; ++v)
        label[v] = static_cast<int>(sets.find_set(v));
    std::vector<int> out = renumberBySize(label);
    if (count)
        *count = out.empty() ? 0 : *std::max_element(out.begin(), out.end()) + 1;
    return out;
}

double GraphMetrics::modularity(const std::vector<int>& community) const
{
    const double m2 = static_cast<double>(m_targets.size()); // 2m: each tie appears twice
    if (m2 == 0)
        return 0;
    std::unordered_map<int, double> inside, total;
    for (int v = 0; v < m_n; ++v) {
        const int c = community[static_cast<size_t>(v)];
        total[c] += m_offsets[static_cast<size_t>(v) + 1] - m_offsets[static_cast<size_t>(v)];
        for (auto i = m_offsets[static_cast<size_t>(v)]; i < m_offsets[static_cast<size_t>(v) + 1]; ++i)
            if (community[m_targets[i]] == c)
                inside[c] += 1;
    }
    double q = 0;
    for (const auto& [c, t] : total)
        q += inside[c] / m2 - (t / m2) * (t / m2);
    return q;
}

std::vector<int> GraphMetrics::communities(unsigned seed, double* modularityOut) const
{
    // Louvain: move single nodes to the neighbouring community with the best modularity gain
    // until nothing moves, then merge each community into one node and repeat on that graph.
    struct Level
    {
        int n;
        std::vector<std::map<int, double>> adj; // neighbour → weight (self-loops = inner weight ×2)
    };
    Level level;
    level.n = m_n;
    level.adj.resize(static_cast<size_t>(m_n));
    for (int v = 0; v < m_n; ++v)
        for (auto i = m_offsets[static_cast<size_t>(v)]; i < m_offsets[static_cast<size_t>(v) + 1]; ++i)
            level.adj[static_cast<size_t>(v)][static_cast<int>(m_targets[i])] += 1.0;
    const double m2 = static_cast<double>(m_targets.size());
    std::vector<int> membership(static_cast<size_t>(m_n));
    std::iota(membership.begin(), membership.end(), 0);
    if (m2 == 0) {
        if (modularityOut)
            *modularityOut = 0;
        return renumberBySize(membership);
    }
    std::mt19937 rng(seed);
    while (true) {
        const int n = level.n;
        std::vector<double> k(static_cast<size_t>(n), 0.0);
        for (int v = 0; v < n; ++v)
            for (const auto& [w, weight] : level.adj[static_cast<size_t>(v)])
                k[static_cast<size_t>(v)] += weight;
        std::vector<int> comm(static_cast<size_t>(n));
        std::iota(comm.begin(), comm.end(), 0);
        std::vector<double> tot = k;
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        bool movedAny = false;
        for (bool moved = true; moved;) {
            moved = false;
            for (int v : order) {
                const int own = comm[static_cast<size_t>(v)];
                std::map<int, double> links; // community → weight from v
                for (const auto& [w, weight] : level.adj[static_cast<size_t>(v)])
                    if (w != v)
                        links[comm[static_cast<size_t>(w)]] += weight;
                tot[static_cast<size_t>(own)] -= k[static_cast<size_t>(v)];
                int best = own;
                double bestGain = links[own] - tot[static_cast<size_t>(own)] * k[static_cast<size_t>(v)] / m2;
                for (const auto& [c, weight] : links) {
                    const double gain = weight - tot[static_cast<size_t>(c)] * k[static_cast<size_t>(v)] / m2;
                    if (gain > bestGain + 1e-12) {
                        bestGain = gain;
                        best = c;
                    }
                }
                tot[static_cast<size_t>(best)] += k[static_cast<size_t>(v)];
                if (best != own) {
                    comm[static_cast<size_t>(v)] = best;
                    moved = movedAny = true;
                }
            }
        }
        if (!movedAny)
            break;
        // Aggregate: one node per community.
        std::unordered_map<int, int> index;
        for (int v = 0; v < n; ++v)
            index.try_emplace(comm[static_cast<size_t>(v)], static_cast<int>(index.size()));
        Level next;
        next.n = static_cast<int>(index.size());
        next.adj.resize(static_cast<size_t>(next.n));
        for (int v = 0; v < n; ++v)
            for (const auto& [w, weight] : level.adj[static_cast<size_t>(v)])
                next.adj[static_cast<size_t>(index[comm[static_cast<size_t>(v)]])][index[comm[static_cast<size_t>(w)]]] += weight;
        for (int& m : membership)
            m = index[comm[static_cast<size_t>(m)]];
        level = std::move(next);
    }
    std::vector<int> out = renumberBySize(membership);
    if (modularityOut)
        *modularityOut = modularity(out);
    return out;
}

} // namespace entente
