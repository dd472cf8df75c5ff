#include "nodeitem.h"

#include "edgeitem.h"
#include "style/kindstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace entente {

namespace {
QFont labelFont()
{
    QFont f;
    f.setPointSizeF(9.0);
    return f;
}
} // namespace

NodeItem::NodeItem(int vertex, EntityKind kind, QString label, double radius)
    : m_vertex(vertex), m_kind(kind), m_label(std::move(label)), m_radius(radius)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(m_label);
}

QRectF NodeItem::boundingRect() const
{
    const double r = m_radius * 1.2 + 3;
    const QFontMetricsF fm(labelFont());
    const double w = std::max(2 * r, fm.horizontalAdvance(m_label) + 8);
    return QRectF(-w / 2, -r, w, 2 * r + fm.height() + 4);
}

QPainterPath NodeItem::shape() const
{
    return KindStyle::shape(m_kind, m_radius + 2);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor fill = KindStyle::colour(m_kind);
    const bool selected = isSelected();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? KindStyle::selectionColour() : fill.darker(140), selected ? 3.0 : 1.2));
    painter->setBrush(m_hovered ? fill.lighter(115) : fill);
    painter->drawPath(KindStyle::shape(m_kind, m_radius));

    // Labels appear once the node is big enough on screen, or always for prominent nodes.
    const bool showLabel = selected || m_hovered || m_radius * lod >= 9.0 || (m_prominent && lod >= 0.35);
    if (!showLabel || m_label.isEmpty())
        return;
    QFont f = labelFont();
    if (lod < 1.0)
        f.setPointSizeF(f.pointSizeF() / std::max(lod, 0.35)); // keep labels readable when zoomed out
    painter->setFont(f);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(m_label);
    const QRectF box(-w / 2 - 3, m_radius * 1.15 + 1, w + 6, fm.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(KindStyle::labelColour());
    painter->drawText(box, Qt::AlignCenter, m_label);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        for (EdgeItem* e : std::as_const(m_edges))
            e->adjust();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    setZValue(3);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    setZValue(1);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace entente
