#include "forcelayout.h"

#include "parallelchunks.h"

#include <QtGlobal>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <random>

namespace entente {

namespace {

/** A quadtree cell: its square, total mass and centre of mass, and children or one body. */
struct Cell
{
    double x0, y0, size;
    double mass = 0, cx = 0, cy = 0;
    int child[4] = {-1, -1, -1, -1};
    int body = -1; // the single body of a leaf, -1 for an internal or empty cell
    bool leaf() const { return child[0] < 0 && child[1] < 0 && child[2] < 0 && child[3] < 0; }
};

/**
 * The Barnes–Hut quadtree over all bodies. Built once per step on one thread; read by every
 * thread afterwards (force() is const and keeps its traversal stack on the caller's stack).
 */
class QuadTree
{
public:
    QuadTree(const std::vector<QPointF>& pos, const std::vector<double>& mass,
             const std::vector<double>* radius)
        : m_pos(pos), m_mass(mass), m_radius(radius)
    {
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const QPointF& p : pos) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
        if (radius)
            for (double r : *radius)
                m_maxRadius = std::max(m_maxRadius, r);
        m_cells.reserve(pos.size() * 2 + 1);
        m_cells.push_back(Cell{minX, minY, size});
        // Inserting bodies in Morton (Z-curve) order walks nearly the same path for consecutive
        // bodies and allocates cells almost in preorder: both keep the build in cache.
        std::vector<std::pair<std::uint32_t, int>> byCurve(pos.size());
        const double scale = 65535.0 / size;
        for (size_t i = 0; i < pos.size(); ++i) {
            const auto qx = static_cast<std::uint32_t>((pos[i].x() - minX) * scale);
            const auto qy = static_cast<std::uint32_t>((pos[i].y() - minY) * scale);
            byCurve[i] = {interleave(qx) | (interleave(qy) << 1), static_cast<int>(i)};
        }
        std::sort(byCurve.begin(), byCurve.end());
        for (const auto& [code, body] : byCurve)
            insert(0, body, 0);
        flatten();
    }

    /**
     * The repulsion on body i. Far cells act through their centre of mass; single bodies met
     * in leaves repel by the gap between their discs when radii are given (overlap prevention:
     * touching discs push a hundred times harder).
     */
    QPointF force(int i, double kr, double theta) const
    {
        const QPointF& p = m_pos[static_cast<size_t>(i)];
        const double mi = m_mass[static_cast<size_t>(i)];
        const double ri = m_radius ? (*m_radius)[static_cast<size_t>(i)] : 0.0;
        const double theta2 = theta * theta;
        double fx = 0, fy = 0;
        // The flat preorder walk: opening a cell goes to its first child, accepting or
        // skipping it jumps past its subtree, so no stack is needed and memory is read forwards.
        const auto end = static_cast<int>(m_flat.size());
        int k = 0;
        while (k < end) {
            const FlatCell& c = m_flat[static_cast<size_t>(k)];
            if (c.body == i) {
                k = c.next;
                continue;
            }
            const double dx = p.x() - c.cx, dy = p.y() - c.cy;
            const double d2 = dx * dx + dy * dy;
            const bool leaf = c.firstChild < 0;
            // With radii, a cell whose discs could touch body i is always opened, so that
            // near pairs repel by their true gap and never through a centre of mass.
            bool open = !leaf && (d2 <= 0 || c.size * c.size >= theta2 * d2);
            if (!leaf && !open && m_radius) {
                const double reach = c.size * 0.71 + ri + m_maxRadius;
                open = d2 < reach * reach;
            }
            if (open) {
                k = c.firstChild;
                continue;
            }
            k = c.next;
            // Coincident bodies (only in a deep leaf) have no direction to push; skip them.
            if (d2 < 1e-18)
                continue;
            const double dist = std::sqrt(d2);
            double mag;
            if (leaf && c.body >= 0 && m_radius) {
                const double gap = dist - ri - (*m_radius)[static_cast<size_t>(c.body)];
                mag = gap > 0 ? kr * mi * c.mass / gap : kr * mi * c.mass * 100.0;
            } else {
                mag = kr * mi * c.mass / dist;
            }
            fx += dx / dist * mag;
            fy += dy / dist * mag;
        }
        return {fx, fy};
    }

