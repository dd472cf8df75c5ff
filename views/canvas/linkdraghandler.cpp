#include "linkdraghandler.h"

#include "nodeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPen>

namespace entente {

LinkDragHandler::LinkDragHandler(QGraphicsView* view) : QObject(view), m_view(view)
{
    view->viewport()->installEventFilter(this);
}

NodeItem* LinkDragHandler::nodeAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : m_view->items(viewportPos))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item);
        else if (item->parentItem() && item->parentItem()->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item->parentItem()); // a node's label
    return nullptr;
}

bool LinkDragHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton ||
            !(m_linkMode || e->modifiers().testFlag(Qt::ShiftModifier)))
            return false;
        m_from = nodeAt(e->position().toPoint());
        if (!m_from)
            return false;
        // The line is drawn above everything while the drag lasts, then removed.
        m_line = new QGraphicsLineItem(QLineF(m_from->scenePos(), m_from->scenePos()));
        QPen pen(QColor(40, 40, 40), 0, Qt::DashLine);
        pen.setCosmetic(true);
        pen.setWidthF(1.5);
        m_line->setPen(pen);
        m_line->setZValue(1000);
        m_view->scene()->addItem(m_line);
        return true;
    }
    case QEvent::MouseMove:
        if (!m_from)
            return false;
        m_line->setLine(
            QLineF(m_from->scenePos(),
                   m_view->mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint())));
        return true;
    case QEvent::MouseButtonRelease: {
        if (!m_from)
            return false;
        const int from = m_from->vertex();
        NodeItem* to = nodeAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        const int target = to && to != m_from ? to->vertex() : -1;
        finish();
        if (target >= 0)
            emit linkRequested(from, target);
        return true;
    }
    default:
        return false;
    }
}

void LinkDragHandler::finish()
{
    if (m_line) {
        m_view->scene()->removeItem(m_line);
        delete m_line;
    }
    m_line = nullptr;
    m_from = nullptr;
}

} // namespace entente
