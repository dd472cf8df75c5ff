#include "edgeitem.h"

#include "nodeitem.h"
#include "style/kindstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace entente {

EdgeItem::EdgeItem(int relation, NodeItem* source, NodeItem* target, QColor colour, QString tooltip)
    : m_relation(relation), m_source(source), m_target(target), m_colour(colour)
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
    return QRectF(m_from, m_to).normalized().adjusted(-2, -2, 2, 2);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool highlighted = m_highlighted || m_source->isSelected() || m_target->isSelected();
    // A compared date range overrides the kind's colour: what appeared is green, what ended is
    // red and dashed (so the difference survives greyscale printing and colour blindness).
    QColor c = m_change > 0 ? KindStyle::addedColour() : m_change < 0 ? KindStyle::removedColour() : m_colour;
    c.setAlphaF(highlighted || m_change ? 0.95 : 0.45);
    // Keep edges about one screen pixel wide whatever the zoom, a little more when highlighted.
    const double width = (m_highlighted ? 4.0 : highlighted || m_change ? 2.2 : 1.0) / std::max(lod, 0.05);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c, width, m_change < 0 ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_from, m_to);
}

} // namespace entente
