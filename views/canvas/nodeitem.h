#pragma once

#include "core/entitykind.h"

#include <QGraphicsItem>
#include <QList>

namespace entente {

class EdgeItem;

/**
 * One entity on the canvas: its kind's shape and colour, a size that grows with its number of
 * ties, and a label shown when the node is large enough on screen. It draws and reports moves;
 * it holds no physics and no domain data beyond what it paints.
 */
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(int vertex, EntityKind kind, QString label, double radius);

    int type() const override { return Type; }
    int vertex() const { return m_vertex; }
    double radius() const { return m_radius; }
    const QString& label() const { return m_label; }
    void addEdge(EdgeItem* edge) { m_edges << edge; }
    /** Labels of important nodes stay visible when zoomed out. */
    void setProminent(bool prominent) { m_prominent = prominent; }
    bool isProminent() const { return m_prominent; }

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
    bool m_prominent = false;
    bool m_hovered = false;
    QList<EdgeItem*> m_edges;
};

} // namespace entente
