// entente-bench: deterministic synthetic graphs and timed scenarios (DESIGN.md, Quality bars).
// Prints figures; it never passes or fails on time.
#include "graph/knowledgegraph.h"
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
           "       scenarios: open\n";
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
        if (command != QLatin1String("open"))
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
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto store = SqliteProjectStore::open(project, /*readOnly=*/true);
            KnowledgeGraph graph;
            store->loadGraph(graph);
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            entities = graph.entityCount();
            relations = graph.relationCount();
        }
        std::sort(times.begin(), times.end());
        const QJsonObject result{{"scenario", command},
                                 {"scale", scale.name},
                                 {"runs", runs},
                                 {"median_ms", times[times.size() / 2]},
                                 {"min_ms", times.front()},
                                 {"max_ms", times.back()},
                                 {"peak_rss_mb", peakRssMb()},
                                 {"entities", entities},
                                 {"relations", relations}};
        if (args.contains(QStringLiteral("--json")))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        else
            out << command << " " << scale.name << ": median " << result["median_ms"].toDouble() << " ms (min "
                << times.front() << ", max " << times.back() << ") over " << runs << " runs, peak RSS "
                << result["peak_rss_mb"].toDouble() << " MB, " << entities << " entities, " << relations << " relations\n";
        return 0;
    } catch (const StoreError& e) {
        err << "entente-bench: " << e.message() << "\n";
        return 4;
    }
}
