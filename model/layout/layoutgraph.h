#pragma once

#include <QPointF>
#include <utility>
#include <vector>

namespace entente {

/**
 * The plain input of a layout: how many nodes, which pairs are tied, which nodes are pinned and
 * how big each one is drawn. Built by whoever chooses what is visible, so layouts never need
 * to know about entities, filters or widgets. The optional per-node and per-edge facts feed the
 * layouts that order by something other than ties (circular, hierarchy, time).
 */
struct LayoutGraph
{
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<bool> pinned;   ///< empty, or one flag per node
    std::vector<double> radius; ///< empty, or one radius per node (for overlap prevention)
    std::vector<int> group;     ///< empty, or one group per node (entity kind, community…)
    std::vector<double> year;   ///< empty, or one start year per node (NaN when undated)
    /** Empty, or one flag per edge: the edges a hierarchy is built from (first above second). */
    std::vector<bool> treeEdge;

    bool isPinned(int n) const { return !pinned.empty() && pinned[static_cast<size_t>(n)]; }
    double radiusOf(int n) const { return radius.empty() ? 0.0 : radius[static_cast<size_t>(n)]; }
    int groupOf(int n) const { return group.empty() ? 0 : group[static_cast<size_t>(n)]; }
    bool isTreeEdge(size_t e) const { return treeEdge.empty() || treeEdge[e]; }
};

} // namespace entente
