#include "timelayout.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>

namespace entente {

void TimeLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    PlacementLayout::init(graph, std::move(positions));
    m_next = 0;
    m_top = 0;
    m_bands.clear();
    if (graph.year.size() != static_cast<size_t>(graph.nodeCount)) {
        setProblem(QCoreApplication::translate(
                       "TimeLayout",
                       "The time layout needs a start year for every node (%1 given for %2 nodes).")
                       .arg(graph.year.size())
                       .arg(graph.nodeCount));
        return;
    }
    double first = 1e300, last = -1e300;
    for (double y : graph.year)
        if (std::isfinite(y)) {
            first = std::min(first, y);
            last = std::max(last, y);
        }
    if (first > last)
        first = last = 0;
    m_firstYear = first;
    // Wide enough that neighbouring years separate, narrow enough that centuries fit a screen.
    const double span = std::max(1.0, last - first);
    m_pixelsPerYear = std::clamp(6000.0 / span, 4.0, 120.0);
    m_undatedX = -8 * largestRadius() - 40.0;
    std::map<int, std::vector<int>> byGroup;
    for (int i = 0; i < graph.nodeCount; ++i)
        byGroup[graph.groupOf(i)].push_back(i);
    for (auto& [group, nodes] : byGroup)
        m_bands.push_back(std::move(nodes));
}

bool TimeLayout::step()
{
    if (m_next >= m_bands.size())
        return false;
    std::vector<int> band = m_bands[m_next++];
    auto xOf = [&](int n) {
        const double y = m_graph.year[static_cast<size_t>(n)];
        return std::isfinite(y) ? xForYear(y) : m_undatedX;
    };
    std::stable_sort(band.begin(), band.end(), [&](int a, int b) { return xOf(a) < xOf(b); });
    const double lane = 2 * largestRadius() + 8.0;
    // Greedy lanes: each node takes the first lane whose last disc ends left of its own.
    std::vector<double> laneEnd;
    for (int n : band) {
        const double x = xOf(n), r = std::max(m_graph.radiusOf(n), 4.0);
        size_t k = 0;
        while (k < laneEnd.size() && laneEnd[k] > x - r - 4.0)
            ++k;
        if (k == laneEnd.size())
            laneEnd.push_back(0);
        laneEnd[k] = x + r;
        place(n, QPointF(x, m_top + static_cast<double>(k) * lane));
    }
    m_top += static_cast<double>(std::max<size_t>(laneEnd.size(), 1)) * lane + 3 * lane;
    return m_next < m_bands.size();
}

} // namespace entente
