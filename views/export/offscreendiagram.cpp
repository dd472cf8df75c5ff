#include "offscreendiagram.h"

#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "layout/forcelayout.h"
#include "query/filtercriteria.h"
#include "query/graphfilter.h"

#include <QHash>

namespace entente {

OffscreenDiagram::OffscreenDiagram()
    : m_document(std::make_unique<GraphDocument>()),
      m_scene(std::make_unique<GraphScene>(m_document.get())),
      m_renderer(m_document.get(), m_scene.get())
{
}

OffscreenDiagram::~OffscreenDiagram()
{
    m_scene.reset(); // the scene observes the document: it goes first
}

void OffscreenDiagram::show(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> vertices,
                            const FilterCriteria& filter)
{
    const KnowledgeGraph& g = *graph;
    m_document->setGraph(std::move(graph), std::move(vertices));
    GraphFilter::Result r = GraphFilter::apply(g, filter, {});
    m_document->setFilterResult(std::move(r.vertexPasses), std::move(r.relationPasses),
                                filter.mode == FilterCriteria::Mode::Dim);
}

LayoutGraph OffscreenDiagram::layoutInput(const GraphDocument& document, const GraphScene& scene,
                                          bool passingOnly)
{
    LayoutGraph lg;
    const KnowledgeGraph* g = document.graph();
    if (!g)
        return lg;
    const auto& visible = document.visibleVertices();
    QHash<int, int> local;
    for (size_t i = 0; i < visible.size(); ++i)
        local.insert(visible[i], static_cast<int>(i));
    lg.nodeCount = static_cast<int>(visible.size());
    for (int v : visible)
        lg.radius.push_back(scene.nodeFor(v)->baseRadius() + 14.0);
    for (int r : document.visibleRelations()) {
        if (passingOnly && !document.relationPasses(r))
            continue;
        const RelationEdge& e = g->relation(r);
        lg.edges.emplace_back(local.value(static_cast<int>(e.source)),
                              local.value(static_cast<int>(e.target)));
    }
    return lg;
}

void OffscreenDiagram::layOut(int maxSteps)
{
    if (!m_document->graph())
        return;
    ForceLayout layout;
    layout.run(layoutInput(*m_document, *m_scene, true), {}, maxSteps);
    m_document->setVisiblePositions(layout.positions());
}

} // namespace entente
