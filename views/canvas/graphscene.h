#pragma once

#include <QGraphicsScene>
#include <QHash>

class QVariantAnimation;

#include <vector>

namespace entente {

class GraphDocument;
class NodeItem;

/**
 * The scene built from a GraphDocument's signals: one NodeItem per visible entity, one
 * EdgeItem per relation between visible entities. Selection flows both ways — clicking a
 * node selects it in the document, selecting in the document highlights the node.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(GraphDocument* document, QObject* parent = nullptr);

    NodeItem* nodeFor(int vertex) const { return m_nodes.value(vertex, nullptr); }
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
    /** Records the zoom labels are placed for, when a caller (diagram export) put them back itself. */
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
    std::vector<class EdgeItem*> m_edges;
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
