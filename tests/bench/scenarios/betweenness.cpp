// Scenario "betweenness": Brandes betweenness, exact or from sampled sources.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "query/graphmetrics.h"
#include "query/pathconstraints.h"

namespace entente {
namespace {

const BenchRegistry::Entry betweenness{
    QStringLiteral("betweenness"),
    QStringLiteral("Brandes betweenness: exact (--samples 0) or from N sampled sources"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        const int samples =
            ctx.option(QStringLiteral("--samples"),
                       graph.entityCount() > 20000 ? QStringLiteral("256") : QStringLiteral("0"))
                .toInt();
        const PathConstraints none(graph);
        const GraphMetrics metrics(graph, none);
        for (int i = 0, runs = ctx.runs(); i < runs; ++i)
            ctx.timed([&] { metrics.betweenness(nullptr, samples); });
        ctx.extra().insert("samples", samples);
    }};

} // namespace
} // namespace entente
