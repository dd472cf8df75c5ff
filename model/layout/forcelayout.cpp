#include "forcelayout.h"

#include <cmath>
#include <random>

namespace entente {

void ForceLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    m_graph = graph;
    m_pos = std::move(positions);
    const auto n = static_cast<size_t>(graph.nodeCount);
    // Seed missing positions on a deterministic spiral so results repeat run to run.
    std::mt19937 rng(m_settings.seed);
    std::uniform_real_distribution<double> jitter(-1.0, 1.0);
    const size_t given = m_pos.size();
    m_pos.resize(n);
    for (size_t i = given; i < n; ++i) {
        const double a = static_cast<double>(i) * 2.399963; // golden angle
        const double r = 20.0 * std::sqrt(static_cast<double>(i) + 1.0);
        m_pos[i] = QPointF(r * std::cos(a) + jitter(rng), r * std::sin(a) + jitter(rng));
    }
    m_degree.assign(n, 0);
    for (const auto& [a, b] : graph.edges) {
        ++m_degree[static_cast<size_t>(a)];
        ++m_degree[static_cast<size_t>(b)];
    }
    m_step = m_settings.initialStep;
}

bool ForceLayout::step()
{
    const auto n = static_cast<size_t>(m_graph.nodeCount);
    if (n == 0 || m_step < m_settings.minStep)
        return false;
    std::vector<QPointF> force(n, QPointF(0, 0));
    const double kr = m_settings.repulsion;

    for (size_t i = 0; i < n; ++i) {
        const double mi = m_degree[i] + 1.0;
        for (size_t j = i + 1; j < n; ++j) {
            QPointF d = m_pos[i] - m_pos[j];
            double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-6) {
                d = QPointF(0.01 * static_cast<double>(i % 7 + 1), 0.01 * static_cast<double>(j % 5 + 1));
                dist = std::hypot(d.x(), d.y());
            }
            double gap = dist;
            if (m_settings.preventOverlap)
                gap = dist - m_graph.radiusOf(static_cast<int>(i)) - m_graph.radiusOf(static_cast<int>(j));
            const double mm = mi * (m_degree[j] + 1.0);
            const double f = gap > 0 ? kr * mm / gap : kr * mm * 100.0;
            const QPointF push = d / dist * f;
            force[i] += push;
            force[j] -= push;
        }
    }
    for (const auto& [a, b] : m_graph.edges) {
        const auto ia = static_cast<size_t>(a), ib = static_cast<size_t>(b);
        const QPointF d = m_pos[ib] - m_pos[ia];
        const double dist = std::hypot(d.x(), d.y());
        if (dist < 1e-6)
            continue;
        double gap = dist;
        if (m_settings.preventOverlap)
            gap = std::max(0.0, dist - m_graph.radiusOf(a) - m_graph.radiusOf(b));
        // ForceAtlas2: attraction grows with distance (linearly, or logarithmically in
        // lin-log mode, which tightens clusters); balanced against kr·(d1+1)(d2+1)/d.
        const double f = m_settings.linLog ? std::log1p(gap) : gap;
        const QPointF pull = d / dist * f;
        force[ia] += pull;
        force[ib] -= pull;
    }
    bool moved = false;
    for (size_t i = 0; i < n; ++i) {
        if (m_graph.isPinned(static_cast<int>(i)))
            continue;
        const QPointF p = m_pos[i];
        const double r = std::hypot(p.x(), p.y());
        if (r > 1e-9) // constant-strength gravity keeps disconnected parts in view
            force[i] -= p / r * (m_settings.gravity * (m_degree[i] + 1.0));
        const double len = std::hypot(force[i].x(), force[i].y());
        if (len < 1e-9 || !std::isfinite(len))
            continue;
        const double move = std::min(len, m_step);
        m_pos[i] += force[i] / len * move;
        moved = moved || move > m_settings.minStep;
    }
    m_step *= m_settings.cooling;
    return moved;
}

} // namespace entente
