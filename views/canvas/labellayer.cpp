#include "labellayer.h"

#include "nodeitem.h"
#include "style/kindstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace entente {

LabelLayer::LabelLayer(const std::vector<NodeItem*>* nodes) : CanvasLayer(10), m_nodes(nodes) {}

void LabelLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod =
        std::max(option->levelOfDetailFromTransform(painter->worldTransform()), 0.01);
    const QRectF exposed = exposedPart(option);
    QFont font = NodeItem::labelFont();
    font.setPointSizeF(font.pointSizeF() / lod); // constant size on screen
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const double saved = painter->opacity();
    const QColor plate = KindStyle::labelPlate();
    const QColor text = KindStyle::labelColour();
    const QColor lit = KindStyle::selectionColour();
    // Least important first, so where a hovered or selected label overlaps a placed one the
    // more important is drawn last, on top.
    for (auto it = m_nodes->rbegin(); it != m_nodes->rend(); ++it) {
        const NodeItem* n = *it;
        if (!n->isVisible() || !n->showsLabel())
            continue;
        const QRectF box = n->labelRect(lod);
        if (!box.intersects(exposed))
            continue;
        painter->setOpacity(saved * std::max(n->opacity(), n->isPlain() ? 0.0 : 0.9));
        painter->setPen(n->isSelected() || n->isHighlighted() ? QPen(lit, 1.2 / lod) : Qt::NoPen);
        painter->setBrush(plate);
        painter->drawRoundedRect(box, 3 / lod, 3 / lod);
        painter->setPen(text);
        painter->drawText(box, Qt::AlignCenter, n->label());
    }
    painter->setOpacity(saved);
}

} // namespace entente
