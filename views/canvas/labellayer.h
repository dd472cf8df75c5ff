#pragma once

#include "canvaslayer.h"

#include <vector>

namespace entente {

class NodeItem;

/**
 * Draws the node labels above every node and edge, so a label is never partly covered by a
 * neighbouring node. Which labels show is the scene's greedy placement (NodeItem::showsLabel);
 * labels keep a constant size on screen whatever the zoom.
 */
class LabelLayer : public CanvasLayer
{
public:
    enum
    {
        Type = UserType + 12
    };
    explicit LabelLayer(const std::vector<NodeItem*>* nodes);

    int type() const override { return Type; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const std::vector<NodeItem*>* m_nodes;
};

} // namespace entente
