// entente-bench: deterministic synthetic graphs and timed scenarios (DESIGN.md, Quality bars).
// Prints figures; it never passes or fails on time.
#include "graph/knowledgegraph.h"
#include "query/graphfilter.h"
#include "query/graphmetrics.h"
#include "query/pathfinder.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"
#include "syntheticgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <functional>
#include <vector>

using namespace entente;

namespace {

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

int usage(QTextStream& err)
{
    err << "usage: entente-bench generate --scale S|M|L --out FILE.entente [--seed N]\n"
           "       entente-bench SCENARIO --scale S|M|L [--runs N] [--project FILE] [--json]\n"
           "       scenarios: open, path, dijkstra, kpaths, filter, betweenness\n"
           "       entente-bench pairs --scale S|M|L [--count N]   prints the query pairs (for peer scripts)\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage(err);
    const QString command = args.first();
    SyntheticGraph::Scale scale;
    if (!SyntheticGraph::scaleFor(option(args, "--scale", "S"), &scale)) {
        err << "entente-bench: --scale must be S, M or L\n";
        return 2;
    }
    const quint64 seed = option(args, "--seed", "42").toULongLong();
    try {
        if (command == QLatin1String("generate")) {
            const QString path = option(args, "--out");
            if (path.isEmpty() || !path.endsWith(QLatin1String(".entente")))
                return usage(err);
            QElapsedTimer t;
            t.start();
            SyntheticGraph::writeProject(path, scale, seed);
            out << "generated " << path << ": scale " << scale.name << ", " << scale.entities << " entities, "
                << scale.relations << " relations, seed " << seed << " in " << t.elapsed() << " ms\n";
            return 0;
        }
        static const QStringList scenarios{"open", "path", "dijkstra", "kpaths", "filter", "betweenness", "pairs"};
        if (!scenarios.contains(command))
            return usage(err);
        QString project = option(args, "--project");
        if (project.isEmpty()) {
            // Generate once per scale and seed in a cache folder, in a child process so that
            // this process's peak memory is the scenario's alone.
            const QString cache = QDir::current().absoluteFilePath(QStringLiteral("bench-cache"));
            QDir().mkpath(cache);
            project = QStringLiteral("%1/%2-%3.entente").arg(cache, scale.name).arg(seed);
            if (!QFileInfo::exists(project)) {
                err << "entente-bench: generating " << project << " (once)…\n";
                err.flush();
                const int rc = QProcess::execute(app.applicationFilePath(),
                                                 {"generate", "--scale", scale.name, "--seed", QString::number(seed), "--out", project});
                if (rc != 0)
                    return 4;
            }
        }
        const int runs = std::max(1, option(args, "--runs", "5").toInt());
        std::vector<double> times;
        qint64 entities = 0, relations = 0;
        QJsonObject extra;
        auto timed = [&](const std::function<void()>& f) {
            QElapsedTimer t;
            t.start();
            f();
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        };
        if (command == QLatin1String("open")) {
            for (int i = 0; i < runs; ++i) {
                timed([&] {
                    auto store = SqliteProjectStore::open(project, /*readOnly=*/true);
                    KnowledgeGraph graph;
                    store->loadGraph(graph);
                    entities = graph.entityCount();
                    relations = graph.relationCount();
                });
            }
        } else {
            auto store = SqliteProjectStore::open(project, /*readOnly=*/true);
            KnowledgeGraph graph;
            store->loadGraph(graph);
            entities = graph.entityCount();
            relations = graph.relationCount();
            // The same pseudo-random pairs every time (and for the peer scripts: `pairs`).
            const int count = option(args, "--count", command == QLatin1String("kpaths") ? "20" : "200").toInt();
            std::mt19937_64 rng(seed + 1);
            std::vector<std::pair<int, int>> pairs;
            for (int i = 0; i < count; ++i)
                pairs.emplace_back(static_cast<int>(rng() % static_cast<quint64>(entities)), static_cast<int>(rng() % static_cast<quint64>(entities)));
            if (command == QLatin1String("pairs")) {
                for (const auto& [a, b] : pairs)
                    out << a << " " << b << "\n";
                return 0;
            }
            const PathConstraints none(graph);
            PathConstraints weighted(graph);
            for (int k = 0; k < graph.vocabulary().size(); ++k)
                weighted.setKindWeight(k, 1.0 + k);
            const PathFinder finder(graph);
            int found = 0;
            double hops = 0;
            if (command == QLatin1String("path") || command == QLatin1String("dijkstra")) {
                for (const auto& [a, b] : pairs)
                    timed([&] {
                        const auto p = command == QLatin1String("path") ? finder.shortestPath(a, b, none) : finder.weightedShortestPath(a, b, weighted);
                        if (p) {
                            ++found;
                            hops += p->length();
                        }
                    });
                extra.insert("queries", count);
                extra.insert("found", found);
                extra.insert("mean_hops", found ? hops / found : 0);
            } else if (command == QLatin1String("kpaths")) {
                for (const auto& [a, b] : pairs)
                    timed([&] { found += static_cast<int>(finder.kShortestPaths(a, b, 5, none).size()); });
                extra.insert("queries", count);
                extra.insert("paths_found", found);
            } else if (command == QLatin1String("filter")) {
                // A filter change: the as-of year moves and the relation kinds toggle.
                for (int i = 0; i < std::max(runs, 10); ++i) {
                    FilterCriteria f;
                    f.asOf = PartialDate::ofYear(1900 + (i * 13) % 120);
                    if (i % 2)
                        f.relationKinds = {QStringLiteral("member_of"), QStringLiteral("party_to")};
                    f.minDegree = i % 3;
                    timed([&] { found = GraphFilter::apply(graph, f).vertices; });
                }
                extra.insert("last_visible_entities", found);
            } else if (command == QLatin1String("betweenness")) {
                const int samples = option(args, "--samples", entities > 20000 ? "256" : "0").toInt();
                const GraphMetrics metrics(graph, none);
                for (int i = 0; i < runs; ++i)
                    timed([&] { metrics.betweenness(nullptr, samples); });
                extra.insert("samples", samples);
            }
        }
        std::sort(times.begin(), times.end());
        QJsonObject result{{"scenario", command},
                                 {"scale", scale.name},
                                 {"runs", static_cast<int>(times.size())},
                                 {"median_ms", times[times.size() / 2]},
                                 {"min_ms", times.front()},
                                 {"max_ms", times.back()},
                                 {"peak_rss_mb", peakRssMb()},
                                 {"entities", entities},
                                 {"relations", relations}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            result.insert(it.key(), it.value());
        if (args.contains(QStringLiteral("--json")))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        else
            out << command << " " << scale.name << ": median " << result["median_ms"].toDouble() << " ms (min "
                << times.front() << ", max " << times.back() << ") over " << times.size() << " runs, peak RSS "
                << result["peak_rss_mb"].toDouble() << " MB, " << entities << " entities, " << relations << " relations\n";
        return 0;
    } catch (const StoreError& e) {
        err << "entente-bench: " << e.message() << "\n";
        return 4;
    }
}
