#pragma once

#include "knowledgegraph.h"

#include <QObject>
#include <QPointF>
#include <functional>
#include <memory>
#include <vector>

namespace entente {

/**
 * The open graph as the views see it: the knowledge graph, which vertices are shown, where
 * each one stands, and the current selection. Views observe it through its signals and never
 * change the graph itself; positions come from layouts or from a saved view.
 */
class GraphDocument : public QObject
{
    Q_OBJECT
public:
    explicit GraphDocument(QObject* parent = nullptr);

    /** Replaces the graph; shows `visible` vertices (all when empty). Emits graphReset(). */
    void setGraph(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> visible = {});
    const KnowledgeGraph* graph() const { return m_graph.get(); }
    std::shared_ptr<const KnowledgeGraph> sharedGraph() const { return m_graph; }

    /**
     * Swaps in an edited version of the graph and keeps what the user sees: visible set,
     * positions and selection follow `vertexMap` (old vertex → new, -1 when removed). The
     * vertices in `show` become visible too; those without a position are placed next to a
     * drawn neighbour. Filter results, highlight and compared-date marks follow `relationMap` (old
     * relation → new, -1 when removed; new entities and relations pass the filter); without it
     * they are cleared. Emits graphReset() with isEditReset() true, so observers that hold a
     * state of their own (the filter, navigation history) know to keep it.
     */
    void replaceGraph(std::shared_ptr<const KnowledgeGraph> graph,
                      const std::vector<int>& vertexMap, const std::vector<int>& show = {},
                      const std::vector<int>& relationMap = {});
    /** True while graphReset() is emitted for an edit (replaceGraph), false for a new graph. */
    bool isEditReset() const { return m_editReset; }

    /**
     * Hover text for an entity or relation (sources, quotes), built by the app layer from the
     * store so that the canvas only asks. Empty when no provider is set.
     */
    using ToolTipProvider = std::function<QString(bool relation, int index)>;
    void setToolTipProvider(ToolTipProvider provider) { m_toolTips = std::move(provider); }
    QString toolTip(bool relation, int index) const
    {
        return m_toolTips ? m_toolTips(relation, index) : QString();
    }

    const std::vector<int>& visibleVertices() const { return m_visible; }
    bool isVisible(int vertex) const;
    /** Relations whose two ends are both visible. */
    std::vector<int> visibleRelations() const;

    /** Position of a vertex (the origin until a layout has run). */
    QPointF position(int vertex) const;
    bool hasPositions() const { return !m_positions.empty(); }
    /** Sets positions for the visible vertices, in the order of visibleVertices(). */
    void setVisiblePositions(const std::vector<QPointF>& positions);
    void setPosition(int vertex, QPointF p);

    int selected() const { return m_selected; }
    void select(int vertex);

    /**
     * Which visible entities and relations pass the current filter (one flag per vertex and
     * relation of the graph; empty = everything passes) and whether the rest is hidden or dimmed.
     */
    void setFilterResult(std::vector<char> vertexPasses, std::vector<char> relationPasses, bool dim);
    bool passes(int vertex) const { return m_vertexPasses.empty() || m_vertexPasses[static_cast<size_t>(vertex)]; }
    bool relationPasses(int relation) const { return m_relationPasses.empty() || m_relationPasses[static_cast<size_t>(relation)]; }
    bool dimsFilteredOut() const { return m_dim; }

    /** Entities and relations to emphasise (a path); everything else recedes. Empty clears. */
    void setHighlight(std::vector<int> vertices, std::vector<int> relations);
    const std::vector<int>& highlightedVertices() const { return m_highlightVertices; }
    const std::vector<int>& highlightedRelations() const { return m_highlightRelations; }

    /** How a relation changed between two compared dates; drawn green (added) or red (removed). */
    enum class Change : signed char { None = 0, Added = 1, Removed = -1 };
    /** Marks relations as added or removed between two dates; both empty clears the marks. */
    void setRelationChanges(const std::vector<int>& added, const std::vector<int>& removed);
    Change relationChange(int relation) const
    {
        return m_changes.empty() ? Change::None : static_cast<Change>(m_changes[static_cast<size_t>(relation)]);
    }
    bool hasRelationChanges() const { return !m_changes.empty(); }

signals:
    void graphReset();
    void positionsChanged();
    void selectionChanged(int vertex);
    void visibilityChanged();
    void highlightChanged();
    void relationChangesChanged();

private:
    std::shared_ptr<const KnowledgeGraph> m_graph;
    std::vector<int> m_visible;
    std::vector<char> m_isVisible;
    std::vector<QPointF> m_positions; // indexed by vertex
    int m_selected = -1;
    std::vector<char> m_vertexPasses;
    std::vector<char> m_relationPasses;
    bool m_dim = false;
    std::vector<int> m_highlightVertices;
    std::vector<int> m_highlightRelations;
    std::vector<signed char> m_changes; // per relation; empty = no comparison shown
    bool m_editReset = false;
    ToolTipProvider m_toolTips;
};

} // namespace entente
