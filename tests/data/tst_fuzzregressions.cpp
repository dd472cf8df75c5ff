#include "../fuzz/fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace entente;

/**
 * Replays, through the fuzz targets' own code (tests/fuzz/fuzztargets.h), every input that once
 * crashed a fuzzer (tests/fixtures/fuzz-regressions/<target>/) and every committed seed
 * (tests/fuzz/corpus/<target>/), so a fixed crash stays fixed in the ordinary test run and
 * under the sanitizers. A target aborts on a broken promise, so a regression fails the suite.
 */
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static void addRows(const QString& root, const char* prefix)
    {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        int rows = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = QFileInfo(file).dir().dirName();
            if (!target.startsWith(QLatin1String("fuzz_")))
                continue; // the folder's README
            QTest::addRow("%s %s/%s", prefix, qPrintable(target),
                          qPrintable(QFileInfo(file).fileName()))
                << target << file;
            ++rows;
        }
        QVERIFY2(rows > 0 || QLatin1String(prefix) == QLatin1String("regression"),
                 qPrintable(root));
    }

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        addRows(QStringLiteral(ENTENTE_FIXTURES_DIR "/fuzz-regressions"), "regression");
        addRows(QStringLiteral(ENTENTE_FIXTURES_DIR "/../fuzz/corpus"), "seed");
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const auto found = fuzz::targets().find(target);
        QVERIFY2(found != fuzz::targets().end(), qPrintable("no fuzz target named " + target));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        found->second(reinterpret_cast<const uint8_t*>(bytes.constData()),
                      static_cast<size_t>(bytes.size()));
    }

    void everyTargetHasSeeds()
    {
        for (const auto& [name, run] : fuzz::targets()) {
            const QDir seeds(QStringLiteral(ENTENTE_FIXTURES_DIR "/../fuzz/corpus/") + name);
            QVERIFY2(!seeds.entryList(QDir::Files).isEmpty(),
                     qPrintable("no seed corpus for " + name));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
