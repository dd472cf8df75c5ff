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

NodeItem::NodeItem(int vertex, EntityKind kind, QString label, double radius)
    : m_vertex(vertex), m_kind(kind), m_label(std::move(label)), m_radius(radius),
      m_baseRadius(radius)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(m_label);
}

void NodeItem::setLabelVisible(bool visible)
{
    // The label layer draws labels above every node, so a labelled node needs no raised z.
    m_labelVisible = visible;
}

bool NodeItem::showsLabel() const
{
    return !m_label.isEmpty() && (m_labelVisible || isSelected() || m_hovered || m_highlighted);
}

bool NodeItem::isPlain() const
{
    return !isSelected() && !m_hovered && !m_highlighted;
}

void NodeItem::setLayer(QGraphicsItem* layer)
{
    m_layer = layer;
    updateContents();
}

void NodeItem::updateContents()
{
    // A plain node on a large view is drawn by its layer in one batch: the item keeps only its
    // shape for hit testing, and Graphics View skips it when painting.
    const bool batched = m_layer && isPlain();
    if (batched != bool(flags() & ItemHasNoContents)) {
        setFlag(ItemHasNoContents, batched);
        update();
        if (m_layer)
            m_layer->update(sceneBoundingRect());
    }
}

void NodeItem::notifyScene()
{
    if (auto* graph = qobject_cast<GraphScene*>(scene()))
        graph->nodeChanged(this);
}

void NodeItem::setRadius(double radius)
{
    if (radius == m_radius)
        return;
    prepareGeometryChange();
    m_radius = radius;
    notifyScene();
}

void NodeItem::setFill(const QColor& colour)
{
    m_fill = colour;
    update();
    notifyScene();
}

void NodeItem::setCategory(const QString& category)
{
    m_category = category;
    refreshTint();
}

void NodeItem::refreshTint()
{
    m_tint = KindStyle::tinted(m_kind, m_category);
    update();
}

QColor NodeItem::paintColour() const
{
    if (m_fill.isValid())
        return m_fill;
    return m_tint.isValid() ? m_tint : KindStyle::colour(m_kind);
}

void NodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        updateContents();
        update();
    }
}

double NodeItem::labelWidth() const
{
    if (m_labelWidth < 0)
        m_labelWidth = QFontMetricsF(labelFont()).horizontalAdvance(m_label);
    return m_labelWidth;
}

QRectF NodeItem::labelRect(double zoom) const
{
    static const double lineHeight = QFontMetricsF(labelFont()).height();
    const double z = std::max(zoom, 0.01);
    const double w = (labelWidth() + 8) / z;
    const double h = (lineHeight + 2) / z;
    // Just below the node's shape, with two pixels of air.
    return QRectF(pos().x() - w / 2, pos().y() + m_radius * 1.12 + 2 / z, w, h);
}

QRectF NodeItem::boundingRect() const
{
    // Labels are drawn by the scene's label layer, so the box is the shape and its outline.
    const double r = m_radius * 1.2 + 3;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void NodeItem::setZoom(double zoom)
{
    m_zoom = zoom;
}

QPainterPath NodeItem::shape() const
{
    return KindStyle::shape(m_kind, m_radius + 2);
}

void NodeItem::paintShape(QPainter* painter) const
{
    const QColor fill = paintColour();
    const bool selected = isSelected() || m_highlighted;
    painter->setPen(QPen(selected ? KindStyle::selectionColour() : KindStyle::outline(fill),
                         selected ? 3.0 : 1.2));
    painter->setBrush(m_hovered ? fill.lighter(115) : fill);
    painter->drawPath(KindStyle::shape(m_kind, m_radius));
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintShape(painter);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    switch (change) {
    case ItemPositionHasChanged:
        for (EdgeItem* e : std::as_const(m_edges))
            e->adjust();
        notifyScene();
        break;
    case ItemSelectedHasChanged:
        for (EdgeItem* e : std::as_const(m_edges))
            e->endSelectionChanged();
        updateContents();
        notifyScene();
        break;
    case ItemOpacityHasChanged:
    case ItemVisibleHasChanged:
        if (m_layer && (flags() & ItemHasNoContents))
            m_layer->update(sceneBoundingRect());
        break;
    default:
        break;
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    setZValue(3);
    updateContents();
    update();
    if (auto* graph = qobject_cast<GraphScene*>(scene()))
        graph->setHoveredVertex(m_vertex);
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    setZValue(1);
    updateContents();
    update();
    if (auto* graph = qobject_cast<GraphScene*>(scene());
        graph && graph->hoveredVertex() == m_vertex)
        graph->setHoveredVertex(-1);
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace entente
