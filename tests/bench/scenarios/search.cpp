// Scenario "search": search as you type — the store's full-text search for every prefix of an
// entity's name, one character more each time, as the search box asks while a name is typed.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "query/searchquery.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <algorithm>
#include <map>
#include <vector>

namespace entente {
namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

const BenchRegistry::Entry search{
    QStringLiteral("search"),
    QStringLiteral("search as you type: the store's search for each prefix (1..N characters) of 20 "
                   "seeded names"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        ProjectStore& store = ctx.store();
        const int count = ctx.option(QStringLiteral("--count"), QStringLiteral("20")).toInt();
        // The completer shows a dozen names (views/panels/searchbox.cpp), so that is what is asked
        // for.
        const int limit = ctx.option(QStringLiteral("--limit"), QStringLiteral("12")).toInt();
        std::map<int, std::vector<double>> byLength;
        int queries = 0, found = 0, hits = 0;
        for (const auto& [a, b] : ctx.pairs(count)) {
            (void)b;
            const QString name = graph.entity(a).name;
            const QString id = graph.entity(a).id;
            for (qsizetype n = 1; n <= name.size(); ++n) {
                const QString typed = name.left(n);
                QStringList ids;
                const std::size_t before = ctx.times().size();
                ctx.timed([&] { ids = store.search(SearchQuery::parse(typed), QString(), limit); });
                byLength[static_cast<int>(n)].push_back(ctx.times()[before]);
                ++queries;
                hits += static_cast<int>(ids.size());
                if (n == name.size() && ids.contains(id))
                    ++found; // the whole name finds the entity among the suggestions
            }
        }
        // How the cost falls as the prefix grows: one-letter prefixes match the most entities.
        QJsonArray perLength;
        for (const auto& [length, times] : byLength)
            perLength.append(QJsonObject{{"chars", length}, {"median_ms", median(times)}});
        ctx.extra().insert("queries", queries);
        ctx.extra().insert("names", count);
        ctx.extra().insert("full_name_found", found);
        ctx.extra().insert("mean_suggestions", queries ? double(hits) / queries : 0.0);
        ctx.extra().insert("median_ms_by_prefix_length", perLength);
    }};

} // namespace
} // namespace entente