    /** The bodies in the order the tree's leaves lie: neighbours in space are near in it. */
    const std::vector<int>& spatialOrder() const { return m_order; }

private:
    /** Spreads the 16 low bits of v to the even bit positions. */
    static std::uint32_t interleave(std::uint32_t v)
    {
        v &= 0xffff;
        v = (v | (v << 8)) & 0x00ff00ff;
        v = (v | (v << 4)) & 0x0f0f0f0f;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    }

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
        const bool empty = c.mass == 0 && c.body < 0 && c.leaf();
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
            const int q =
                quadrant(m_cells[static_cast<size_t>(cell)], m_pos[static_cast<size_t>(old)]);
            const int child = childOf(cell, q);
            insert(child, old, depth + 1);
        }
        const int q = quadrant(m_cells[static_cast<size_t>(cell)], p);
        const int child = childOf(cell, q);
        insert(child, body, depth + 1);
    }

    /** Lays the non-empty cells out in depth-first preorder with skip indices, and the bodies
     * in leaf order. */
    void flatten()
    {
        m_flat.reserve(m_cells.size());
        m_order.reserve(m_pos.size());
        std::vector<char> listed(m_pos.size(), 0);
        layOut(0, listed);
        for (size_t i = 0; i < m_pos.size(); ++i) // coincident extras of deep leaves
            if (!listed[i])
                m_order.push_back(static_cast<int>(i));
    }

    void layOut(int cell, std::vector<char>& listed)
    {
        const Cell& c = m_cells[static_cast<size_t>(cell)];
        if (c.mass == 0)
            return;
        const auto at = m_flat.size();
        m_flat.push_back(FlatCell{c.cx, c.cy, c.mass, c.size, 0, -1, c.body});
        if (c.body >= 0 && !listed[static_cast<size_t>(c.body)]) {
            listed[static_cast<size_t>(c.body)] = 1;
            m_order.push_back(c.body);
        }
        if (!c.leaf()) {
            m_flat[at].firstChild = static_cast<int>(m_flat.size());
            for (int k : c.child)
                if (k >= 0)
                    layOut(k, listed);
            if (m_flat[at].firstChild == static_cast<int>(m_flat.size()))
                m_flat[at].firstChild = -1; // every child was empty
        }
        m_flat[at].next = static_cast<int>(m_flat.size());
    }

    /** A cell as the force walk reads it. */
    struct FlatCell
    {
        double cx, cy, mass, size;
        int next;       ///< the index after this cell's subtree
        int firstChild; ///< -1 for a leaf
        int body;
    };

    const std::vector<QPointF>& m_pos;
    const std::vector<double>& m_mass;
    const std::vector<double>* m_radius;
    double m_maxRadius = 0;
    std::vector<Cell> m_cells;
    std::vector<FlatCell> m_flat;
    std::vector<int> m_order;
};

} // namespace

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
    m_mass.assign(n, 1.0);
    for (const auto& [a, b] : graph.edges) {
        m_mass[static_cast<size_t>(a)] += 1.0;
        m_mass[static_cast<size_t>(b)] += 1.0;
    }
    m_held.assign(n, 0);
    m_step = m_settings.initialStep;
}

int ForceLayout::threadCount() const
{
    const auto work = static_cast<size_t>(m_graph.nodeCount) + m_graph.edges.size();
    if (work < static_cast<size_t>(m_settings.parallelFrom))
        return 1;
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return m_settings.threads > 0 ? m_settings.threads : cores;
}

void ForceLayout::exactRepulsion(std::vector<QPointF>& force) const
{
    const size_t n = m_pos.size();
    const double kr = m_settings.repulsion;
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            QPointF d = m_pos[i] - m_pos[j];
            double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-6) {
                d = QPointF(0.01 * static_cast<double>(i % 7 + 1),
                            0.01 * static_cast<double>(j % 5 + 1));
                dist = std::hypot(d.x(), d.y());
            }
            double gap = dist;
            if (m_settings.preventOverlap)
                gap = dist - m_graph.radiusOf(static_cast<int>(i)) -
                      m_graph.radiusOf(static_cast<int>(j));
            const double mm = m_mass[i] * m_mass[j];
            const double f = gap > 0 ? kr * mm / gap : kr * mm * 100.0;
            const QPointF push = d / dist * f;
            force[i] += push;
            force[j] -= push;
        }
    }
}

