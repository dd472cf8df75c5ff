// Scenarios "path", "dijkstra" and "kpaths": shortest-path queries over seeded pairs.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "query/pathfinder.h"

namespace entente {
namespace {

void shortest(BenchContext& ctx, bool weighted)
{
    const KnowledgeGraph& graph = ctx.graph();
    const int count = ctx.option(QStringLiteral("--count"), QStringLiteral("200")).toInt();
    const PathConstraints none(graph);
    PathConstraints byKind(graph);
    for (int k = 0; k < graph.vocabulary().size(); ++k)
        byKind.setKindWeight(k, 1.0 + k); // kind k weighs 1 + k, as compare_peers.py does
    const PathFinder finder(graph);
    int found = 0;
    double hops = 0;
    for (const auto& [a, b] : ctx.pairs(count))
        ctx.timed([&] {
            const auto p = weighted ? finder.weightedShortestPath(a, b, byKind)
                                    : finder.shortestPath(a, b, none);
            if (p) {
                ++found;
                hops += p->length();
            }
        });
    ctx.extra().insert("queries", count);
    ctx.extra().insert("found", found);
    ctx.extra().insert("mean_hops", found ? hops / found : 0);
}

const BenchRegistry::Entry path{
    QStringLiteral("path"),
    QStringLiteral("one unweighted shortest path (bidirectional BFS), 200 seeded pairs"),
    [](BenchContext& ctx) { shortest(ctx, false); }};

const BenchRegistry::Entry dijkstra{
    QStringLiteral("dijkstra"),
    QStringLiteral("one weighted shortest path (bidirectional Dijkstra), same pairs"),
    [](BenchContext& ctx) { shortest(ctx, true); }};

const BenchRegistry::Entry kpaths{
    QStringLiteral("kpaths"), QStringLiteral("the 5 shortest simple paths (Yen), 20 pairs"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        const int count = ctx.option(QStringLiteral("--count"), QStringLiteral("20")).toInt();
        const PathConstraints none(graph);
        const PathFinder finder(graph);
        int found = 0;
        for (const auto& [a, b] : ctx.pairs(count))
            ctx.timed(
                [&] { found += static_cast<int>(finder.kShortestPaths(a, b, 5, none).size()); });
        ctx.extra().insert("queries", count);
        ctx.extra().insert("paths_found", found);
    }};

} // namespace
} // namespace entente
