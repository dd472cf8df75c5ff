#include "nodelayer.h"

#include "nodeitem.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace entente {

namespace {

/** Below this radius on screen a node's shape cannot be told apart: a square is drawn. */
constexpr double ShapePixels = 2.5;

} // namespace

NodeLayer::NodeLayer(const std::vector<NodeItem*>* nodes) : CanvasLayer(1), m_nodes(nodes) {}

void NodeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = exposedPart(option);
    QHash<QRgb, QVector<QRectF>> specks;
    std::vector<const NodeItem*> shapes;
    // Draw in reverse importance, so the most connected nodes land on top, as z-order would.
    for (auto it = m_nodes->rbegin(); it != m_nodes->rend(); ++it) {
        const NodeItem* n = *it;
        if (!(n->flags() & QGraphicsItem::ItemHasNoContents) || !n->isVisible())
            continue; // an emphasised node paints itself
        const double opacity = n->opacity();
        if (opacity < 0.01)
            continue;
        const QPointF p = n->pos();
        const double r = n->radius() * 1.2 + 2;
        if (p.x() + r < exposed.left() || p.x() - r > exposed.right() ||
            p.y() + r < exposed.top() || p.y() - r > exposed.bottom())
            continue;
        if (n->radius() * lod >= ShapePixels) {
            shapes.push_back(n);
            continue;
        }
        QColor c = n->paintColour();
        c.setAlphaF(std::clamp(std::lround(opacity * 16) / 16.0, 0.0625, 1.0));
        const double s = std::max(n->radius(), 0.8 / std::max(lod, 1e-6)); // at least a pixel
        specks[c.rgba()].append(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (auto it = specks.constBegin(); it != specks.constEnd(); ++it) {
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(it.value());
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double saved = painter->opacity();
    for (const NodeItem* n : shapes) {
        painter->setOpacity(saved * n->opacity());
        painter->translate(n->pos());
        n->paintShape(painter);
        painter->translate(-n->pos());
    }
    painter->setOpacity(saved);
}

} // namespace entente
