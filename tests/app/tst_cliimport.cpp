#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ENTENTE_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString fixture(const QString& name)
{
    return QStringLiteral(ENTENTE_FIXTURES_DIR "/formats/") + name;
}

} // namespace

/** `entente-cli import --map` as a real process: what a script sees for each kind of mapping. */
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

private slots:
    void map_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("map");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("relations");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("edge list mapped")
            << "mapping/treaty_links.csv"
            << "Who=source,Whom=target,Link=relation_kind" << 0 << 4 << 3 << "";
        QTest::newRow("node table mapped")
            << "mapping/delegations.csv"
            << "Code=id,\"Full name\"=name,Role=kind" << 0 << 3 << 0 << "";
        QTest::newRow("no mapping, nothing recognisable")
            << "mapping/treaty_links.csv"
            << "" << 3 << 0 << 0 << "treaty_links.csv:1:1: expected a node table";
        QTest::newRow("unknown role")
            << "mapping/treaty_links.csv"
            << "Who=origin" << 2 << 0 << 0 << "--map: \"origin\" is not a role";
        QTest::newRow("unknown column") << "mapping/treaty_links.csv"
                                        << "Who=source,Whom=target,Year=start" << 3 << 0 << 0
                                        << "names \"Year\", which is not a column";
        QTest::newRow("not a CSV") << "igraph.graphml"
                                   << "From=source" << 3 << 0 << 0 << "applies to CSV tables";
    }
    void map()
    {
        QFETCH(QString, file);
        QFETCH(QString, map);
        QFETCH(int, code);
        QFETCH(int, entities);
        QFETCH(int, relations);
        QFETCH(QString, errorPart);
        const QString project = m_dir.filePath(QStringLiteral("p%1.entente").arg(++m_projects));
        QStringList args{"import", fixture(file), "--into", project, "--json"};
        if (!map.isEmpty())
            args << "--map" << map;
        const Run r = cli(args);
        QVERIFY2(r.code == code, r.err.constData());
        if (code != 0) {
            QVERIFY2(QString::fromUtf8(r.err).contains(errorPart), r.err.constData());
            QVERIFY(!QFile::exists(project)); // a failed first import leaves no project behind
            return;
        }
        const QJsonObject added = QJsonDocument::fromJson(r.out).object().value("added").toObject();
        QCOMPARE(added.value("entities").toInt(), entities);
        QCOMPARE(added.value("relations").toInt(), relations);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
