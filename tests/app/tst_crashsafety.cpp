#include "projectworkload.h"
#include "store/sqliteprojectstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

/**
 * Kills `entente-cli import` with SIGKILL at random moments and checks after every kill that the
 * project is sound (integrity_check ok, Entente opens it) and holds exactly the last committed
 * state: the batch landed whole or not at all, and nothing that was there before is lost.
 *
 * Then does the same to a process saving copies ("Save As") over an existing project: after
 * every kill the target is one of the two projects whole, never a mixture and never missing.
 *
 * ENTENTE_CRASH_ITERATIONS sets the number of kills (default 40), ENTENTE_CRASH_SEED the seed.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

    static constexpr int BatchNodes = 3000;
    static constexpr int BatchEdges = 6000;

    QTemporaryDir m_dir;
    QString m_project;

    static int crashIterations()
    {
        return qEnvironmentVariableIsSet("ENTENTE_CRASH_ITERATIONS")
                   ? qEnvironmentVariableIntValue("ENTENTE_CRASH_ITERATIONS")
                   : 40;
    }
    /** Printed with every failure, so a failing run can be repeated exactly. */
    static quint32 crashSeed()
    {
        return qEnvironmentVariableIsSet("ENTENTE_CRASH_SEED")
                   ? quint32(qEnvironmentVariableIntValue("ENTENTE_CRASH_SEED"))
                   : QRandomGenerator::global()->generate();
    }

    /** Empty when integrity_check is ok and Entente opens the project; otherwise what is wrong. */
    static QString unsound(const workload::ProjectState& state)
    {
        return state.integrity != QLatin1String("ok") ? state.integrity : state.openError;
    }

    static int runImport(const QString& file, const QString& project)
    {
        QProcess p;
        p.start(QStringLiteral(ENTENTE_CLI_PATH), {"import", file, "--into", project});
        if (!p.waitForFinished(120000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath("crash.entente");
        const QString base = m_dir.filePath("base.graphml");
        workload::writeGraphml(base, "base", 200, 400);
        QCOMPARE(runImport(base, m_project), 0);
    }

    void killedImportsLoseNothing()
    {
        const int iterations = crashIterations();
        const quint32 seed = crashSeed();
        QRandomGenerator random(seed);

        // Calibrate: how long one whole import takes here (sanitizer builds are slower), so the
        // kills spread over start-up, reading, the write transaction and the commit.
        const QString calibration = m_dir.filePath("calibration.graphml");
        workload::writeGraphml(calibration, "cal", BatchNodes, BatchEdges);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runImport(calibration, m_project), 0);
        const qint64 importMs = clock.elapsed();

        workload::ProjectState before = workload::inspect(m_project);
        QCOMPARE(before.integrity, QString("ok"));
        int rolledBack = 0, landedBeforeKill = 0, finished = 0;
        for (int i = 0; i < iterations; ++i) {
            const QString prefix = QStringLiteral("b%1").arg(i);
            const QString file = m_dir.filePath(prefix + ".graphml");
            workload::writeGraphml(file, prefix, BatchNodes, BatchEdges);
            const int delayMs = random.bounded(int(importMs * 13 / 10) + 1);

            QProcess p;
            p.start(QStringLiteral(ENTENTE_CLI_PATH), {"import", file, "--into", m_project});
            QVERIFY(p.waitForStarted());
            QThread::msleep(delayMs);
            const bool killed = p.state() != QProcess::NotRunning;
            if (killed)
                p.kill(); // SIGKILL: no destructor, no rollback, no flush
            QVERIFY(p.waitForFinished(120000));
            if (!killed)
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

            const workload::ProjectState after = workload::inspect(m_project);
            const QString where = (QStringLiteral("iteration %1 (seed %2, kill after %3 ms)")
                                       .arg(i)
                                       .arg(seed)
                                       .arg(delayMs));
            const QString problem = unsound(after);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + " at " + where));
            const qint64 batchEntities = workload::countBatch(m_project, "entity", prefix);
            const qint64 batchRelations = workload::countBatch(m_project, "relation", prefix);
            const bool landed = batchEntities == BatchNodes && batchRelations == BatchEdges;
            const bool absent = batchEntities == 0 && batchRelations == 0;
            QVERIFY2(landed || absent,
                     qPrintable(QStringLiteral("half a batch: %1 entities, %2 relations at %3")
                                    .arg(batchEntities)
                                    .arg(batchRelations)
                                    .arg(where)));
            QCOMPARE(after.entities, before.entities + (landed ? BatchNodes : 0));
            QCOMPARE(after.relations, before.relations + (landed ? BatchEdges : 0));
            QCOMPARE(after.indexed, after.entities);
            if (!killed)
                ++finished;
            else if (landed)
                ++landedBeforeKill;
            else
                ++rolledBack;
            before = after;
        }
        qInfo("%d kills (seed %u, one import takes %lld ms): %d rolled back, %d killed after the "
              "commit, "
              "%d finished before the kill; 0 losses",
              iterations, seed, importMs, rolledBack, landedBeforeKill, finished);
        // The test means something only if most runs were interrupted.
        QVERIFY(iterations < 10 || rolledBack + landedBeforeKill > iterations / 2);
    }

    void killedSaveAsLosesNothing()
    {
        const int iterations = crashIterations();
        const quint32 seed = crashSeed();
        QRandomGenerator random(seed);

        // Two projects told apart by their batch, and a target that starts as the first.
        const QString first = m_dir.filePath("first.entente");
        const QString second = m_dir.filePath("second.entente");
        const QString target = m_dir.filePath("target.entente");
        for (const auto& [project, prefix] : {std::pair{first, QStringLiteral("first")},
                                              std::pair{second, QStringLiteral("second")}}) {
            const QString file = m_dir.filePath(prefix + ".graphml");
            workload::writeGraphml(file, prefix, BatchNodes, BatchEdges);
            QCOMPARE(runImport(file, project), 0);
        }
        QVERIFY(QFile::copy(first, target));
        const workload::ProjectState firstState = workload::inspect(first);
        const workload::ProjectState secondState = workload::inspect(second);

        // Calibrate on one save so the kills spread over the copy, the WAL fold and the rename.
        QElapsedTimer clock;
        clock.start();
        entente::SqliteProjectStore::open(second, /*readOnly=*/true)->saveCopyAs(target);
        const qint64 saveMs = qMax<qint64>(1, clock.elapsed());

        int asFirst = 0, asSecond = 0;
        for (int i = 0; i < iterations; ++i) {
            // The child saves first, second, first, … over the target until it is killed.
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ENTENTE_SAVEAS_CHILD"),
                       first + '\n' + second + '\n' + target);
            p.setProcessEnvironment(env);
            p.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(p.waitForStarted());
            // Count the delay from the first save, not from the process start-up.
            QVERIFY2(p.waitForReadyRead(60000), p.readAllStandardError().constData());
            const int delayMs = random.bounded(int(saveMs * 3) + 1);
            QThread::msleep(delayMs);
            QVERIFY2(p.state() != QProcess::NotRunning, p.readAllStandardError().constData());
            p.kill();
            QVERIFY(p.waitForFinished(120000));

            const workload::ProjectState after = workload::inspect(target);
            const QString where = (QStringLiteral("save-as kill %1 (seed %2, after %3 ms)")
                                       .arg(i)
                                       .arg(seed)
                                       .arg(delayMs));
            const QString problem = unsound(after);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + " at " + where));
            const qint64 ofFirst = workload::countBatch(target, "entity", "first");
            const qint64 ofSecond = workload::countBatch(target, "entity", "second");
            const bool isFirst =
                ofFirst == BatchNodes && ofSecond == 0 && after.relations == firstState.relations;
            const bool isSecond =
                ofSecond == BatchNodes && ofFirst == 0 && after.relations == secondState.relations;
            QVERIFY2(isFirst || isSecond,
                     qPrintable(QStringLiteral("the target is neither project: %1 + %2 entities, "
                                               "%3 relations at %4")
                                    .arg(ofFirst)
                                    .arg(ofSecond)
                                    .arg(after.relations)
                                    .arg(where)));
            QCOMPARE(after.indexed, after.entities);
            (isFirst ? asFirst : asSecond)++;
        }
        qInfo("%d save-as kills (seed %u, one save takes %lld ms): %d left the first project, %d "
              "the second; 0 losses",
              iterations, seed, saveMs, asFirst, asSecond);
    }
};

/** The child of killedSaveAsLosesNothing: saves the two projects over the target in turn, forever.
 */
static int saveAsForever(const QString& plan)
{
    const QStringList files = plan.split('\n');
    if (files.size() != 3)
        return 2;
    try {
        const auto first = entente::SqliteProjectStore::open(files[0], /*readOnly=*/true);
        const auto second = entente::SqliteProjectStore::open(files[1], /*readOnly=*/true);
        std::fputs("saving\n", stdout);
        std::fflush(stdout);
        for (;;) {
            first->saveCopyAs(files[2]);
            second->saveCopyAs(files[2]);
        }
    } catch (const entente::StoreError& e) {
        qWarning("%s", qPrintable(e.message()));
        return 4;
    }
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("ENTENTE_SAVEAS_CHILD"))
        return saveAsForever(qEnvironmentVariable("ENTENTE_SAVEAS_CHILD"));
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashsafety.moc"
