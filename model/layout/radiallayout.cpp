#include "radiallayout.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <queue>

namespace entente {

void RadialLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    PlacementLayout::init(graph, std::move(positions));
    m_rings.clear();
    m_next = 0;
    m_radius = 0;
    const auto n = static_cast<size_t>(graph.nodeCount);
    if (m_focus < 0 || m_focus >= graph.nodeCount) {
        setProblem(QCoreApplication::translate("RadialLayout",
                                               "The radial layout is arranged around one entity: "
                                               "select an entity on the canvas first."));
        return;
    }
    m_depth.assign(n, -1);
    m_parent.assign(n, -1);
    m_angle.assign(n, 0.0);
    std::queue<int> queue;
    m_depth[static_cast<size_t>(m_focus)] = 0;
    queue.push(m_focus);
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop();
        const auto d = static_cast<size_t>(m_depth[static_cast<size_t>(v)]);
        if (m_rings.size() <= d)
            m_rings.resize(d + 1);
        m_rings[d].push_back(v);
        for (int w : neighbours()[static_cast<size_t>(v)])
            if (m_depth[static_cast<size_t>(w)] < 0) {
                m_depth[static_cast<size_t>(w)] = static_cast<int>(d) + 1;
                m_parent[static_cast<size_t>(w)] = v;
                queue.push(w);
            }
    }
    std::vector<int> unreachable;
    for (size_t i = 0; i < n; ++i)
        if (m_depth[i] < 0)
            unreachable.push_back(static_cast<int>(i));
    if (!unreachable.empty())
        m_rings.push_back(std::move(unreachable));
    // A pinned focus stays, and the rings are drawn around it.
    m_centre = graph.isPinned(m_focus) ? m_pos[static_cast<size_t>(m_focus)] : anchor();
}

bool RadialLayout::step()
{
    if (m_next >= m_rings.size())
        return false;
    const size_t k = m_next++;
    std::vector<int>& ring = m_rings[k];
    if (k == 0) {
        place(m_focus, m_centre);
        return m_next < m_rings.size();
    }
    // Follow the parent's angle so each branch keeps to its sector; the unreachable ring (no
    // parents) is ordered by group.
    std::stable_sort(ring.begin(), ring.end(), [&](int a, int b) {
        const int pa = m_parent[static_cast<size_t>(a)], pb = m_parent[static_cast<size_t>(b)];
        const double aa = pa >= 0 ? m_angle[static_cast<size_t>(pa)] : m_graph.groupOf(a);
        const double ab = pb >= 0 ? m_angle[static_cast<size_t>(pb)] : m_graph.groupOf(b);
        return aa < ab;
    });
    const double unit = 2 * largestRadius() + 12.0;
    const double needed = static_cast<double>(ring.size()) * unit / (2 * std::numbers::pi);
    m_radius = std::max(m_radius + unit + 60.0, needed);
    for (size_t i = 0; i < ring.size(); ++i) {
        const int v = ring[i];
        const double a = 2 * std::numbers::pi * (static_cast<double>(i) + 0.5) /
                         static_cast<double>(ring.size());
        m_angle[static_cast<size_t>(v)] = a;
        place(v, m_centre + QPointF(m_radius * std::cos(a), m_radius * std::sin(a)));
    }
    return m_next < m_rings.size();
}

} // namespace entente
