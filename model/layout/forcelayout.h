#pragma once

#include "layout.h"

namespace entente {

/**
 * A ForceAtlas2-style force layout: attraction along ties (linear or lin-log), repulsion
 * between every pair weighted by degree, gravity towards the centre, overlap prevention using
 * node radii, and a cooling step size.
 *
 * Small graphs get exact all-pairs repulsion with overlap prevention; larger ones a Barnes–Hut
 * quadtree (O(n log n) per step), with overlap handled between near neighbours only.
 */
class ForceLayout : public Layout
{
public:
    struct Settings
    {
        double repulsion = 2.0; ///< kr, ForceAtlas2's scaling ratio
        double gravity = 1.0; ///< kg
        bool linLog = false;
        bool preventOverlap = true;
        double initialStep = 40.0;
        double cooling = 0.99;
        double minStep = 0.2;
        unsigned seed = 7;
        /** Above this many nodes repulsion uses a Barnes–Hut quadtree instead of all pairs. */
        int barnesHutFrom = 400;
        double theta = 1.2; ///< Barnes–Hut opening criterion: cell size / distance
    };

    ForceLayout() = default;
    explicit ForceLayout(Settings s) : m_settings(s) {}

    QString name() const override { return QStringLiteral("Force (ForceAtlas2-style)"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;
    const std::vector<QPointF>& positions() const override { return m_pos; }

    /**
     * Degree-weighted repulsion kr·m_i·m_j/d on every node, exactly (theta = 0) or with the
     * Barnes–Hut approximation; public so tests can compare the two.
     */
    static std::vector<QPointF> repulsion(const std::vector<QPointF>& positions, const std::vector<double>& masses,
                                          double kr, double theta);

private:
    Settings m_settings;
    LayoutGraph m_graph;
    std::vector<QPointF> m_pos;
    std::vector<int> m_degree;
    double m_step = 0;
};

} // namespace entente
