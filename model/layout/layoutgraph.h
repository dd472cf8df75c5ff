#pragma once

#include <QPointF>

#include <utility>
#include <vector>

namespace entente {

/**
 * The plain input of a layout: how many nodes, which pairs are tied, which nodes are pinned and
 * how big each one is drawn. Built by whoever chooses what is visible, so layouts never need
 * to know about entities, filters or widgets.
 */
struct LayoutGraph
{
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<bool> pinned; ///< empty, or one flag per node
    std::vector<double> radius; ///< empty, or one radius per node (for overlap prevention)

    bool isPinned(int n) const { return !pinned.empty() && pinned[static_cast<size_t>(n)]; }
    double radiusOf(int n) const { return radius.empty() ? 0.0 : radius[static_cast<size_t>(n)]; }
};

} // namespace entente
