// Scenario "edit": one edit, its undo and its redo, each written to a copy of the project and
// reflected in the graph and the document the views observe.
#include "benchcontext.h"
#include "graph/editcheck.h"
#include "graph/graphdocument.h"
#include "graph/graphpatch.h"
#include "graph/knowledgegraph.h"
#include "store/editapplier.h"
#include "store/editplanner.h"
#include "store/sqliteprojectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <numeric>

namespace entente {
namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void run(BenchContext& ctx)
{
    // Edits write, so they go to a copy; the cached project stays untouched.
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("entente-bench-edit-XXXXXX")));
    const QString file = dir.filePath(QStringLiteral("edit.entente"));
    if (!QFile::copy(ctx.project(), file))
        qFatal("cannot copy %s", qPrintable(ctx.project()));
    auto store = SqliteProjectStore::open(file);
    auto graph = std::make_shared<KnowledgeGraph>();
    store->loadGraph(*graph);
    ctx.setCounts(graph->entityCount(), graph->relationCount());

    // The document shows what the GUI draws without a saved view: the 2,000 most connected.
    GraphDocument document;
    std::vector<int> visible(static_cast<size_t>(graph->entityCount()));
    std::iota(visible.begin(), visible.end(), 0);
    const size_t drawn = std::min<size_t>(2000, visible.size());
    std::partial_sort(visible.begin(), visible.begin() + static_cast<std::ptrdiff_t>(drawn),
                      visible.end(),
                      [&](int a, int b) { return graph->degree(a) > graph->degree(b); });
    visible.resize(drawn);
    std::sort(visible.begin(), visible.end());
    document.setGraph(graph, visible);

    const QString op = ctx.option(QStringLiteral("--op"), QStringLiteral("relation"));
    std::vector<double> doMs, undoMs, redoMs, patchMs;
    auto apply = [&](const WriteBatch& batch, std::vector<double>& into) {
        QElapsedTimer t;
        t.start();
        // As the GUI session does: in place while only this scenario and the document hold the
        // graph (always, here).
        EditApplier::Result r = graph.use_count() <= 2
                                    ? EditApplier::applyInPlace(*store, graph, batch)
                                    : EditApplier::apply(*store, *graph, batch);
        graph = r.patch.graph;
        std::vector<int> show;
        for (const QString& id : r.addedEntities)
            show.push_back(graph->indexOf(id));
        document.replaceGraph(graph, r.patch.vertexMap, show, r.patch.relationMap);
        const double ms = t.nsecsElapsed() / 1e6;
        into.push_back(ms);
        ctx.record(ms);
    };

    const auto pairs = ctx.pairs(ctx.runs(5) * 4);
    size_t next = 0;
    for (int run = 0; run < ctx.runs(5); ++run) {
        EditStep step;
        QElapsedTimer planning;
        planning.start();
        if (op == QLatin1String("delete-entity")) {
            const int v = pairs[next++ % pairs.size()].first;
            step = EditPlanner(*store, *graph).deleteEntity(graph->entity(v).id);
        } else if (op == QLatin1String("rename")) {
            Entity e = *store->entity(graph->entity(pairs[next++ % pairs.size()].first).id);
            e.name += QStringLiteral(" (renamed)");
            step = EditPlanner(*store, *graph).updateEntity(e);
        } else {
            // A new relation between a seeded pair, of the first kind the vocabulary allows.
            Relation r;
            while (r.kind.isEmpty()) {
                const auto [a, b] = pairs[next++ % pairs.size()];
                for (const RelationKind& k : graph->vocabulary().kinds())
                    if (a != b && k.allows(graph->entity(a).kind, graph->entity(b).kind)) {
                        r.kind = k.id;
                        r.source = graph->entity(a).id;
                        r.target = graph->entity(b).id;
                        break;
                    }
            }
            r.id = EditCheck::newRelationId();
            r.interval = DateInterval(PartialDate::ofYear(2020), {});
            step = EditPlanner(*store, *graph).addRelation(r);
        }
        const double planMs = planning.nsecsElapsed() / 1e6;
        apply(step.redo, doMs);
        doMs.back() += planMs; // "do" includes planning: reading what an undo will restore
        apply(step.undo, undoMs);
        apply(step.redo, redoMs);
        QElapsedTimer patchOnly;
        patchOnly.start();
        GraphPatch::apply(*graph, EditApplier::graphChangeOf(step.undo));
        patchMs.push_back(patchOnly.nsecsElapsed() / 1e6);
    }
    ctx.extra().insert("op", op);
    ctx.extra().insert("do_median_ms", median(doMs));
    ctx.extra().insert("undo_median_ms", median(undoMs));
    ctx.extra().insert("redo_median_ms", median(redoMs));
    ctx.extra().insert("graph_patch_median_ms", median(patchMs)); // the copy-on-write path
    ctx.extra().insert("drawn_entities", static_cast<int>(document.visibleVertices().size()));
}

const BenchRegistry::Entry edit{
    QStringLiteral("edit"),
    QStringLiteral("one edit (--op relation|rename|delete-entity), its undo and redo: store "
                   "transaction + graph patch + document, on a copy of the project"),
    [](BenchContext& ctx) { run(ctx); }};

} // namespace
} // namespace entente
