// Scenario "open": open the project read-only and load it into a ready in-memory graph.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "store/sqliteprojectstore.h"

namespace entente {
namespace {

const BenchRegistry::Entry open{
    QStringLiteral("open"),
    QStringLiteral("open the project read-only and load a ready in-memory graph"),
    [](BenchContext& ctx) {
        for (int i = 0, runs = ctx.runs(); i < runs; ++i)
            ctx.timed([&] {
                auto store = SqliteProjectStore::open(ctx.project(), /*readOnly=*/true);
                KnowledgeGraph graph;
                store->loadGraph(graph);
                ctx.setCounts(graph.entityCount(), graph.relationCount());
            });
    }};

} // namespace
} // namespace entente
