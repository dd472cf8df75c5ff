// Scenarios "asof" and "histogram": the timeline's costs while scrubbing and playing.
#include "benchcontext.h"
#include "canvas/graphscene.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "query/graphfilter.h"
#include "time/timehistogram.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>
#include <numeric>

namespace entente {
namespace {

/** The most connected vertices, as many as make about `relations` relations among them. */
std::vector<int> viewOf(const KnowledgeGraph& g, int relations)
{
    std::vector<int> order(static_cast<size_t>(g.entityCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&g](int a, int b) { return g.degree(a) > g.degree(b); });
    std::vector<char> in(order.size(), 0);
    int count = 0;
    size_t taken = 0;
    while (taken < order.size() && count < relations) {
        const int v = order[taken++];
        in[static_cast<size_t>(v)] = 1;
        g.forEachIncident(v, [&](std::uint32_t, std::uint32_t other, bool) {
            count += in[other] && other != static_cast<std::uint32_t>(v);
        });
    }
    return {order.begin(), order.begin() + static_cast<std::ptrdiff_t>(taken)};
}

const BenchRegistry::Entry asOf{
    QStringLiteral("asof"),
    QStringLiteral("one as-of step: new visible set on the whole graph, applied to a drawn view of "
                   "~10k relations"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        auto shared = std::shared_ptr<const KnowledgeGraph>(&graph, [](const KnowledgeGraph*) {});
        GraphDocument document;
        document.setGraph(
            shared,
            viewOf(graph, ctx.option(QStringLiteral("--view"), QStringLiteral("10000")).toInt()));
        GraphScene scene(&document);
        scene.setAnimated(false); // the fade is paint time, not the step
        std::vector<double> filterMs;
        for (int i = 0, runs = std::max(ctx.runs(), 40); i < runs; ++i) {
            FilterCriteria f;
            f.asOf = PartialDate::ofYear(1900 + i % 120); // playback: one year per step
            ctx.timed([&] {
                QElapsedTimer t;
                t.start();
                GraphFilter::Result r = GraphFilter::apply(graph, f);
                filterMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                document.setFilterResult(std::move(r.vertexPasses), std::move(r.relationPasses),
                                         false);
            });
        }
        std::sort(filterMs.begin(), filterMs.end());
        ctx.extra().insert("view_entities", static_cast<qint64>(document.visibleVertices().size()));
        ctx.extra().insert("view_relations", scene.edgeCount());
        ctx.extra().insert("filter_median_ms", filterMs[filterMs.size() / 2]);
    }};

const BenchRegistry::Entry histogram{
    QStringLiteral("histogram"),
    QStringLiteral("the timeline overview's starts/ends per year over every relation"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        int years = 0;
        for (int i = 0, runs = ctx.runs(10); i < runs; ++i)
            ctx.timed([&] {
                const TimeHistogram h = TimeHistogram::compute(graph);
                years = h.lastYear() - h.firstYear() + 1;
            });
        ctx.extra().insert("years", years);
    }};

} // namespace
} // namespace entente
