#include "edgeitem.h"

#include "nodeitem.h"
#include "style/kindstyle.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QStyleOptionGraphicsItem>

namespace entente {

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

void EdgeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        setZValue(on ? 0.5 : 0);
        update();
    }
}

void EdgeItem::setChange(int change)
{
    if (change != m_change) {
        m_change = change;
        setZValue(change ? 0.4 : (m_highlighted ? 0.5 : 0));
        update();
    }
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    m_from = m_source->pos();
    m_to = m_target->pos();
}

QRectF EdgeItem::boundingRect() const
{
    const double pad = m_directed ? 12 : 2; // room for the arrowhead's wings
    return QRectF(m_from, m_to).normalized().adjusted(-pad, -pad, pad, pad);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool highlighted = m_highlighted || m_source->isSelected() || m_target->isSelected();
    // A compared date range overrides the kind's colour: what appeared is green, what ended is
    // red and dashed (so the difference survives greyscale printing and colour blindness).
    QColor c = m_change > 0   ? KindStyle::addedColour()
               : m_change < 0 ? KindStyle::removedColour()
                              : m_colour;
    c.setAlphaF(highlighted || m_change ? 0.95 : 0.45);
    // Keep edges about one screen pixel wide whatever the zoom, a little more when highlighted.
    const double width = (m_highlighted             ? 4.0
                          : highlighted || m_change ? 2.2
                                                    : 1.0) /
                         std::max(lod, 0.05);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c, width,
                         m_change < 0  ? Qt::DashLine
                         : m_unsourced ? Qt::DotLine
                                       : Qt::SolidLine,
                         Qt::RoundCap));
    painter->drawLine(m_from, m_to);
    // Directed kinds ("member of", "brokered") point at their target, where the line meets the
    // node's edge; only once the arrow is big enough on screen to read.
    const QLineF line(m_from, m_to);
    if (!m_directed || line.length() * lod < 30)
        return;
    const double size = 7.0 / std::max(lod, 0.05) * (m_highlighted ? 1.4 : 1.0);
    const QPointF unit = (m_from - m_to) / line.length();
    const QPointF tip = m_to + unit * (m_target->radius() + 1.0 / std::max(lod, 0.05));
    const QPointF normal(-unit.y(), unit.x());
    QPolygonF head{tip, tip + unit * size + normal * size * 0.5,
                   tip + unit * size - normal * size * 0.5};
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawPolygon(head);
}

} // namespace entente
