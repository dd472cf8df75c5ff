#include "nodeitem.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "style/kindstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace entente {

QFont NodeItem::labelFont()
{
    QFont f;
    f.setPointSizeF(9.0);
    return f;
}

void NodeItem::setLabelVisible(bool visible)
{
    if (visible != m_labelVisible) {
        m_labelVisible = visible;
        setZValue(visible ? 2 : 1); // a label sits above unlabelled neighbours
        update();
    }
}

void NodeItem::setRadius(double radius)
{
    if (radius == m_radius)
        return;
    prepareGeometryChange();
    m_radius = radius;
}

void NodeItem::setFill(const QColor& colour)
{
    m_fill = colour;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

QRectF NodeItem::labelRect(double zoom) const
{
    const QFontMetricsF fm(labelFont());
    const double z = std::max(zoom, 0.01);
    const double w = (fm.horizontalAdvance(m_label) + 6) / z;
    const double h = fm.height() / z;
    return QRectF(pos().x() - w / 2, pos().y() + m_radius * 1.15 + 1, w, h);
}

NodeItem::NodeItem(int vertex, EntityKind kind, QString label, double radius)
    : m_vertex(vertex), m_kind(kind), m_label(std::move(label)), m_radius(radius),
      m_baseRadius(radius)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(m_label);
}

QRectF NodeItem::boundingRect() const
{
    const double r = m_radius * 1.2 + 3;
    QRectF box(-r, -r, 2 * r, 2 * r);
    // The label is drawn at a constant screen size, so its box in item units follows the zoom.
    return box.united(labelRect(m_zoom).translated(-pos()).adjusted(-2, -2, 2, 2));
}

void NodeItem::setZoom(double zoom)
{
    if (zoom == m_zoom)
        return;
    prepareGeometryChange();
    m_zoom = zoom;
}

QPainterPath NodeItem::shape() const
{
    return KindStyle::shape(m_kind, m_radius + 2);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor fill = m_fill.isValid() ? m_fill : KindStyle::colour(m_kind);
    const bool selected = isSelected() || m_highlighted;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(selected ? KindStyle::selectionColour() : fill.darker(140), selected ? 3.0 : 1.2));
    painter->setBrush(m_hovered ? fill.lighter(115) : fill);
    painter->drawPath(KindStyle::shape(m_kind, m_radius));

    // Which labels show is decided by the scene (no overlaps); hover and selection add theirs.
    if ((!m_labelVisible && !selected && !m_hovered) || m_label.isEmpty())
        return;
    QFont f = labelFont();
    f.setPointSizeF(f.pointSizeF() / std::max(lod, 0.01)); // constant size on screen
    painter->setFont(f);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(m_label);
    const QRectF box(-w / 2 - 3 / lod, m_radius * 1.15 + 1, w + 6 / lod, fm.height());
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
    if (auto* graph = qobject_cast<GraphScene*>(scene()))
        graph->setHoveredVertex(m_vertex);
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    setZValue(m_labelVisible ? 2 : 1);
    update();
    if (auto* graph = qobject_cast<GraphScene*>(scene());
        graph && graph->hoveredVertex() == m_vertex)
        graph->setHoveredVertex(-1);
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace entente
