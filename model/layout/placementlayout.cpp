#include "placementlayout.h"

#include <algorithm>
#include <cmath>

namespace entente {

void PlacementLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    m_graph = graph;
    m_pos = std::move(positions);
    const auto n = static_cast<size_t>(graph.nodeCount);
    const size_t given = m_pos.size();
    m_pos.resize(n);
    // Nodes without a start position begin on the same golden-angle spiral the force layout
    // seeds, so an animation towards the computed places starts from a sensible picture.
    for (size_t i = given; i < n; ++i) {
        const double a = static_cast<double>(i) * 2.399963;
        const double r = 20.0 * std::sqrt(static_cast<double>(i) + 1.0);
        m_pos[i] = QPointF(r * std::cos(a), r * std::sin(a));
    }
    m_adjacent.assign(n, {});
    for (const auto& [a, b] : graph.edges) {
        if (a == b)
            continue;
        m_adjacent[static_cast<size_t>(a)].push_back(b);
        m_adjacent[static_cast<size_t>(b)].push_back(a);
    }
    for (auto& list : m_adjacent) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

void PlacementLayout::place(int n, QPointF p)
{
    if (!m_graph.isPinned(n))
        m_pos[static_cast<size_t>(n)] = p;
}

double PlacementLayout::largestRadius(double fallback) const
{
    double r = fallback;
    for (double x : m_graph.radius)
        r = std::max(r, x);
    return r;
}

QPointF PlacementLayout::anchor() const
{
    QPointF sum(0, 0);
    int count = 0;
    for (int i = 0; i < m_graph.nodeCount; ++i)
        if (m_graph.isPinned(i)) {
            sum += m_pos[static_cast<size_t>(i)];
            ++count;
        }
    return count ? sum / count : QPointF(0, 0);
}

} // namespace entente
