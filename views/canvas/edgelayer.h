#pragma once

#include "canvaslayer.h"

#include <vector>

namespace entente {

class EdgeItem;

/**
 * Paints the relations of a large view in one item: the scene's EdgeItems hold each relation's
 * state but are not scene items, so Graphics View neither indexes nor sorts hundreds of
 * thousands of them. Ordinary edges are culled by the exposed rectangle and drawn with one
 * drawLines call per colour, dash and opacity; emphasised ones (highlighted, compared, at a
 * selected node) are drawn one by one on top.
 *
 * A frame draws at most a budget of line pixels: zoomed out over a dense view, hundreds of
 * thousands of long lines would cost seconds and show only a blot. Edges are taken in order of
 * importance (between the most connected entities first), those with an end in view before
 * those merely crossing it, until the budget is spent; emphasised edges are always drawn.
 */
class EdgeLayer : public CanvasLayer
{
public:
    enum
    {
        Type = UserType + 10
    };
    explicit EdgeLayer(const std::vector<EdgeItem*>* edges);

    int type() const override { return Type; }
    /** The edges in the order they claim the budget (most important first). */
    void setOrder(std::vector<EdgeItem*> order) { m_order = std::move(order); }
    /** Line pixels per frame (default 4 million); 0 draws every edge. */
    void setPixelBudget(double pixels) { m_budget = pixels; }
    double pixelBudget() const { return m_budget; }
    /** How many edges the last frame drew, and how many it left out for the budget. */
    int lastDrawn() const { return m_lastDrawn; }
    int lastSkipped() const { return m_lastSkipped; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Batch;
    /** Draws the batches' lines on a raster device without Qt's per-span thread hand-off. */
    void rasterise(QPainter* painter, const std::vector<Batch>& batches) const;

    const std::vector<EdgeItem*>* m_edges;
    std::vector<EdgeItem*> m_order;
    double m_budget = 4e6;
    int m_lastDrawn = 0;
    int m_lastSkipped = 0;
};

} // namespace entente
