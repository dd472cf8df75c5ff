#pragma once

#include "layout.h"

namespace entente {

/**
 * A ForceAtlas2-style force layout: attraction along ties (linear or lin-log), repulsion
 * between every pair weighted by degree, gravity towards the centre, overlap prevention using
 * node radii, and a cooling step size.
 *
 * Repulsion is computed exactly over all pairs, which is right for the few thousand nodes of a
 * focused view; a Barnes–Hut approximation for very large graphs is a separate layout.
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
    };

    ForceLayout() = default;
    explicit ForceLayout(Settings s) : m_settings(s) {}

    QString name() const override { return QStringLiteral("Force (ForceAtlas2-style)"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;
    const std::vector<QPointF>& positions() const override { return m_pos; }

private:
    Settings m_settings;
    LayoutGraph m_graph;
    std::vector<QPointF> m_pos;
    std::vector<int> m_degree;
    double m_step = 0;
};

} // namespace entente
