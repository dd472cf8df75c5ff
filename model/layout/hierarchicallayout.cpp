#include "hierarchicallayout.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace entente {

void HierarchicalLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    PlacementLayout::init(graph, std::move(positions));
    const auto n = static_cast<size_t>(graph.nodeCount);
    m_sweep = 0;
    std::vector<std::vector<int>> out(n);
    std::vector<char> inTree(n, 0);
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const auto [a, b] = graph.edges[e];
        if (!graph.isTreeEdge(e) || a == b)
            continue;
        out[static_cast<size_t>(a)].push_back(b);
        inTree[static_cast<size_t>(a)] = inTree[static_cast<size_t>(b)] = 1;
    }
    // Break cycles: an edge into a node still on the depth-first stack is a back edge and is
    // dropped, so what remains is acyclic and every kept edge points one layer down or more.
    m_up.assign(n, {});
    m_down.assign(n, {});
    std::vector<char> state(n, 0); // 0 new, 1 on stack, 2 done
    for (size_t root = 0; root < n; ++root) {
        if (!inTree[root] || state[root])
            continue;
        std::vector<std::pair<int, size_t>> stack{{static_cast<int>(root), 0}};
        state[root] = 1;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            const auto& targets = out[static_cast<size_t>(v)];
            if (next == targets.size()) {
                state[static_cast<size_t>(v)] = 2;
                stack.pop_back();
                continue;
            }
            const int w = targets[next++];
            if (state[static_cast<size_t>(w)] == 1)
                continue; // back edge
            m_down[static_cast<size_t>(v)].push_back(w);
            m_up[static_cast<size_t>(w)].push_back(v);
            if (state[static_cast<size_t>(w)] == 0) {
                state[static_cast<size_t>(w)] = 1;
                stack.emplace_back(w, 0);
            }
        }
    }
    // Longest path from the roots, in topological order (Kahn).
    m_layer.assign(n, -1);
    std::vector<int> indegree(n, 0);
    std::queue<int> ready;
    for (size_t v = 0; v < n; ++v) {
        indegree[v] = static_cast<int>(m_up[v].size());
        if (inTree[v] && indegree[v] == 0) {
            m_layer[v] = 0;
            ready.push(static_cast<int>(v));
        }
    }
    std::vector<int> topo;
    while (!ready.empty()) {
        const int v = ready.front();
        ready.pop();
        topo.push_back(v);
        for (int w : m_down[static_cast<size_t>(v)]) {
            m_layer[static_cast<size_t>(w)] =
                std::max(m_layer[static_cast<size_t>(w)], m_layer[static_cast<size_t>(v)] + 1);
            if (--indegree[static_cast<size_t>(w)] == 0)
                ready.push(w);
        }
    }
    m_order.clear();
    m_outside.clear();
    // The first order is the topological one, so children start near their parents.
    for (int v : topo) {
        const auto l = static_cast<size_t>(m_layer[static_cast<size_t>(v)]);
        if (m_order.size() <= l)
            m_order.resize(l + 1);
        m_order[l].push_back(v);
    }
    for (size_t v = 0; v < n; ++v)
        if (!inTree[v])
            m_outside.push_back(static_cast<int>(v));
    std::stable_sort(m_outside.begin(), m_outside.end(),
                     [&](int a, int b) { return graph.groupOf(a) < graph.groupOf(b); });
}

void HierarchicalLayout::sweep(bool down)
{
    // Barycentre heuristic: each node moves to the mean slot of its neighbours on the side
    // already fixed (above on a downward sweep, below on an upward one); long edges count too.
    std::vector<double> slot(static_cast<size_t>(m_graph.nodeCount), 0.0);
    for (const auto& layer : m_order)
        for (size_t i = 0; i < layer.size(); ++i)
            slot[static_cast<size_t>(layer[i])] =
                static_cast<double>(i) - static_cast<double>(layer.size() - 1) / 2;
    const auto count = static_cast<int>(m_order.size());
    for (int k = 0; k < count; ++k) {
        auto& layer = m_order[static_cast<size_t>(down ? k : count - 1 - k)];
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(layer.size());
        for (size_t i = 0; i < layer.size(); ++i) {
            const int v = layer[i];
            const auto& fixed =
                down ? m_up[static_cast<size_t>(v)] : m_down[static_cast<size_t>(v)];
            double key = slot[static_cast<size_t>(v)];
            if (!fixed.empty()) {
                key = 0;
                for (int w : fixed)
                    key += slot[static_cast<size_t>(w)];
                key /= static_cast<double>(fixed.size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < layer.size(); ++i) {
            layer[i] = keyed[i].second;
            slot[static_cast<size_t>(layer[i])] =
                static_cast<double>(i) - static_cast<double>(layer.size() - 1) / 2;
        }
    }
}

void HierarchicalLayout::assignCoordinates()
{
    const double unit = 2 * largestRadius() + 24.0;
    const double layerGap = unit * 2.2;
    const QPointF origin = anchor();
    for (size_t l = 0; l < m_order.size(); ++l) {
        const auto& layer = m_order[l];
        for (size_t i = 0; i < layer.size(); ++i)
            place(layer[i], origin + QPointF((static_cast<double>(i) -
                                              static_cast<double>(layer.size() - 1) / 2) *
                                                 unit,
                                             static_cast<double>(l) * layerGap));
    }
    // The rest in rows below the hierarchy, as wide as its widest layer (at least 12 nodes).
    size_t width = 12;
    for (const auto& layer : m_order)
        width = std::max(width, layer.size());
    const double top = static_cast<double>(m_order.size() + 1) * layerGap;
    for (size_t i = 0; i < m_outside.size(); ++i) {
        const double col = static_cast<double>(i % width) -
                           static_cast<double>(std::min(width, m_outside.size()) - 1) / 2;
        place(m_outside[i],
              origin + QPointF(col * unit, top + static_cast<double>(i / width) * unit));
    }
}

bool HierarchicalLayout::step()
{
    if (m_sweep >= Sweeps)
        return false;
    sweep(m_sweep % 2 == 0);
    ++m_sweep;
    assignCoordinates();
    return m_sweep < Sweeps;
}

} // namespace entente
