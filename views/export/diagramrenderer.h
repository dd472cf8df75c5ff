#pragma once

#include "diagramoptions.h"

#include <QRectF>
#include <vector>

class QPainter;
class QGraphicsItem;

namespace entente {

class GraphDocument;
class GraphScene;
class NodeItem;
class EdgeItem;

/**
 * Draws a diagram: the canvas's own scene items (so the export looks exactly like the canvas)
 * fitted into a frame, with a title block, a legend of the kinds actually drawn, footnotes
 * and a footer laid out around them. It owns no items; while painting it briefly re-places
 * labels for the export's zoom (and hides what a selection scope leaves out) and puts the
 * scene back as it was.
 */
class DiagramRenderer
{
public:
    DiagramRenderer(GraphDocument* document, GraphScene* scene);

    /** The part of the scene the options' scope covers; empty when nothing would be drawn. */
    QRectF sourceRect(const DiagramOptions& options) const;
    /** Relations (graph indexes) drawn under the options, in graph order — for footnotes. */
    std::vector<int> drawnRelations(const DiagramOptions& options) const;
    /** Number of nodes drawn under the options. */
    int drawnNodeCount(const DiagramOptions& options) const;

    /**
     * Paints the whole frame. The painter's coordinates must be frame pixels
     * (DiagramOptions::frameSize); a device of any resolution may sit underneath.
     */
    void paint(QPainter& painter, const DiagramOptions& options) const;

private:
    struct Drawn
    {
        std::vector<NodeItem*> nodes;
        std::vector<EdgeItem*> edges;
    };
    Drawn drawnItems(const DiagramOptions& options) const;
    QRectF nodeBounds(const std::vector<NodeItem*>& nodes, double zoom) const;
    void paintLegend(QPainter& painter, const QRectF& area, const Drawn& drawn, double unit,
                     bool columns) const;
    /** Height the legend needs when laid out in rows across `width` (portrait frames). */
    double legendRowsHeight(const Drawn& drawn, double width, double unit) const;

    GraphDocument* m_document;
    GraphScene* m_scene;
};

} // namespace entente
