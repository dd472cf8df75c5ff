#pragma once

#include <QGraphicsScene>
#include <QHash>

class QVariantAnimation;

#include <vector>

namespace entente {

class GraphDocument;
class NodeItem;
class EdgeItem;
class EdgeLayer;
class NodeLayer;
class LabelLayer;

/**
 * The scene built from a GraphDocument's signals: one NodeItem per visible entity, one
 * EdgeItem per relation between visible entities, and a LabelLayer drawing the labels above
 * them. Selection flows both ways — clicking a node selects it in the document, selecting in
 * the document highlights the node.
 *
 * Large views (more than BatchNodes entities or BatchEdges relations) are batched: the
 * EdgeItems are kept out of the scene and an EdgeLayer paints them, and the NodeItems become
 * children of a NodeLayer that paints the plain ones, so a frame costs a few draw calls per
 * colour rather than one Graphics View item per element.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(GraphDocument* document, QObject* parent = nullptr);

    ~GraphScene() override;

    static constexpr int BatchNodes = 2000;
    static constexpr int BatchEdges = 6000;

    NodeItem* nodeFor(int vertex) const { return m_nodes.value(vertex, nullptr); }
    /** Every relation's item, whether a scene item (small views) or painted by the edge layer. */
    const std::vector<EdgeItem*>& edgeItems() const { return m_edges; }
    /** The nodes, most connected first. */
    const std::vector<NodeItem*>& nodesByImportance() const { return m_byImportance; }
    /** Whether this view is drawn by layers (see the class comment). */
    bool isBatched() const { return m_batched; }
    /** The layer painting the edges of a batched view (null on small views). */
    EdgeLayer* edgeLayer() const { return m_edgeLayer; }
    /** How many labels the last placement shows. */
    int labelCount() const { return m_labelCount; }
    /** The box around every node (without labels). */
    QRectF nodesBoundingRect() const;
    /** A node moved, changed size or selection: the layers and labels follow. */
    void nodeChanged(NodeItem* node);
    /** Takes the current Theme's colours (background, kinds, relation colours). */
    void applyTheme();
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    int edgeCount() const { return m_edgeCount; }
    /**
     * Chooses which labels to draw at `zoom`: the most connected nodes first, each label only
     * if its box overlaps no label already placed; labelled nodes are drawn above the others.
     * Returns how many show.
     */
    int placeLabels(double zoom);
    /** Vertices of the nodes selected on the canvas (Ctrl+click adds). */
    std::vector<int> selectedVertices() const;
    double labelZoom() const { return m_labelZoom; }
    /** Records the zoom labels are placed for, when a caller (diagram export) put them back itself.
     */
    void setLabelZoom(double zoom) { m_labelZoom = zoom; }

    /** Sizes nodes by a metric (one value per vertex); an empty vector goes back to ties. */
    void setNodeSizes(const std::vector<double>& values);

    /** Colours nodes by group (one number per vertex, e.g. communities); empty restores kinds. */
    void setNodeGroups(const std::vector<int>& groups);

    /**
     * Whether filter and time changes fade items in and out (about a fifth of a second) rather
     * than switching them at once; on by default. Exports and benchmarks turn it off.
     */
    void setAnimated(bool on);
    bool isFading() const;

    /** The node under the pointer: its neighbours stay, everything else recedes; -1 ends it. */
    void setHoveredVertex(int vertex);
    int hoveredVertex() const { return m_hovered; }

    /** Node radius used for a vertex of the given degree (also used for overlap in layouts). */
    static double radiusForDegree(unsigned degree);

private:
    void rebuild();
    void applyPositions();
    void applySelection(int vertex);
    /** Sizes the layers to the nodes (with room for arcs, arrowheads and labels). */
    void updateLayerBounds();
    void updateLayers();
    void onSceneSelectionChanged();
    /** Shows, hides or dims items after a filter change or a path highlight. */
    void applyVisibility();
    /** Moves an item towards a shown/hidden state and opacity, fading when animated. */
    void fadeTo(QGraphicsItem* item, bool show, double opacity);
    void onFadeStep(double t);
    void onFadeFinished();

    GraphDocument* m_document;
    QHash<int, NodeItem*> m_nodes;
    int m_edgeCount = 0;
    bool m_syncing = false;
    double m_labelZoom = 1.0;
    std::vector<NodeItem*> m_byImportance;
    std::vector<EdgeItem*> m_edges;
    bool m_batched = false;
    int m_labelCount = 0;
    EdgeLayer* m_edgeLayer = nullptr;   ///< batched views only; owned by the scene
    NodeLayer* m_nodeLayer = nullptr;   ///< batched views only; owned by the scene
    LabelLayer* m_labelLayer = nullptr; ///< owned by the scene
    struct Fade
    {
        QGraphicsItem* item;
        double from;
        double to;
        bool hideAtEnd;
    };
    std::vector<Fade> m_fades;
    QVariantAnimation* m_fade;
    bool m_animated = true;
    int m_hovered = -1;
};

} // namespace entente
