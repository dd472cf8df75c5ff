#include "graphcanvas.h"

#include "edgeitem.h"
#include "graph/graphdocument.h"
#include "graphscene.h"
#include "nodeitem.h"
#include "style/kindstyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

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
    m_caption->hide();
    applyTheme();
    connect(document, &GraphDocument::selectionChanged, this, [this](int v) {
        if (NodeItem* n = m_scene->nodeFor(v))
            ensureVisible(n, 80, 80);
    });
}

void GraphCanvas::applyTheme()
{
    const QColor text = KindStyle::labelColour();
    m_caption->setStyleSheet(
        QStringLiteral("color: rgba(%1, %2, %3, 110); font-size: 56px; font-weight: 600;")
            .arg(text.red())
            .arg(text.green())
            .arg(text.blue()));
    m_scene->applyTheme();
    viewport()->update();
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

void GraphCanvas::fitRect(const QRectF& r)
{
    if (r.isEmpty())
        return;
    fitInView(r.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // A single small node would otherwise fill the screen.
    if (zoom() > 3)
        zoomBy(3 / zoom());
    m_scene->placeLabels(zoom());
}

void GraphCanvas::fitAll()
{
    fitRect(m_scene->nodesBoundingRect());
}

void GraphCanvas::fitSelection()
{
    QRectF box;
    for (int v : m_scene->selectedVertices())
        if (NodeItem* n = m_scene->nodeFor(v))
            box |= n->sceneBoundingRect();
    if (box.isEmpty())
        return fitAll();
    fitRect(box);
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    // Shift+drag on the background draws a rubber band that selects the nodes it touches;
    // a plain drag still pans.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) &&
        vertexAt(event->position().toPoint()) < 0) {
        setDragMode(QGraphicsView::RubberBandDrag);
        setRubberBandSelectionMode(Qt::IntersectsItemShape);
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (dragMode() == QGraphicsView::RubberBandDrag)
        setDragMode(QGraphicsView::ScrollHandDrag);
}

QString GraphCanvas::edgeToolTipAt(const QPoint& pos) const
{
    if (!m_scene->isBatched())
        return {};
    const QPointF p = mapToScene(pos);
    const double reach = 4.0 / std::max(zoom(), 1e-6); // four pixels
    const EdgeItem* best = nullptr;
    double bestDistance = reach;
    for (const EdgeItem* e : m_scene->edgeItems()) {
        if (!e->isVisible() || e->opacity() < 0.3)
            continue;
        const QPointF a = e->from();
        const QPointF b = e->to();
        if (p.x() < std::min(a.x(), b.x()) - reach || p.x() > std::max(a.x(), b.x()) + reach ||
            p.y() < std::min(a.y(), b.y()) - reach || p.y() > std::max(a.y(), b.y()) + reach)
            continue;
        const QPointF d = b - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t =
            len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * d - p;
        const double distance = std::sqrt(QPointF::dotProduct(q, q));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = e;
        }
    }
    return best ? best->toolTip() : QString();
}

bool GraphCanvas::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture) {
        // A touchpad pinch: value is the relative change of scale.
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && m_scene->isBatched()) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (vertexAt(help->pos()) < 0) {
            const QString tip = edgeToolTipAt(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
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
    case Qt::Key_1:
        fitSelection();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace entente
