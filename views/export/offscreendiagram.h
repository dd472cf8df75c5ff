#pragma once

#include "diagramrenderer.h"
#include "layout/layoutgraph.h"

#include <memory>
#include <vector>

namespace entente {

struct FilterCriteria;
class GraphDocument;
class GraphScene;
class KnowledgeGraph;

/**
 * A diagram without a window: its own GraphDocument and GraphScene (the canvas's items),
 * a deterministic force layout run to completion, and a renderer. Used where there is no
 * canvas to copy — entente-cli, decks rebuilt by script, the export benchmark.
 */
class OffscreenDiagram
{
public:
    OffscreenDiagram();
    ~OffscreenDiagram();

    /** Shows `vertices` of `graph` (all when empty) with the filter applied, hiding what it drops.
     */
    void show(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> vertices,
              const FilterCriteria& filter);
    /** Runs the force layout to completion (same input, same picture) and places the nodes. */
    void layOut(int maxSteps = 600);
    /**
     * What a layout of the drawn graph takes: its ties (only those passing the filter when
     * `passingOnly`) and node sizes with room for labels. The canvas's layout uses it too.
     */
    static LayoutGraph layoutInput(const GraphDocument& document, const GraphScene& scene,
                                   bool passingOnly);

    GraphDocument* document() const { return m_document.get(); }
    GraphScene* scene() const { return m_scene.get(); }
    const DiagramRenderer& renderer() const { return m_renderer; }

private:
    std::unique_ptr<GraphDocument> m_document;
    std::unique_ptr<GraphScene> m_scene;
    DiagramRenderer m_renderer;
};

} // namespace entente
