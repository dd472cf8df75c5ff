// Scenario "export-svg": the SVG of a 5,000-entity view (issue #5 target: ≤ 1 s).
#include "benchcontext.h"
#include "canvas/graphscene.h"
#include "export/diagramwriter.h"
#include "export/offscreendiagram.h"
#include "graph/knowledgegraph.h"
#include "query/filtercriteria.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <deque>

namespace entente {
namespace {

/** The first `count` entities reached breadth-first from a seeded start: a connected view. */
std::vector<int> connectedView(const KnowledgeGraph& graph, int start, int count)
{
    std::vector<char> seen(static_cast<size_t>(graph.entityCount()), 0);
    std::vector<int> out;
    std::deque<int> queue{start};
    seen[static_cast<size_t>(start)] = 1;
    while (!queue.empty() && static_cast<int>(out.size()) < count) {
        const int v = queue.front();
        queue.pop_front();
        out.push_back(v);
        graph.forEachIncident(v, [&](int, int other, bool) {
            if (!seen[static_cast<size_t>(other)]) {
                seen[static_cast<size_t>(other)] = 1;
                queue.push_back(other);
            }
        });
    }
    std::sort(out.begin(), out.end());
    return out;
}

const BenchRegistry::Entry exportSvg{
    QStringLiteral("export-svg"),
    QStringLiteral("SVG (16:9, title, legend, footer) of a connected 5,000-entity view laid out "
                   "offscreen; layout untimed"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        const int count = ctx.option(QStringLiteral("--entities"), QStringLiteral("5000")).toInt();
        const int steps =
            ctx.option(QStringLiteral("--layout-steps"), QStringLiteral("150")).toInt();
        // The bench keeps the graph; the diagram only borrows it.
        std::shared_ptr<const KnowledgeGraph> shared(&graph, [](const KnowledgeGraph*) {});
        OffscreenDiagram diagram;
        diagram.show(shared, connectedView(graph, ctx.pairs(1).front().first, count),
                     FilterCriteria());
        diagram.layOut(steps);
        DiagramOptions options;
        options.title = QStringLiteral("Benchmark view");
        options.subtitle = QStringLiteral("%1 entities").arg(diagram.scene()->nodeCount());
        options.asOf = QStringLiteral("All dates");
        options.credit = QStringLiteral("entente-bench export-svg");
        // --format png|pdf times the same view in the other formats, to see what the SVG writer
        // costs.
        const auto format = DiagramWriter::formatFromName(
                                ctx.option(QStringLiteral("--format"), QStringLiteral("svg")))
                                .value_or(DiagramWriter::Format::Svg);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.") + DiagramWriter::suffix(format));
        QString error;
        bool ok = true;
        for (int i = 0; i < ctx.runs(5); ++i)
            ctx.timed([&] {
                ok = DiagramWriter::write(diagram.renderer(), options, format, path, &error) && ok;
            });
        ctx.extra().insert("entities_drawn", diagram.scene()->nodeCount());
        ctx.extra().insert("relations_drawn", diagram.scene()->edgeCount());
        ctx.extra().insert("format", DiagramWriter::suffix(format));
        ctx.extra().insert("file_bytes", QFileInfo(path).size());
        ctx.extra().insert("ok", ok);
        if (!ok)
            ctx.extra().insert("error", error);
    }};

} // namespace
} // namespace entente
