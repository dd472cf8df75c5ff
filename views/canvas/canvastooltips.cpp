#include "canvastooltips.h"

#include "edgeitem.h"
#include "graph/graphdocument.h"
#include "nodeitem.h"

#include <QGraphicsView>
#include <QHelpEvent>
#include <QToolTip>

namespace entente {

CanvasToolTips::CanvasToolTips(QGraphicsView* view, GraphDocument* document)
    : QObject(view), m_view(view), m_document(document)
{
    view->viewport()->installEventFilter(this);
}

QString CanvasToolTips::textAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : m_view->items(viewportPos)) {
        QString extra;
        if (item->type() == NodeItem::Type)
            extra = m_document->toolTip(false, static_cast<NodeItem*>(item)->vertex());
        else if (item->type() == EdgeItem::Type)
            extra = m_document->toolTip(true, static_cast<EdgeItem*>(item)->relation());
        else
            continue;
        const QString own = item->toolTip();
        return own.isEmpty() ? extra : extra.isEmpty() ? own : own + QStringLiteral("\n") + extra;
    }
    return {};
}

bool CanvasToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return false;
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = textAt(help->pos());
    if (text.isEmpty())
        return false; // let the scene show whatever else it has
    QToolTip::showText(help->globalPos(), text, m_view->viewport());
    return true;
}

} // namespace entente
