#include "graphcanvas.h"

#include "graph/graphdocument.h"
#include "graphscene.h"
#include "nodeitem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QWheelEvent>

namespace entente {

GraphCanvas::GraphCanvas(GraphDocument* document, QWidget* parent)
    : QGraphicsView(parent), m_document(document), m_scene(new GraphScene(document, this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Graph canvas"));
    m_caption = new QLabel(viewport());
    m_caption->setObjectName(QStringLiteral("canvasCaption"));
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->setStyleSheet(
        QStringLiteral("color: rgba(34, 34, 34, 110); font-size: 56px; font-weight: 600;"));
    m_caption->hide();
    connect(document, &GraphDocument::selectionChanged, this, [this](int v) {
        if (NodeItem* n = m_scene->nodeFor(v))
            ensureVisible(n, 80, 80);
    });
}

void GraphCanvas::setCaption(const QString& text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
    m_caption->adjustSize();
    m_caption->move(18, viewport()->height() - m_caption->height() - 10);
}

QString GraphCanvas::caption() const
{
    return m_caption->text();
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    m_caption->move(18, viewport()->height() - m_caption->height() - 10);
}

int GraphCanvas::vertexAt(const QPoint& pos) const
{
    for (QGraphicsItem* item : items(pos))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item)->vertex();
    return -1;
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const int v = vertexAt(event->pos());
    if (v < 0)
        return QGraphicsView::contextMenuEvent(event);
    m_document->select(v);
    emit nodeContextMenu(v, event->globalPos());
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int v = vertexAt(event->position().toPoint());
    if (v < 0 || event->button() != Qt::LeftButton)
        return QGraphicsView::mouseDoubleClickEvent(event);
    emit nodeDoubleClicked(v);
}

void GraphCanvas::fitAll()
{
    const QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty())
        return;
    fitInView(r.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    m_scene->placeLabels(zoom());
}

void GraphCanvas::focusOn(int vertex)
{
    NodeItem* n = m_scene->nodeFor(vertex);
    if (!n)
        return;
    if (zoom() < 0.9) {
        const double f = 1.0 / zoom();
        scale(f, f);
        m_scene->placeLabels(zoom());
    }
    centerOn(n);
    m_document->select(vertex);
}

void GraphCanvas::zoomBy(double factor)
{
    const double z = zoom() * factor;
    if (z < 0.02 || z > 20)
        return;
    scale(factor, factor);
    m_scene->placeLabels(zoom());
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace entente
