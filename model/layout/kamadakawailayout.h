#pragma once

#include "placementlayout.h"

namespace entente {

/**
 * Boost's Kamada–Kawai spring layout (graph distance as spring length), for small focus graphs:
 * it needs all-pairs distances, so init() refuses graphs above `maxNodes` with a message saying
 * why. It works per connected component (one component per step, largest first), packs the
 * components in rows, and moves a component holding pinned nodes so that those stay put.
 */
class KamadaKawaiLayout : public PlacementLayout
{
public:
    explicit KamadaKawaiLayout(int maxNodes = DefaultMaxNodes) : m_maxNodes(maxNodes) {}
    QString name() const override { return QStringLiteral("Kamada–Kawai"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;

    static constexpr int DefaultMaxNodes = 1000;

private:
    void layOutComponent(const std::vector<int>& nodes);

    int m_maxNodes;
    std::vector<std::vector<int>> m_components;
    size_t m_next = 0;
    double m_shelfX = 0, m_shelfY = 0, m_shelfHeight = 0, m_rowWidth = 0;
};

} // namespace entente
