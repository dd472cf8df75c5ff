#include "canvaslayer.h"

#include <QStyleOptionGraphicsItem>

namespace entente {

CanvasLayer::CanvasLayer(double z)
{
    setZValue(z);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption);
}

void CanvasLayer::setBounds(const QRectF& bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

QRectF CanvasLayer::exposedPart(const QStyleOptionGraphicsItem* option) const
{
    return option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
}

} // namespace entente
