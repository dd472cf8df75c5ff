#pragma once

#include "layout.h"

#include <vector>

namespace entente {

/**
 * The shared part of the layouts that place nodes by a rule rather than by forces (Kamada–Kawai,
 * circular, radial, hierarchy, time): it owns the graph copy and the positions, seeds the
 * missing ones, and writes a computed place only for nodes that are not pinned. Subclasses do
 * their work in a few steps so a worker thread can stop between them.
 */
class PlacementLayout : public Layout
{
public:
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    const std::vector<QPointF>& positions() const override { return m_pos; }

protected:
    /** Moves node n to p unless it is pinned. */
    void place(int n, QPointF p);
    /** Undirected neighbour lists (self-loops dropped), built by init(). */
    const std::vector<std::vector<int>>& neighbours() const { return m_adjacent; }
    /** Largest drawn radius, at least `fallback`: the spacing unit of the rule layouts. */
    double largestRadius(double fallback = 10.0) const;
    /** Where a new arrangement is centred: the centroid of the pinned nodes, else the origin. */
    QPointF anchor() const;

    LayoutGraph m_graph;
    std::vector<QPointF> m_pos;

private:
    std::vector<std::vector<int>> m_adjacent;
};

} // namespace entente
