#pragma once

#include "placementlayout.h"

namespace entente {

/**
 * Every node on one circle, ordered by group (entity kind or community) and, within a group, by
 * number of ties, so each group is one arc. The circle is just wide enough for the discs to sit
 * side by side. Pinned nodes keep their place and take no slot.
 */
class CircularLayout : public PlacementLayout
{
public:
    QString name() const override { return QStringLiteral("Circular"); }
    bool step() override;

private:
    bool m_done = false;
};

} // namespace entente
