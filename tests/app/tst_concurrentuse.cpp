#include "projectworkload.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

/**
 * Two programs on one project file: writers at once, a writer holding the lock, two programs
 * creating the same project, readers while a writer imports. Every program either succeeds or
 * says the project is in use (naming the file, exit code 4); the file is never damaged and holds
 * exactly the batches whose import reported success.
 */
class TestConcurrentUse : public QObject
{
    Q_OBJECT

    static constexpr int BatchNodes = 20000;
    static constexpr int BatchEdges = 40000;

    QTemporaryDir m_dir;

    std::unique_ptr<QProcess> startImport(const QString& prefix, const QString& project)
    {
        const QString file = m_dir.filePath(prefix + ".graphml");
        if (!QFileInfo::exists(file))
            workload::writeGraphml(file, prefix, BatchNodes, BatchEdges);
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(ENTENTE_CLI_PATH), {"import", file, "--into", project});
        return p;
    }

    /** Success, or a refusal that says "in use" (or, for a lost creation race, "exists") and names
     * the file. */
    static bool finishedCleanly(QProcess& p, const QString& project, bool* succeeded)
    {
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(300000))
            return false;
        const QString err = QString::fromUtf8(p.readAllStandardError());
        *succeeded = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (*succeeded)
            return true;
        const bool clear = p.exitCode() == 4 && err.contains(project) &&
                           (err.contains(QLatin1String("in use")) ||
                            err.contains(QLatin1String("already exists")));
        if (!clear)
            qWarning("unclear refusal (exit %d): %s", p.exitCode(), qPrintable(err));
        return clear;
    }

    /** The project is sound and holds each batch whole exactly when its import said so. */
    static void verifyBatches(const QString& project, const QList<QPair<QString, bool>>& batches)
    {
        const workload::ProjectState s = workload::inspect(project);
        QCOMPARE(s.integrity, QString("ok"));
        QVERIFY2(s.openError.isEmpty(), qPrintable(s.openError));
        QCOMPARE(s.indexed, s.entities);
        for (const auto& [prefix, succeeded] : batches) {
            QCOMPARE(workload::countBatch(project, "entity", prefix), succeeded ? BatchNodes : 0);
            QCOMPARE(workload::countBatch(project, "relation", prefix), succeeded ? BatchEdges : 0);
        }
    }

    QString makeProject(const QString& name)
    {
        const QString project = m_dir.filePath(name);
        auto p = startImport(QStringLiteral("seed"), project);
        bool ok = false;
        if (!finishedCleanly(*p, project, &ok) || !ok)
            qFatal("cannot make %s", qPrintable(project));
        return project;
    }

    /**
     * Two imports started at once into `project`. When neither existed, the loser of the race
     * to create it must neither remove nor initialise the winner's file.
     */
    void twoWriters(const QString& project, bool existed)
    {
        const QString a = existed ? QStringLiteral("wa") : QStringLiteral("ca");
        const QString b = existed ? QStringLiteral("wb") : QStringLiteral("cb");
        auto first = startImport(a, project);
        auto second = startImport(b, project);
        bool aOk = false, bOk = false;
        QVERIFY(finishedCleanly(*first, project, &aOk));
        QVERIFY(finishedCleanly(*second, project, &bOk));
        QVERIFY(aOk || bOk);
        QVERIFY(QFileInfo::exists(project));
        QList<QPair<QString, bool>> expected{{a, aOk}, {b, bOk}};
        if (existed)
            expected.append({QStringLiteral("seed"), true});
        verifyBatches(project, expected);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoWritersAtOnce() { twoWriters(makeProject("writers.entente"), /*existed=*/true); }

    void writerHoldingTheLockGetsAClearMessage()
    {
        const QString project = makeProject("locked.entente");
        // Another program in the middle of a write transaction, for longer than the busy timeout.
        sqlite3* other = nullptr;
        QCOMPARE(
            sqlite3_open_v2(project.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto p = startImport(QStringLiteral("blocked"), project);
        QVERIFY(p->waitForFinished(60000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitCode(), 4);
        QVERIFY2(err.contains(project) && err.contains(QLatin1String("in use")), qPrintable(err));
        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        verifyBatches(project, {{"seed", true}, {"blocked", false}});
    }

    void twoProgramsCreatingTheSameProject()
    {
        twoWriters(m_dir.filePath("created.entente"), /*existed=*/false);
    }

    void readersWhileAWriterImports()
    {
        const QString project = makeProject("readers.entente");
        const qint64 before = workload::inspect(project).entities;
        auto writer = startImport(QStringLiteral("wr"), project);
        int readsDuringWrite = 0;
        // waitForFinished(0) polls the process: without an event loop state() is never updated.
        auto running = [&] {
            writer->waitForFinished(0);
            return writer->state() != QProcess::NotRunning;
        };
        while (running()) {
            QProcess reader;
            reader.start(QStringLiteral(ENTENTE_CLI_PATH), {"info", project, "--json"});
            QVERIFY(reader.waitForFinished(60000));
            const QString err = QString::fromUtf8(reader.readAllStandardError());
            if (reader.exitCode() == 0) {
                // A snapshot: before the import or after it, never in between.
                const QByteArray out = reader.readAllStandardOutput();
                const qint64 seen =
                    QJsonDocument::fromJson(out).object().value("entities").toInteger(-1);
                QVERIFY2(seen == before || seen == before + BatchNodes, out.constData());
            } else {
                QCOMPARE(reader.exitCode(), 4);
                QVERIFY2(err.contains(project) && err.contains(QLatin1String("in use")),
                         qPrintable(err));
            }
            if (running())
                ++readsDuringWrite;
        }
        bool ok = false;
        QVERIFY(finishedCleanly(*writer, project, &ok));
        QVERIFY(ok);
        QVERIFY2(readsDuringWrite > 0,
                 "the import ended before any reader ran; make the batch larger");
        qInfo("%d reads while the import ran", readsDuringWrite);
        verifyBatches(project, {{"seed", true}, {"wr", true}});
    }
};

QTEST_GUILESS_MAIN(TestConcurrentUse)
#include "tst_concurrentuse.moc"
