// Scenarios "layout-step" (one ForceAtlas2-style force iteration on the whole graph) and
// "layout-gui" (the longest GUI-thread stall while a layout animates on the canvas).
#include "benchcontext.h"
#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/layoutrunner.h"
#include "export/offscreendiagram.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "layout/forcelayout.h"
#include "store/projectstore.h"
#include "store/savedview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <numeric>
#include <sys/resource.h>
#include <time.h>

namespace entente {
namespace {

double cpuMs()
{
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return (use.ru_utime.tv_sec + use.ru_stime.tv_sec) * 1e3 +
           (use.ru_utime.tv_usec + use.ru_stime.tv_usec) / 1e3;
}

/** CPU time of the calling thread: what a step costs, whatever else runs on the machine. */
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/** Every entity and relation, drawn with the canvas's radii (as overlap prevention sees them). */
LayoutGraph wholeGraph(const KnowledgeGraph& graph)
{
    LayoutGraph lg;
    lg.nodeCount = graph.entityCount();
    lg.edges.reserve(static_cast<size_t>(graph.relationCount()));
    for (int r = 0; r < graph.relationCount(); ++r)
        lg.edges.emplace_back(graph.relation(r).source, graph.relation(r).target);
    lg.radius.reserve(static_cast<size_t>(lg.nodeCount));
    for (int v = 0; v < lg.nodeCount; ++v)
        lg.radius.push_back(GraphScene::radiusForDegree(graph.degree(v)) + 14.0);
    return lg;
}

const BenchRegistry::Entry layoutStep{
    QStringLiteral("layout-step"),
    QStringLiteral("one force-layout iteration (Barnes-Hut, overlap prevention) on the whole "
                   "graph after 3 warm-up steps; --threads N (0: all cores), --edges-out FILE"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        const LayoutGraph lg = wholeGraph(graph);
        // The same graph for compare_layout.mjs: node count, then one "source target" per line.
        const QString dump = ctx.option(QStringLiteral("--edges-out"));
        if (!dump.isEmpty()) {
            QFile f(dump);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QTextStream out(&f);
                out << lg.nodeCount << "\n";
                for (const auto& [a, b] : lg.edges)
                    out << a << ' ' << b << '\n';
            }
        }
        ForceLayout::Settings settings;
        settings.threads = ctx.option(QStringLiteral("--threads"), QStringLiteral("0")).toInt();
        ForceLayout layout(settings);
        layout.init(lg, {});
        for (int i = 0; i < 3; ++i)
            layout.step();
        const double cpuBefore = cpuMs();
        QElapsedTimer wall;
        wall.start();
        const int runs = ctx.runs(10);
        for (int i = 0; i < runs; ++i)
            ctx.timed([&] { layout.step(); });
        const double wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs() - cpuBefore;
        bool finite = true;
        for (const QPointF& p : layout.positions())
            finite = finite && std::isfinite(p.x()) && std::isfinite(p.y());
        ctx.extra().insert("threads_used", layout.threadsUsed());
        ctx.extra().insert("cpu_ms_per_step", cpu / runs);
        ctx.extra().insert("cpu_per_wall", wallMs > 0 ? cpu / wallMs : 0);
        ctx.extra().insert("nodes", lg.nodeCount);
        ctx.extra().insert("edges", static_cast<qint64>(lg.edges.size()));
        ctx.extra().insert("finite", finite);
    }};

/** The `count` most connected entities, as the main window draws a project without an overview. */
std::vector<int> mostConnected(const KnowledgeGraph& graph, int count)
{
    std::vector<int> order(static_cast<size_t>(graph.entityCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return graph.degree(a) > graph.degree(b); });
    order.resize(std::min(order.size(), static_cast<size_t>(count)));
    std::sort(order.begin(), order.end());
    return order;
}

/**
 * What the main window draws on opening: the project's overview view (the first saved view
 * listing entities), else the 2,000 most connected; --entities N asks for the N most connected.
 */
std::vector<int> drawnOnOpening(BenchContext& ctx)
{
    const KnowledgeGraph& graph = ctx.graph();
    const QString count = ctx.option(QStringLiteral("--entities"));
    if (count.isEmpty())
        for (const SavedView& v : ctx.store().savedViews()) {
            const QJsonArray ids = QJsonDocument::fromJson(v.payload)
                                       .object()
                                       .value(QStringLiteral("entities"))
                                       .toArray();
            std::vector<int> out;
            for (const auto& id : ids)
                if (const auto vertex = graph.indexOf(id.toString()); vertex >= 0)
                    out.push_back(vertex);
            if (!out.empty()) {
                std::sort(out.begin(), out.end());
                ctx.extra().insert("view", v.name);
                return out;
            }
        }
    return mostConnected(graph, count.isEmpty() ? 2000 : count.toInt());
}

const BenchRegistry::Entry layoutGui{
    QStringLiteral("layout-gui"),
    QStringLiteral("longest GUI-thread stall (5 ms ticker) while the force layout animates the "
                   "entities the main window draws on opening (the overview; --entities N: the N "
                   "most connected) on a shown canvas; --project: the default dataset; one "
                   "figure per run"),
    [](BenchContext& ctx) {
        const KnowledgeGraph& graph = ctx.graph();
        std::shared_ptr<const KnowledgeGraph> shared(&graph, [](const KnowledgeGraph*) {});
        GraphDocument document;
        document.setGraph(shared, drawnOnOpening(ctx));
        GraphCanvas canvas(&document);
        canvas.resize(1200, 800);
        canvas.show();
        LayoutRunner runner;
        int frames = 0;
        double longestFrame = 0, longestFrameCpu = 0;
        // What LayoutController does with a frame: move the nodes (the scene follows).
        QObject::connect(&runner, &LayoutRunner::frame, [&](const std::vector<QPointF>& p) {
            QElapsedTimer t;
            t.start();
            const double cpu = threadCpuMs();
            document.setVisiblePositions(p);
            longestFrame = std::max(longestFrame, static_cast<double>(t.nsecsElapsed()) / 1e6);
            longestFrameCpu = std::max(longestFrameCpu, threadCpuMs() - cpu);
            ++frames;
        });
        double layoutMs = 0, longestCpu = 0, longestAt = 0, longestGuiCpu = 0;
        for (int run = 0; run < ctx.runs(3); ++run) {
            QEventLoop loop;
            QObject::connect(&runner, &LayoutRunner::finished, &loop, &QEventLoop::quit);
            QElapsedTimer gap, total;
            double longest = 0;
            QTimer ticker;
            ticker.setInterval(5);
            ticker.setTimerType(Qt::PreciseTimer);
            // The GUI thread's own CPU time in the longest gap tells work (the gap is ours) from
            // waiting for a core (the machine is busy).
            double lastCpu = threadCpuMs();
            QObject::connect(&ticker, &QTimer::timeout, [&] {
                const double ms = static_cast<double>(gap.nsecsElapsed()) / 1e6;
                const double cpu = threadCpuMs();
                if (ms > longest) {
                    longest = ms;
                    longestCpu = std::max(longestCpu, cpu - lastCpu);
                    longestAt = static_cast<double>(total.nsecsElapsed()) / 1e6;
                }
                longestGuiCpu = std::max(longestGuiCpu, cpu - lastCpu);
                lastCpu = cpu;
                gap.restart();
            });
            const LayoutGraph lg =
                OffscreenDiagram::layoutInput(document, *canvas.graphScene(), false);
            // As LayoutController does while a layout animates (see there why).
            canvas.graphScene()->setItemIndexMethod(QGraphicsScene::NoIndex);
            gap.start();
            total.start();
            ticker.start();
            runner.start(std::make_unique<ForceLayout>(), lg, {}, 600);
            loop.exec();
            ticker.stop();
            canvas.graphScene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
            layoutMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
            ctx.record(longest);
        }
        ctx.extra().insert("entities_drawn", canvas.graphScene()->nodeCount());
        ctx.extra().insert("relations_drawn", canvas.graphScene()->edgeCount());
        ctx.extra().insert("frames", frames);
        ctx.extra().insert("longest_frame_apply_ms", longestFrame);
        ctx.extra().insert("longest_frame_apply_cpu_ms", longestFrameCpu);
        ctx.extra().insert("layout_wall_ms", layoutMs);
        ctx.extra().insert("longest_stall_gui_cpu_ms", longestCpu);
        ctx.extra().insert("longest_stall_at_ms", longestAt);
        ctx.extra().insert("most_gui_cpu_between_ticks_ms", longestGuiCpu);
    }};

} // namespace
} // namespace entente
