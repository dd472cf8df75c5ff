// entente-bench: deterministic synthetic graphs and timed scenarios (DESIGN.md, Quality bars).
// Prints figures; it never passes or fails on time. Scenarios live in scenarios/*.cpp.
#include "benchcontext.h"
#include "graph/knowledgegraph.h"
#include "store/storeerror.h"
#include "syntheticgraph.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <exception>

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
    err << "usage: entente-bench generate --scale S|M|L --out FILE.entente|FILE.graphml|FILE.csv [--seed N]\n"
           "       (FILE.csv writes FILE-nodes.csv and FILE-edges.csv)\n"
           "       entente-bench SCENARIO --scale S|M|L [--runs N] [--project FILE] [--json]\n"
           "       entente-bench pairs --scale S|M|L [--count N]   prints the query pairs (for "
           "peer scripts)\n"
           "scenarios:\n";
    auto scenarios = BenchRegistry::all();
    std::sort(scenarios.begin(), scenarios.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& s : scenarios)
        err << "  " << s.name.leftJustified(14) << s.description << "\n";
    return 2;
}

/** The generated project for a scale and seed, made once in ./bench-cache by a child process. */
QString cachedProject(const QString& self, const SyntheticGraph::Scale& scale, quint64 seed,
                      QTextStream& err)
{
    const QString cache = QDir::current().absoluteFilePath(QStringLiteral("bench-cache"));
    QDir().mkpath(cache);
    const QString project = QStringLiteral("%1/%2-%3.entente").arg(cache, scale.name).arg(seed);
    if (!QFileInfo::exists(project)) {
        err << "entente-bench: generating " << project << " (once)…\n";
        err.flush();
        // A child process, so that this process's peak memory is the scenario's alone.
        if (QProcess::execute(self, {"generate", "--scale", scale.name, "--seed",
                                     QString::number(seed), "--out", project}) != 0)
            return {};
    }
    return project;
}

} // namespace

int main(int argc, char** argv)
{
    // Render and export scenarios draw with QtGui; offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
            const bool project = path.endsWith(QLatin1String(".entente"));
            if (!project && !path.endsWith(QLatin1String(".graphml")) && !path.endsWith(QLatin1String(".csv")))
                return usage(err);
            QElapsedTimer t;
            t.start();
            QStringList written{path};
            if (project)
                SyntheticGraph::writeProject(path, scale, seed);
            else
                written = SyntheticGraph::writeFile(path, scale, seed); // the same graph, as another tool reads it
            out << "generated " << written.join(QStringLiteral(" and ")) << ": scale " << scale.name << ", "
                << scale.entities << " entities, " << scale.relations << " relations, seed " << seed << " in "
                << t.elapsed() << " ms\n";
            return 0;
        }
        const BenchRegistry::Scenario* scenario = BenchRegistry::find(command);
        if (!scenario && command != QLatin1String("pairs"))
            return usage(err);
        QString project = option(args, "--project");
        if (project.isEmpty() && (!scenario || scenario->needsProject)) {
            project = cachedProject(app.applicationFilePath(), scale, seed, err);
            if (project.isEmpty())
                return 4;
        }
        BenchContext ctx(project, scale, seed, args);
        if (!scenario) { // pairs
            for (const auto& [a, b] : ctx.pairs(option(args, "--count", "200").toInt()))
                out << a << " " << b << "\n";
            return 0;
        }
        scenario->run(ctx);
        std::vector<double>& times = ctx.times();
        if (times.empty()) {
            err << "entente-bench: " << command << " timed nothing\n";
            return 1;
        }
        std::sort(times.begin(), times.end());
        QJsonObject result{{"scenario", command},
                           {"scale", scale.name},
                           {"runs", static_cast<int>(times.size())},
                           {"median_ms", times[times.size() / 2]},
                           {"min_ms", times.front()},
                           {"max_ms", times.back()},
                           {"peak_rss_mb", peakRssMb()},
                           {"entities", ctx.entities()},
                           {"relations", ctx.relations()}};
        for (auto it = ctx.extra().begin(); it != ctx.extra().end(); ++it)
            result.insert(it.key(), it.value());
        if (args.contains(QStringLiteral("--json")))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        else
            out << command << " " << scale.name << ": median " << result["median_ms"].toDouble()
                << " ms (min " << times.front() << ", max " << times.back() << ") over "
                << times.size() << " runs, peak RSS " << result["peak_rss_mb"].toDouble() << " MB, "
                << ctx.entities() << " entities, " << ctx.relations() << " relations\n";
        return 0;
    } catch (const StoreError& e) {
        err << "entente-bench: " << e.message() << "\n";
        return 4;
    } catch (const std::exception& e) {
        err << "entente-bench: " << e.what() << "\n";
        return 4;
    }
}
