#include "forcelayout.h"

#include <algorithm>
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

    if (static_cast<int>(n) >= m_settings.barnesHutFrom) {
        std::vector<double> masses(n);
        for (size_t i = 0; i < n; ++i)
            masses[i] = m_degree[i] + 1.0;
        force = repulsion(m_pos, masses, kr, m_settings.theta);
    } else {
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

namespace entente {

namespace {

/** A quadtree cell: its square, total mass and centre of mass, and children or one body. */
struct Cell
{
    double x0, y0, size;
    double mass = 0, cx = 0, cy = 0;
    int child[4] = {-1, -1, -1, -1};
    int body = -1; // the single body of a leaf, -1 for an internal or empty cell
};

class QuadTree
{
public:
    QuadTree(const std::vector<QPointF>& pos, const std::vector<double>& mass) : m_pos(pos), m_mass(mass)
    {
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const QPointF& p : pos) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
        m_cells.reserve(pos.size() * 2 + 1);
        m_cells.push_back(Cell{minX, minY, size});
        for (size_t i = 0; i < pos.size(); ++i)
            insert(0, static_cast<int>(i), 0);
    }

    QPointF force(int i, double kr, double theta) const
    {
        QPointF f(0, 0);
        accumulate(0, i, kr, theta, f);
        return f;
    }

private:
    int quadrant(const Cell& c, const QPointF& p) const
    {
        const double half = c.size / 2;
        return (p.x() >= c.x0 + half ? 1 : 0) + (p.y() >= c.y0 + half ? 2 : 0);
    }

    int childOf(int cell, int q)
    {
        if (m_cells[static_cast<size_t>(cell)].child[q] < 0) {
            const Cell& c = m_cells[static_cast<size_t>(cell)];
            const double half = c.size / 2;
            Cell child{c.x0 + (q & 1 ? half : 0), c.y0 + (q & 2 ? half : 0), half};
            m_cells.push_back(child);
            m_cells[static_cast<size_t>(cell)].child[q] = static_cast<int>(m_cells.size()) - 1;
        }
        return m_cells[static_cast<size_t>(cell)].child[q];
    }

    void insert(int cell, int body, int depth)
    {
        const QPointF& p = m_pos[static_cast<size_t>(body)];
        const double m = m_mass[static_cast<size_t>(body)];
        Cell& c = m_cells[static_cast<size_t>(cell)];
        const bool empty = c.mass == 0 && c.body < 0 && c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
        c.cx = (c.cx * c.mass + p.x() * m) / (c.mass + m);
        c.cy = (c.cy * c.mass + p.y() * m) / (c.mass + m);
        c.mass += m;
        if (empty) {
            c.body = body;
            return;
        }
        // Coincident points would split forever: keep them together in one deep leaf.
        if (depth > 48)
            return;
        if (c.body >= 0) {
            const int old = c.body;
            m_cells[static_cast<size_t>(cell)].body = -1;
            const int q = quadrant(m_cells[static_cast<size_t>(cell)], m_pos[static_cast<size_t>(old)]);
            const int child = childOf(cell, q);
            insert(child, old, depth + 1);
        }
        const int q = quadrant(m_cells[static_cast<size_t>(cell)], p);
        const int child = childOf(cell, q);
        insert(child, body, depth + 1);
    }

    void accumulate(int cell, int i, double kr, double theta, QPointF& f) const
    {
        const Cell& c = m_cells[static_cast<size_t>(cell)];
        if (c.mass == 0 || c.body == i)
            return;
        const QPointF& p = m_pos[static_cast<size_t>(i)];
        const double dx = p.x() - c.cx, dy = p.y() - c.cy;
        double dist = std::hypot(dx, dy);
        const bool leaf = c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
        if (leaf || (dist > 0 && c.size / dist < theta)) {
            // Coincident bodies (only in a deep leaf) have no direction to push; skip them.
            if (dist < 1e-9)
                return;
            const double mag = kr * m_mass[static_cast<size_t>(i)] * c.mass / dist;
            f += QPointF(dx / dist * mag, dy / dist * mag);
            return;
        }
        for (int k : c.child)
            if (k >= 0)
                accumulate(k, i, kr, theta, f);
    }

    const std::vector<QPointF>& m_pos;
    const std::vector<double>& m_mass;
    std::vector<Cell> m_cells;
};

} // namespace

std::vector<QPointF> ForceLayout::repulsion(const std::vector<QPointF>& positions, const std::vector<double>& masses, double kr,
                                            double theta)
{
    std::vector<QPointF> out(positions.size(), QPointF(0, 0));
    if (positions.empty())
        return out;
    const QuadTree tree(positions, masses);
    for (size_t i = 0; i < positions.size(); ++i)
        out[i] = tree.force(static_cast<int>(i), kr, theta);
    return out;
}

} // namespace entente
