#pragma once

#include <QGraphicsItem>

namespace entente {

/**
 * What the canvas's drawing layers (edges, plain nodes, labels) share: a box set by the scene
 * rather than computed, no mouse or hover of their own (clicks go to the node items below or
 * pan the view), and the exposed rectangle passed to paint() so they draw only what is seen.
 */
class CanvasLayer : public QGraphicsItem
{
public:
    explicit CanvasLayer(double z);

    void setBounds(const QRectF& bounds);
    QRectF boundingRect() const override { return m_bounds; }

protected:
    /** The part of the layer to draw: the exposed rectangle, or all of it when none is given. */
    QRectF exposedPart(const QStyleOptionGraphicsItem* option) const;

private:
    QRectF m_bounds;
};

} // namespace entente