void ForceLayout::barnesHutRepulsion(std::vector<QPointF>& force, int threads) const
{
    const bool radii = m_settings.preventOverlap && !m_graph.radius.empty();
    const QuadTree tree(m_pos, m_mass, radii ? &m_graph.radius : nullptr);
    const double kr = m_settings.repulsion, theta = m_settings.theta;
    const auto& order = tree.spatialOrder();
    parallelChunks(order.size(), threads, [&](int, size_t begin, size_t end) {
        for (size_t k = begin; k < end; ++k)
            force[static_cast<size_t>(order[k])] = tree.force(order[k], kr, theta);
    });
}

void ForceLayout::attraction(std::vector<QPointF>& force, int threads)
{
    const size_t n = m_pos.size();
    const bool overlap = m_settings.preventOverlap && !m_graph.radius.empty();
    const bool linLog = m_settings.linLog;
    // Each thread sums its share of the edges into a buffer of its own; the buffers are then
    // added per node, again split by node, so no two threads ever write the same slot.
    m_buffers.resize(static_cast<size_t>(std::max(0, threads - 1)));
    for (auto& b : m_buffers)
        b.assign(n, QPointF(0, 0));
    parallelChunks(m_graph.edges.size(), threads, [&](int chunk, size_t begin, size_t end) {
        std::vector<QPointF>& out = chunk == 0 ? force : m_buffers[static_cast<size_t>(chunk - 1)];
        for (size_t e = begin; e < end; ++e) {
            const auto ia = static_cast<size_t>(m_graph.edges[e].first);
            const auto ib = static_cast<size_t>(m_graph.edges[e].second);
            const double dx = m_pos[ib].x() - m_pos[ia].x(), dy = m_pos[ib].y() - m_pos[ia].y();
            const double dist = std::sqrt(dx * dx + dy * dy);
            if (dist < 1e-6)
                continue;
            double gap = dist;
            if (overlap)
                gap = std::max(0.0, dist - m_graph.radius[ia] - m_graph.radius[ib]);
            // ForceAtlas2: attraction grows with distance (linearly, or logarithmically in
            // lin-log mode, which tightens clusters); balanced against kr·(d1+1)(d2+1)/d.
            const double f = (linLog ? std::log1p(gap) : gap) / dist;
            out[ia] += QPointF(dx * f, dy * f);
            out[ib] -= QPointF(dx * f, dy * f);
        }
    });
    if (!m_buffers.empty())
        parallelChunks(n, threads, [&](int, size_t begin, size_t end) {
            for (const auto& b : m_buffers)
                for (size_t i = begin; i < end; ++i)
                    force[i] += b[i];
        });
}

bool ForceLayout::step()
{
    const auto n = static_cast<size_t>(m_graph.nodeCount);
    if (n == 0 || m_step < m_settings.minStep)
        return false;
    const int threads = threadCount();
    m_threadsUsed = threads;
    std::vector<QPointF> force(n, QPointF(0, 0));
    if (static_cast<int>(n) >= m_settings.barnesHutFrom)
        barnesHutRepulsion(force, threads);
    else
        exactRepulsion(force);
    attraction(force, threads);

    std::vector<char> movedBy(static_cast<size_t>(threads), 0);
    parallelChunks(n, threads, [&](int chunk, size_t begin, size_t end) {
        bool moved = false;
        for (size_t i = begin; i < end; ++i) {
            if (pinnedNow(i))
                continue;
            const QPointF p = m_pos[i];
            const double r = std::hypot(p.x(), p.y());
            if (r > 1e-9) // constant-strength gravity keeps disconnected parts in view
                force[i] -= p / r * (m_settings.gravity * m_mass[i]);
            const double len = std::hypot(force[i].x(), force[i].y());
            if (len < 1e-9 || !std::isfinite(len))
                continue;
            const double move = std::min(len, m_step);
            m_pos[i] += force[i] / len * move;
            moved = moved || move > m_settings.minStep;
        }
        movedBy[static_cast<size_t>(chunk)] = moved;
    });
    m_step *= m_settings.cooling;
    return std::any_of(movedBy.begin(), movedBy.end(), [](char m) { return m != 0; });
}

