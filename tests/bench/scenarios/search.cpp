// Scenario "search": search as you type — the suggestions for every prefix of an entity's name,
// one character more each time, as the search box asks while a name is typed. The timed figure
// is NameIndex (what the search box uses per keystroke); the store's full-text search (Enter,
// entente-cli search) is timed on the same prefixes and reported beside it.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "query/nameindex.h"
#include "query/searchquery.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
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
    QStringLiteral("search as you type: the suggestions (NameIndex) for each prefix (1..N "
                   "characters) of 20 seeded names, and the store's full-text search beside them"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        ProjectStore& store = ctx.store();
        const int count = ctx.option(QStringLiteral("--count"), QStringLiteral("20")).toInt();
        // The completer shows a dozen names (views/panels/searchbox.cpp), so that is what is asked
        // for.
        const int limit = ctx.option(QStringLiteral("--limit"), QStringLiteral("12")).toInt();
        QElapsedTimer clock;
        clock.start();
        const NameIndex index(graph); // built once per graph, on the first keystroke
        const double buildMs = clock.nsecsElapsed() / 1e6;
        std::map<int, std::vector<double>> byLength, storeByLength;
        std::vector<double> storeTimes;
        int queries = 0, found = 0, storeFound = 0, hits = 0;
        for (const auto& [a, b] : ctx.pairs(count)) {
            (void)b;
            const QString name = graph.entity(a).name;
            for (qsizetype n = 1; n <= name.size(); ++n) {
                const QString typed = name.left(n);
                std::vector<NameIndex::Match> suggestions;
                const std::size_t before = ctx.times().size();
                ctx.timed([&] { suggestions = index.suggest(typed, limit); });
                byLength[static_cast<int>(n)].push_back(ctx.times()[before]);
                clock.restart();
                const QStringList ids = store.search(SearchQuery::parse(typed), QString(), limit);
                const double storeMs = clock.nsecsElapsed() / 1e6;
                storeTimes.push_back(storeMs);
                storeByLength[static_cast<int>(n)].push_back(storeMs);
                ++queries;
                hits += static_cast<int>(suggestions.size());
                if (n == name.size()) { // the whole name finds the entity among the suggestions
                    found +=
                        std::any_of(suggestions.begin(), suggestions.end(),
                                    [a = a](const NameIndex::Match& m) { return m.vertex == a; });
                    storeFound += ids.contains(graph.entity(a).id);
                }
            }
        }
        // How the cost falls as the prefix grows: one-letter prefixes match the most entities.
        QJsonArray perLength;
        for (const auto& [length, times] : byLength)
            perLength.append(QJsonObject{{"chars", length},
                                         {"median_ms", median(times)},
                                         {"store_median_ms", median(storeByLength[length])}});
        ctx.extra().insert("queries", queries);
        ctx.extra().insert("names", count);
        ctx.extra().insert("index_build_ms", buildMs);
        ctx.extra().insert("full_name_found", found);
        ctx.extra().insert("store_full_name_found", storeFound);
        ctx.extra().insert("mean_suggestions", queries ? double(hits) / queries : 0.0);
        ctx.extra().insert("store_median_ms", median(storeTimes));
        ctx.extra().insert(
            "store_max_ms",
            storeTimes.empty() ? 0.0 : *std::max_element(storeTimes.begin(), storeTimes.end()));
        ctx.extra().insert("median_ms_by_prefix_length", perLength);
    }};

} // namespace
} // namespace entente
