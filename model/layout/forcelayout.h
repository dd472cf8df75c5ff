#pragma once

#include "layout.h"

#include <vector>

namespace entente {

/**
 * A ForceAtlas2-style force layout: attraction along ties (linear, or lin-log to tighten
 * clusters), repulsion between every pair weighted by degree (kr·(deg+1)(deg+1)/d), gravity
 * towards the centre weighted by degree, overlap prevention using node radii, and a cooling
 * step size. It owns the node positions while it runs.
 *
 * Small graphs get exact all-pairs repulsion; larger ones a Barnes–Hut quadtree (O(n log n)
 * per step) with overlap handled between near bodies. The per-node and per-edge loops of a step
 * are split over `Settings::threads` threads. It supports live mode: a held node stays where the
 * user drags it and the others follow.
 */
class ForceLayout : public Layout
{
public:
    struct Settings
    {
        double repulsion = 2.0; ///< kr, ForceAtlas2's scaling ratio
        double gravity = 1.0;   ///< kg
        bool linLog = false;
        bool preventOverlap = true;
        double initialStep = 40.0;
        double cooling = 0.99;
        double minStep = 0.2;
        unsigned seed = 7;
        /** Above this many nodes repulsion uses a Barnes–Hut quadtree instead of all pairs. */
        int barnesHutFrom = 400;
        double theta = 1.2; ///< Barnes–Hut opening criterion: cell size / distance
        /** Threads for one step; 0 uses every core. Small graphs always use one. */
        int threads = 0;
        /** Below this many nodes + edges a step stays on one thread (threads cost more). */
        int parallelFrom = 20000;
    };

    ForceLayout() = default;
    explicit ForceLayout(Settings s) : m_settings(s) {}

    QString name() const override { return QStringLiteral("Force (ForceAtlas2-style)"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;
    void finish() override;
    const std::vector<QPointF>& positions() const override { return m_pos; }

    bool supportsLive() const override { return true; }
    void holdNode(int node, QPointF p) override;
    void releaseNode(int node) override;

    /** How many threads the last step used. */
    int threadsUsed() const { return m_threadsUsed; }

    /**
     * Degree-weighted repulsion kr·m_i·m_j/d on every node, exactly (theta = 0) or with the
     * Barnes–Hut approximation; public so tests can compare the two.
     */
    static std::vector<QPointF> repulsion(const std::vector<QPointF>& positions,
                                          const std::vector<double>& masses, double kr,
                                          double theta, int threads = 1);

private:
    int threadCount() const;
    bool pinnedNow(size_t i) const { return m_graph.isPinned(static_cast<int>(i)) || m_held[i]; }
    void exactRepulsion(std::vector<QPointF>& force) const;
    void barnesHutRepulsion(std::vector<QPointF>& force, int threads) const;
    void attraction(std::vector<QPointF>& force, int threads);
    /** Pushes apart overlapping discs found through a grid until none overlap (or a bound). */
    void separateOverlaps(int rounds);

    Settings m_settings;
    LayoutGraph m_graph;
    std::vector<QPointF> m_pos;
    std::vector<double> m_mass;                  ///< degree + 1
    std::vector<char> m_held;                    ///< nodes the user holds in live mode
    std::vector<std::vector<QPointF>> m_buffers; ///< per-thread attraction sums
    double m_step = 0;
    int m_threadsUsed = 1;
};

} // namespace entente
