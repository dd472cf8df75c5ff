// Scenario "import-graphml": read a GraphML file of the synthetic graph
// (bench-cache/<scale>-<seed>.graphml, written once by `entente-bench generate`) and merge it into
// a new, empty project: the whole of File → Import for another tool's file. Reading and writing are
// also reported apart.
#include "benchcontext.h"
#include "formats/graphimporter.h"
#include "formats/importmerger.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <ctime>

namespace entente {
namespace {

/** The GraphML file to import: --file, else the cached one for the scale and seed, made once. */
QString graphmlFile(BenchContext& ctx)
{
    const QString given = ctx.option(QStringLiteral("--file"));
    if (!given.isEmpty())
        return given;
    const QString cache = QDir::current().absoluteFilePath(QStringLiteral("bench-cache"));
    QDir().mkpath(cache);
    const QString file =
        QStringLiteral("%1/%2-%3.graphml").arg(cache, ctx.scale().name).arg(ctx.seed());
    if (!QFileInfo::exists(file)) {
        // A child process, so that generating does not count in this process's peak memory.
        const int code = QProcess::execute(QCoreApplication::applicationFilePath(),
                                           {"generate", "--scale", ctx.scale().name, "--seed",
                                            QString::number(ctx.seed()), "--out", file});
        if (code != 0)
            throw StoreError(StoreError::Code::Io,
                             QStringLiteral("%1: could not generate it").arg(file));
    }
    return file;
}

const BenchRegistry::Entry importGraphml{
    QStringLiteral("import-graphml"),
    QStringLiteral(
        "import the scale's GraphML file (generated once) into a new project, one transaction"),
    [](BenchContext& ctx) {
        const QString file = graphmlFile(ctx);
        double readMs = 0, writeMs = 0, readCpuMs = 0, writeCpuMs = 0;
        // CPU time too: on a machine shared with other work, wall time says as much about the
        // neighbours as about the import.
        auto cpuMs = [] { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
        for (int i = 0, runs = ctx.runs(1); i < runs; ++i) {
            // The new project sits beside the cache: at scale L it is gigabytes.
            QTemporaryDir scratch(QFileInfo(file).absolutePath() +
                                  QStringLiteral("/.import-XXXXXX"));
            auto store =
                SqliteProjectStore::create(scratch.filePath(QStringLiteral("imported.entente")));
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuMs();
            const ImportResult result =
                GraphImporter::read(file, store->vocabulary(), GraphFormat::GraphMl);
            const double read = t.nsecsElapsed() / 1e6;
            const double cpu1 = cpuMs();
            const ImportSummary summary = ImportMerger::merge(*store, result);
            const double total = t.nsecsElapsed() / 1e6;
            readCpuMs = cpu1 - cpu0;
            writeCpuMs = cpuMs() - cpu1;
            ctx.record(total);
            readMs = read;
            writeMs = total - read;
            ctx.setCounts(summary.entitiesAdded, summary.relationsAdded);
        }
        ctx.extra().insert(QStringLiteral("file"), file);
        ctx.extra().insert(QStringLiteral("file_mb"),
                           static_cast<double>(QFileInfo(file).size()) / (1024.0 * 1024.0));
        ctx.extra().insert(QStringLiteral("last_read_ms"), readMs);
        ctx.extra().insert(QStringLiteral("last_write_ms"), writeMs);
        ctx.extra().insert(QStringLiteral("last_read_cpu_ms"), readCpuMs);
        ctx.extra().insert(QStringLiteral("last_write_cpu_ms"), writeCpuMs);
    },
    /*needsProject=*/false};

} // namespace
} // namespace entente
