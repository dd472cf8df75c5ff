// Scenario "browse": the concept browser and the Ctrl+K palette on the whole graph — palette
// matching as a name is typed (the timed figure), and beside it the palette's one-off name
// folding, building the concept tree, and what the browser's detail pane asks about a concept.
#include "benchcontext.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "models/commandpalettemodel.h"
#include "models/concepttreemodel.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>
#include <vector>

namespace entente {
namespace {

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

const BenchRegistry::Entry browse{
    QStringLiteral("browse"),
    QStringLiteral(
        "Ctrl+K palette: one keystroke's matching over every name and alias (prefixes of 20 seeded "
        "names, up to 12 characters); also name folding, concept tree build and concept detail"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        // The document shares the bench's graph without owning it.
        const std::shared_ptr<const KnowledgeGraph> shared(&graph, [](const KnowledgeGraph*) {});
        GraphDocument document;
        document.setGraph(shared, {0});

        std::vector<double> treeMs;
        for (int i = 0, runs = ctx.runs(3); i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            ConceptTreeModel tree(&document);
            treeMs.push_back(msSince(t));
        }

        // What the detail pane computes for a concept: the most used mechanisms are the worst case.
        std::vector<int> mechanisms;
        for (int v = 0; v < graph.entityCount(); ++v)
            if (graph.entity(v).kind == EntityKind::Mechanism)
                mechanisms.push_back(v);
        std::partial_sort(mechanisms.begin(),
                          mechanisms.begin() + std::min<std::ptrdiff_t>(50, std::ssize(mechanisms)),
                          mechanisms.end(),
                          [&](int a, int b) { return graph.degree(a) > graph.degree(b); });
        mechanisms.resize(std::min<size_t>(50, mechanisms.size()));
        std::vector<double> infoMs;
        size_t users = 0;
        for (int m : mechanisms) {
            QElapsedTimer t;
            t.start();
            const ConceptTreeModel::Info info = ConceptTreeModel::info(graph, m);
            infoMs.push_back(msSince(t));
            for (const auto& list : info.users)
                users += list.size();
        }

        CommandPaletteModel palette(&document);
        QElapsedTimer fold;
        fold.start();
        palette.setQuery(QStringLiteral("a")); // the first keystroke also folds every name once
        const double foldMs = msSince(fold);
        int queries = 0;
        qint64 rows = 0;
        int foundFirst = 0;
        for (const auto& [a, b] : ctx.pairs(20)) {
            (void)b;
            const QString name = graph.entity(a).name;
            const qsizetype longest = std::min<qsizetype>(name.size(), 12);
            for (qsizetype n = 1; n <= longest; ++n) {
                ctx.timed([&] { palette.setQuery(name.left(n)); });
                ++queries;
                rows += palette.rowCount();
            }
            palette.setQuery(name);
            for (int r = 0; r < palette.rowCount(); ++r)
                if (palette.index(r, 0).data(CommandPaletteModel::VertexRole).toInt() == a)
                    foundFirst += r == 0 || palette.index(r, 0).data().toString() ==
                                                palette.index(0, 0).data().toString();
        }
        ctx.extra().insert("queries", queries);
        ctx.extra().insert("mean_rows", queries ? double(rows) / queries : 0.0);
        ctx.extra().insert("whole_name_ranked_first", foundFirst);
        ctx.extra().insert("fold_names_ms", foldMs);
        ctx.extra().insert("concept_tree_build_median_ms", median(treeMs));
        ctx.extra().insert("concept_info_median_ms", median(infoMs));
        ctx.extra().insert("concept_info_max_ms",
                           infoMs.empty() ? 0.0 : *std::max_element(infoMs.begin(), infoMs.end()));
        ctx.extra().insert("concept_info_mean_users",
                           mechanisms.empty() ? 0.0 : double(users) / mechanisms.size());
    }};

} // namespace
} // namespace entente
