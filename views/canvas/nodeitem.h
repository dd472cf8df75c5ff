#pragma once

#include "core/entitykind.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

namespace entente {

class EdgeItem;

/**
 * One entity on the canvas: its kind's shape and colour (tinted by category), a size that grows
 * with its number of ties, and whether its label shows (the scene decides; a LabelLayer draws
 * labels above every node). It draws and reports moves; it holds no physics and no domain data
 * beyond what it paints. On large views a NodeLayer paints the plain nodes in batches and the
 * item keeps only hit testing, hover, selection and dragging.
 */
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    NodeItem(int vertex, EntityKind kind, QString label, double radius);

    int type() const override { return Type; }
    int vertex() const { return m_vertex; }
    double radius() const { return m_radius; }
    void setRadius(double radius);
    /** Replaces the kind colour (colour by community); an invalid colour restores it. */
    void setFill(const QColor& colour);
    QColor fill() const { return m_fill; }
    /** The entity's category, which tints the kind's colour. */
    void setCategory(const QString& category);
    /** Takes the current theme's colours (after a theme change). */
    void refreshTint();
    /** The colour the node is filled with now (community, else kind tinted by category). */
    QColor paintColour() const;
    EntityKind kind() const { return m_kind; }
    /** The radius it was created with (ties within the drawn graph). */
    double baseRadius() const { return m_baseRadius; }
    const QString& label() const { return m_label; }
    void addEdge(EdgeItem* edge) { m_edges << edge; }
    const QList<EdgeItem*>& edges() const { return m_edges; }
    /** Whether the label is drawn (decided by the scene so that labels never overlap). */
    void setLabelVisible(bool visible);
    bool isLabelVisible() const { return m_labelVisible; }
    /** The label's box in scene coordinates when drawn at the given zoom. */
    QRectF labelRect(double zoom) const;
    /** The label's width in pixels at labelFont() (measured once). */
    double labelWidth() const;
    static QFont labelFont();
    /** Whether a label is drawn now: placed by the scene, or the node is selected, hovered or lit.
     */
    bool showsLabel() const;
    bool isHovered() const { return m_hovered; }
    /** Drawn in the common style (not selected, hovered or highlighted): can be batched. */
    bool isPlain() const;
    /** Paints the node's shape at the origin (the item path and the batched layer share it). */
    void paintShape(QPainter* painter) const;
    /** The layer that paints this node while it is plain (large views); null for none. */
    void setLayer(QGraphicsItem* layer);
    /** Part of a highlighted path: drawn with an outline in the selection colour. */
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    /** The view's zoom, so the bounding box covers the label as drawn. */
    void setZoom(double zoom);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    int m_vertex;
    EntityKind m_kind;
    QString m_label;
    double m_radius;
    double m_baseRadius;
    bool m_labelVisible = false;
    bool m_highlighted = false;
    QColor m_fill; // invalid = the kind's colour
    double m_zoom = 1.0;
    bool m_hovered = false;
    QString m_category;
    QColor m_tint; // the kind's colour tinted by category; invalid = the kind's colour
    mutable double m_labelWidth = -1;
    QGraphicsItem* m_layer = nullptr;
    QList<EdgeItem*> m_edges;

    /** Hands painting to the layer while plain, takes it back while emphasised. */
    void updateContents();
    void notifyScene();
};

} // namespace entente
