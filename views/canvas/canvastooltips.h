#pragma once

#include <QObject>

class QGraphicsView;

namespace entente {

class GraphDocument;

/**
 * Hover text on the canvas with provenance: an event filter on the view's viewport that, when
 * Qt asks for a tooltip over an entity or relation, adds what the document's tooltip provider
 * says (sources, quotes, "unsourced") to the item's own one-line tooltip. The text is built
 * lazily by the app layer, only for the item under the pointer, so drawing stays cheap.
 */
class CanvasToolTips : public QObject
{
    Q_OBJECT
public:
    CanvasToolTips(QGraphicsView* view, GraphDocument* document);

    /** The full text for the item at a viewport position (empty when none); for tests. */
    QString textAt(const QPoint& viewportPos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QGraphicsView* m_view;
    GraphDocument* m_document;
};

} // namespace entente
