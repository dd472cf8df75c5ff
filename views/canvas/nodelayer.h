#pragma once

#include "canvaslayer.h"

#include <vector>

namespace entente {

class NodeItem;

/**
 * Paints the plain nodes of a large view in one item. The NodeItems stay in the scene, as its
 * children, for hit testing, hover, selection and dragging, but with ItemHasNoContents while
 * plain, so Graphics View does not paint them one by one. Nodes smaller than a few pixels on
 * screen are drawn as squares batched by colour; larger ones with their kind's shape.
 */
class NodeLayer : public CanvasLayer
{
public:
    enum
    {
        Type = UserType + 11
    };
    explicit NodeLayer(const std::vector<NodeItem*>* nodes);

    int type() const override { return Type; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const std::vector<NodeItem*>* m_nodes;
};

} // namespace entente
