#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace entente {

class NodeItem;

/** One relation on the canvas: a line between two nodes in its kind's colour. */
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
    /** Marks the relation as added (+1) or removed (−1) between two compared dates; 0 clears. */
    void setChange(int change);
    int change() const { return m_change; }
    /** A relation citing no source is drawn dotted, so missing evidence shows at a glance. */
    void setUnsourced(bool on) { m_unsourced = on; }
    bool isUnsourced() const { return m_unsourced; }
    /** Follows the end nodes after they moved. */
    void adjust();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_relation;
    NodeItem* m_source;
    NodeItem* m_target;
    QColor m_colour;
    bool m_highlighted = false;
    int m_change = 0;
    bool m_unsourced = false;
    bool m_directed = false; ///< drawn with an arrowhead at the target
    QPointF m_from;
    QPointF m_to;
};

} // namespace entente
