#pragma once

#include "placementlayout.h"

namespace entente {

/**
 * An ego layout: the focus node in the middle and every other node on the ring of its
 * breadth-first distance from it (ties taken both ways). Within a ring nodes follow the angle
 * of the node that reached them, so branches stay together; rings grow to fit their discs.
 * Nodes the focus cannot reach go on one outer ring. One ring is placed per step.
 */
class RadialLayout : public PlacementLayout
{
public:
    explicit RadialLayout(int focus) : m_focus(focus) {}
    QString name() const override { return QStringLiteral("Radial"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;

    /** Breadth-first depth of every node from the focus (-1 when unreachable), after init. */
    const std::vector<int>& depths() const { return m_depth; }

private:
    int m_focus;
    std::vector<int> m_depth;
    std::vector<int> m_parent;
    std::vector<std::vector<int>>
        m_rings; ///< ring k: nodes at depth k; the last holds the unreachable
    std::vector<double> m_angle;
    QPointF m_centre;
    double m_radius = 0;
    size_t m_next = 0;
};

} // namespace entente
