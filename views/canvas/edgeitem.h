#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QVector>

namespace entente {

class NodeItem;

/**
 * One relation on the canvas: a line (an arc when several relations join the same two
 * entities) between two nodes in its kind's colour and dash. It owns the relation's drawing
 * state — shown, opacity, highlight, compared-date change — and paints itself; on large
 * views it is not put in the scene at all and an EdgeLayer paints it with the others in
 * batches (see GraphScene).
 */
class EdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    EdgeItem(int relation, NodeItem* source, NodeItem* target, QColor colour, QString tooltip,
             bool directed = false);
    bool isDirected() const { return m_directed; }

    int type() const override { return Type; }
    int relation() const { return m_relation; }
    NodeItem* sourceNode() const { return m_source; }
    NodeItem* targetNode() const { return m_target; }
    /** Part of a highlighted path: drawn thick and opaque. */
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    /** Marks the relation as added (+1) or removed (−1) between two compared dates; 0 clears. */
    void setChange(int change);
    int change() const { return m_change; }
    /** A relation citing no source is drawn dotted, so missing evidence shows at a glance. */
    void setUnsourced(bool on) { m_unsourced = on; }
    bool isUnsourced() const { return m_unsourced; }
    /** Follows the end nodes after they moved. */
    void adjust();

    QColor colour() const { return m_colour; }
    /** The kind's colour (set again after a theme change). */
    void setColour(const QColor& colour);
    /** The kind's line style (solid, dashed, dotted; see KindStyle::dash). */
    void setDash(Qt::PenStyle style);
    Qt::PenStyle dash() const { return m_dash; }
    /**
     * Bends the edge into an arc: 0 is straight; ±1, ±2… are the arcs of parallel relations
     * between the same two entities, on alternate sides.
     */
    void setBend(double bend);
    double bend() const { return m_bend; }
    QPointF from() const { return m_from; }
    QPointF to() const { return m_to; }
    /** Drawn in the common style (no highlight, change or selected end): can be batched. */
    bool isPlain() const { return !m_highlighted && m_change == 0 && !m_endSelected; }
    /**
     * isVisible() and opacity() as last set, kept in the item itself: the edge layer reads them
     * for every relation in every frame, and reaching into Graphics View's private data for
     * hundreds of thousands of items costs a cache miss each.
     */
    bool isShown() const { return m_shown; }
    double shownOpacity() const { return m_shownOpacity; }
    /** An end node was selected or deselected. */
    void endSelectionChanged();
    /** The point the arc bends towards (the middle of the line when straight). */
    QPointF controlPoint() const;
    /**
     * Appends the edge as line segments: one for a straight edge or when arcs would not be
     * seen at this zoom (`lod`), a polyline along the arc otherwise.
     */
    void appendSegments(QVector<QLineF>& out, double lod) const;
    /** The arrowhead at the target (directed kinds), sized for `lod`; empty when not drawn. */
    QPolygonF arrowHead(double lod) const;
    /** How much ordinary edges recede at a zoom: fainter as the view zooms out. */
    static double fadeForZoom(double lod);
    /** Paints the edge in full (the per-item path, and the emphasised edges of a layer). */
    void paintEdge(QPainter* painter, double lod) const;
    /** The layer that paints this edge (large views); null when it is a scene item. */
    void setLayer(QGraphicsItem* layer) { m_layer = layer; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void changed();

    int m_relation;
    NodeItem* m_source;
    NodeItem* m_target;
    QColor m_colour;
    bool m_highlighted = false;
    int m_change = 0;
    bool m_unsourced = false;
    bool m_directed = false; ///< drawn with an arrowhead at the target
    Qt::PenStyle m_dash = Qt::SolidLine;
    double m_bend = 0;
    QPointF m_from;
    QPointF m_to;
    QGraphicsItem* m_layer = nullptr;
    bool m_shown = true;
    bool m_endSelected = false;
    double m_shownOpacity = 1.0;
};

} // namespace entente
