#pragma once

#include "placementlayout.h"

namespace entente {

/**
 * A time line: x is the node's start year (LayoutGraph::year), so left-to-right reads as
 * history; undated nodes stand in a column left of the earliest year. Vertically each group
 * (entity kind) has its own band, and inside a band nodes take the first free lane at their x,
 * so no two discs overlap and x stays exact. One band is placed per step.
 */
class TimeLayout : public PlacementLayout
{
public:
    QString name() const override { return QStringLiteral("Time"); }
    void init(const LayoutGraph& graph, std::vector<QPointF> positions) override;
    bool step() override;

    /** The x of a year (after init): linear, increasing. */
    double xForYear(double year) const { return (year - m_firstYear) * m_pixelsPerYear; }

private:
    double m_firstYear = 0;
    double m_pixelsPerYear = 10;
    double m_undatedX = 0;
    std::vector<std::vector<int>> m_bands;
    size_t m_next = 0;
    double m_top = 0;
};

} // namespace entente
