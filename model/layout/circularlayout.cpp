#include "circularlayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace entente {

bool CircularLayout::step()
{
    if (m_done)
        return false;
    m_done = true;
    std::vector<int> order;
    for (int i = 0; i < m_graph.nodeCount; ++i)
        if (!m_graph.isPinned(i))
            order.push_back(i);
    if (order.empty())
        return false;
    const auto& adj = neighbours();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto da = adj[static_cast<size_t>(a)].size(), db = adj[static_cast<size_t>(b)].size();
        return std::tuple(m_graph.groupOf(a), -static_cast<long>(da), a) <
               std::tuple(m_graph.groupOf(b), -static_cast<long>(db), b);
    });
    // The circumference holds every disc plus a gap, and a small circle never collapses.
    const double gap = 6.0;
    double circumference = 0;
    for (int n : order)
        circumference += 2 * std::max(m_graph.radiusOf(n), 4.0) + gap;
    const double radius = std::max(80.0, circumference / (2 * std::numbers::pi));
    const QPointF centre = anchor();
    double along = 0;
    for (int n : order) {
        const double w = 2 * std::max(m_graph.radiusOf(n), 4.0) + gap;
        const double angle = (along + w / 2) / radius - std::numbers::pi / 2;
        place(n, centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        along += w;
    }
    return false;
}

} // namespace entente
