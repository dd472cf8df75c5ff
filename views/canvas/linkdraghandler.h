#pragma once

#include <QObject>
#include <QPointF>

class QGraphicsLineItem;
class QGraphicsView;

namespace entente {

class NodeItem;

/**
 * Drag to link: an event filter on the canvas viewport. Pressing on an entity with Shift held
 * (or any press while link mode is on) and releasing over another entity asks for a relation
 * between the two; a dashed line follows the pointer meanwhile. Presses elsewhere pass through
 * untouched, so panning, selecting and node dragging work as before. It only reports the pair;
 * the app opens the relation dialog.
 */
class LinkDragHandler : public QObject
{
    Q_OBJECT
public:
    explicit LinkDragHandler(QGraphicsView* view);

    /** When on, a plain drag from an entity links instead of moving it. */
    void setLinkMode(bool on) { m_linkMode = on; }
    bool linkMode() const { return m_linkMode; }

signals:
    /** Released over another entity: source and target vertex. */
    void linkRequested(int sourceVertex, int targetVertex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    NodeItem* nodeAt(const QPoint& viewportPos) const;
    void finish();

    QGraphicsView* m_view;
    bool m_linkMode = false;
    NodeItem* m_from = nullptr;
    QGraphicsLineItem* m_line = nullptr;
};

} // namespace entente