void ForceLayout::finish()
{
    // Forces alone leave discs touching where ties pull hard (hubs); a separation pass at the
    // end guarantees none overlap. Jammed clusters need many rounds; on huge graphs we bound it.
    if (m_settings.preventOverlap && !m_graph.radius.empty())
        separateOverlaps(m_graph.nodeCount > 20000 ? 50 : 2000);
}

void ForceLayout::separateOverlaps(int rounds)
{
    const size_t n = m_pos.size();
    if (n < 2)
        return;
    const double cell = 2.0 * *std::max_element(m_graph.radius.begin(), m_graph.radius.end());
    if (cell <= 0)
        return;
    // A uniform grid of cells as wide as the largest disc: overlapping discs are always in the
    // same or neighbouring cells, so each round looks at near pairs only.
    auto keyOf = [cell](QPointF p) {
        const auto cx = static_cast<std::int64_t>(std::floor(p.x() / cell));
        const auto cy = static_cast<std::int64_t>(std::floor(p.y() / cell));
        return (cx << 32) ^ (cy & 0xffffffff);
    };
    std::vector<std::pair<std::int64_t, int>> grid(n);
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < n; ++i)
            grid[i] = {keyOf(m_pos[i]), static_cast<int>(i)};
        std::sort(grid.begin(), grid.end());
        bool any = false;
        for (size_t i = 0; i < n; ++i) {
            const auto cx = static_cast<std::int64_t>(std::floor(m_pos[i].x() / cell));
            const auto cy = static_cast<std::int64_t>(std::floor(m_pos[i].y() / cell));
            for (std::int64_t gx = cx - 1; gx <= cx + 1; ++gx)
                for (std::int64_t gy = cy - 1; gy <= cy + 1; ++gy) {
                    const std::int64_t key = (gx << 32) ^ (gy & 0xffffffff);
                    auto it = std::lower_bound(grid.begin(), grid.end(), std::make_pair(key, 0));
                    for (; it != grid.end() && it->first == key; ++it) {
                        const auto j = static_cast<size_t>(it->second);
                        if (j <= i)
                            continue;
                        const bool pi = pinnedNow(i), pj = pinnedNow(j);
                        if (pi && pj)
                            continue;
                        QPointF d = m_pos[j] - m_pos[i];
                        double dist = std::hypot(d.x(), d.y());
                        const double need = m_graph.radius[i] + m_graph.radius[j] + 0.5;
                        if (dist >= need)
                            continue;
                        any = true;
                        if (dist < 1e-9) { // same spot: split them along a direction from the ids
                            const double a = static_cast<double>(i * 31 + j) * 2.399963;
                            d = QPointF(std::cos(a), std::sin(a));
                            dist = 1.0;
                        }
                        const QPointF push = d / dist * (need - dist + 0.01);
                        if (pi)
                            m_pos[j] += push;
                        else if (pj)
                            m_pos[i] -= push;
                        else {
                            m_pos[i] -= push / 2;
                            m_pos[j] += push / 2;
                        }
                    }
                }
        }
        if (!any)
            return;
    }
}

void ForceLayout::holdNode(int node, QPointF p)
{
    if (node < 0 || node >= m_graph.nodeCount)
        return;
    m_held[static_cast<size_t>(node)] = 1;
    m_pos[static_cast<size_t>(node)] = p;
    // Wake a settled layout so the neighbours follow the dragged node.
    m_step = std::max(m_step, m_settings.initialStep * 0.25);
}

void ForceLayout::releaseNode(int node)
{
    if (node >= 0 && node < m_graph.nodeCount)
        m_held[static_cast<size_t>(node)] = 0;
}

std::vector<QPointF> ForceLayout::repulsion(const std::vector<QPointF>& positions,
                                            const std::vector<double>& masses, double kr,
                                            double theta, int threads)
{
    std::vector<QPointF> out(positions.size(), QPointF(0, 0));
    if (positions.empty())
        return out;
    const QuadTree tree(positions, masses, nullptr);
    const auto& order = tree.spatialOrder();
    parallelChunks(order.size(), threads, [&](int, size_t begin, size_t end) {
        for (size_t k = begin; k < end; ++k)
            out[static_cast<size_t>(order[k])] = tree.force(order[k], kr, theta);
    });
    return out;
}

} // namespace entente
