// Scenario "filter": one filter change evaluated on the whole graph.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "query/graphfilter.h"

#include <algorithm>

namespace entente {
namespace {

const BenchRegistry::Entry filter{
    QStringLiteral("filter"),
    QStringLiteral("one filter change (as-of year, relation kinds, degree) on the whole graph"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        int visible = 0;
        for (int i = 0, runs = std::max(ctx.runs(), 10); i < runs; ++i) {
            FilterCriteria f;
            f.asOf = PartialDate::ofYear(1900 + (i * 13) % 120);
            if (i % 2)
                f.relationKinds = {QStringLiteral("member_of"), QStringLiteral("party_to")};
            f.minDegree = i % 3;
            ctx.timed([&] { visible = GraphFilter::apply(graph, f).vertices; });
        }
        ctx.extra().insert("last_visible_entities", visible);
    }};

} // namespace
} // namespace entente
