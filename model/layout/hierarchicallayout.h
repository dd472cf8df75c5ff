#pragma once

#include "placementlayout.h"

namespace entente {

/**
 * A layered drawing of the hierarchy edges (LayoutGraph::treeEdge, first node above second:
 * general concept above specific one, predecessor above successor), Sugiyama-lite: cycles are
 * broken by dropping back edges of a depth-first search, each node goes on the layer of its
 * longest path from a root, then alternate downward and upward barycentre sweeps reorder each
 * layer to reduce crossings (one sweep per step). Nodes outside the hierarchy are set out in
 * rows below it.
 */
class HierarchicalLayout : public PlacementLayout
{
public:
    QString name() const override { return QStringLiteral("Hierarchy"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;

    /** The layer of every node after init (-1 for nodes outside the hierarchy). */
    const std::vector<int>& layers() const { return m_layer; }

    static constexpr int Sweeps = 8;

private:
    void sweep(bool down);
    void assignCoordinates();

    std::vector<int> m_layer;
    std::vector<std::vector<int>> m_up;    ///< per node: the nodes above it (kept edges)
    std::vector<std::vector<int>> m_down;  ///< per node: the nodes below it
    std::vector<std::vector<int>> m_order; ///< per layer: its nodes left to right
    std::vector<int> m_outside;
    int m_sweep = 0;
};

} // namespace entente
