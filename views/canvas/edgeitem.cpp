#include "edgeitem.h"

#include "nodeitem.h"
#include "style/kindstyle.h"
#include "style/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace entente {

namespace {

/** Below this zoom an arc is indistinguishable from a line: draw it straight. */
constexpr double ArcZoom = 0.35;
/** Below this zoom arrowheads would be specks. */
constexpr double ArrowZoom = 0.3;
constexpr int ArcSegments = 10;

} // namespace

EdgeItem::EdgeItem(int relation, NodeItem* source, NodeItem* target, QColor colour, QString tooltip,
                   bool directed)
    : m_relation(relation), m_source(source), m_target(target), m_colour(colour),
      m_directed(directed)
{
    setZValue(0);
    setToolTip(tooltip);
    setAcceptedMouseButtons(Qt::NoButton);
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

void EdgeItem::changed()
{
    if (m_layer)
        m_layer->update();
    else
        update();
}

void EdgeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        setZValue(on ? 0.5 : 0);
        changed();
    }
}

void EdgeItem::setChange(int change)
{
    if (change != m_change) {
        m_change = change;
        setZValue(change ? 0.4 : (m_highlighted ? 0.5 : 0));
        changed();
    }
}

void EdgeItem::setColour(const QColor& colour)
{
    m_colour = colour;
    changed();
}

void EdgeItem::setDash(Qt::PenStyle style)
{
    m_dash = style;
    changed();
}

void EdgeItem::setBend(double bend)
{
    if (bend == m_bend)
        return;
    prepareGeometryChange();
    m_bend = bend;
    changed();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    m_from = m_source->pos();
    m_to = m_target->pos();
    if (m_layer)
        m_layer->update();
}

void EdgeItem::endSelectionChanged()
{
    m_endSelected = m_source->isSelected() || m_target->isSelected();
    changed();
}

QPointF EdgeItem::controlPoint() const
{
    const QPointF mid = (m_from + m_to) / 2;
    if (m_bend == 0)
        return mid;
    const QLineF line(m_from, m_to);
    const double length = line.length();
    if (length < 1e-6)
        return mid;
    // The normal is taken from the lower vertex to the higher one, so that parallel arcs fan
    // out on both sides whichever way each relation points.
    const bool forward = m_source->vertex() < m_target->vertex();
    const QPointF d = (forward ? m_to - m_from : m_from - m_to) / length;
    const QPointF normal(-d.y(), d.x());
    return mid + normal * m_bend * std::min(0.22 * length, 36.0);
}

void EdgeItem::appendSegments(QVector<QLineF>& out, double lod) const
{
    if (m_bend == 0 || lod < ArcZoom) {
        out.append(QLineF(m_from, m_to));
        return;
    }
    const QPointF c = controlPoint();
    QPointF previous = m_from;
    for (int i = 1; i <= ArcSegments; ++i) {
        const double t = static_cast<double>(i) / ArcSegments;
        const QPointF p = (1 - t) * (1 - t) * m_from + 2 * (1 - t) * t * c + t * t * m_to;
        out.append(QLineF(previous, p));
        previous = p;
    }
}

QPolygonF EdgeItem::arrowHead(double lod) const
{
    const double length = QLineF(m_from, m_to).length();
    // Only once the arrow is big enough on screen to read.
    if (!m_directed || lod < ArrowZoom || length * lod < 30)
        return {};
    const double scale = 1.0 / std::max(lod, 0.05);
    const double size = 7.0 * scale * (m_highlighted ? 1.4 : 1.0);
    // The head follows the arc's last direction: from its control point to the target.
    const QPointF back = (m_bend != 0 && lod >= ArcZoom) ? controlPoint() : m_from;
    const QLineF last(back, m_to);
    if (last.length() < 1e-6)
        return {};
    const QPointF unit = (back - m_to) / last.length();
    const QPointF tip = m_to + unit * (m_target->radius() + 1.0 * scale);
    const QPointF normal(-unit.y(), unit.x());
    return QPolygonF{tip, tip + unit * size + normal * size * 0.5,
                     tip + unit * size - normal * size * 0.5};
}

double EdgeItem::fadeForZoom(double lod)
{
    // Full strength from the natural size up; zoomed out, a dense picture would be a solid
    // blot, so ordinary edges recede to a third.
    return std::clamp(0.3 + 0.7 * lod, 0.3, 1.0);
}

QRectF EdgeItem::boundingRect() const
{
    const double pad = m_directed ? 12 : 2; // room for the arrowhead's wings
    QRectF box = QRectF(m_from, m_to).normalized();
    if (m_bend != 0) {
        const QPointF c = controlPoint();
        box |= QRectF(c, c);
    }
    return box.adjusted(-pad, -pad, pad, pad);
}

void EdgeItem::paintEdge(QPainter* painter, double lod) const
{
    const bool highlighted = m_highlighted || m_source->isSelected() || m_target->isSelected();
    // A compared date range overrides the kind's colour: what appeared is green, what ended is
    // red and dashed (so the difference survives greyscale printing and colour blindness).
    QColor c = m_change > 0   ? KindStyle::addedColour()
               : m_change < 0 ? KindStyle::removedColour()
                              : m_colour;
    c.setAlphaF(highlighted || m_change ? 0.95 : Theme::current().edgeAlpha * fadeForZoom(lod));
    // Keep edges about one screen pixel wide whatever the zoom (thinner zoomed out), a little
    // more when highlighted.
    const double pixels = m_highlighted             ? 4.0
                          : highlighted || m_change ? 2.2
                                                    : std::clamp(0.6 + 0.4 * lod, 0.6, 1.0);
    // Removed (compare) is dashed; an unsourced relation is dotted at any zoom, as it is a warning.
    const Qt::PenStyle style = m_change < 0  ? Qt::DashLine
                               : m_unsourced ? Qt::DotLine
                                             : (lod >= 0.5 ? m_dash : Qt::SolidLine);
    painter->setRenderHint(QPainter::Antialiasing);
    // A cosmetic pen is as wide in pixels at any zoom, and strokes long lines far faster.
    QPen pen(c, pixels, style, style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (m_bend != 0 && lod >= ArcZoom) {
        QPainterPath arc(m_from);
        arc.quadTo(controlPoint(), m_to);
        painter->drawPath(arc);
    } else {
        painter->drawLine(m_from, m_to);
    }
    // Directed kinds ("member of", "brokered") point at their target, where the line meets the
    // node's edge.
    const QPolygonF head = arrowHead(lod);
    if (head.isEmpty())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawPolygon(head);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    paintEdge(painter, option->levelOfDetailFromTransform(painter->worldTransform()));
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemVisibleHasChanged)
        m_shown = value.toBool();
    if (change == ItemOpacityHasChanged)
        m_shownOpacity = value.toDouble();
    // Batched edges are not scene items: their layer repaints when they fade or hide.
    if (m_layer && (change == ItemOpacityHasChanged || change == ItemVisibleHasChanged))
        m_layer->update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace entente
