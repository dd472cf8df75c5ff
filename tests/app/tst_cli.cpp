#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/** entente-cli as a user runs it: real process, real output, exit codes of DESIGN.md. */
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(ENTENTE_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QJsonObject json(const Run& r)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", r.out.constData());
        return doc.object();
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("info") << QStringList{"info"} << 0 << "";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "";
        QTest::newRow("no command") << QStringList{} << 2 << "no command";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
        QTest::newRow("unknown option") << QStringList{"info", "--colour"} << 2 << "unknown option";
        QTest::newRow("bad date") << QStringList{"show", "NATO", "--at", "2023-13"} << 2 << "month 13";
        QTest::newRow("bad kind") << QStringList{"search", "x", "--kind", "planet"} << 2 << "not a kind";
        QTest::newRow("bad limit") << QStringList{"search", "x", "--limit", "-3"} << 2 << "positive";
        QTest::newRow("unknown entity suggests") << QStringList{"show", "Natoo"} << 1 << "did you mean";
        QTest::newRow("nothing found") << QStringList{"search", "zzzzqqq"} << 1 << "nothing matches";
        QTest::newRow("missing project") << QStringList{"info", "/nonexistent/x.entente"} << 4 << "no such file";
        QTest::newRow("not a project") << QStringList{"info", ENTENTE_CLI_PATH} << 4 << "not an Entente project";
        QTest::newRow("show needs entity") << QStringList{"show"} << 2 << "exactly one ENTITY";
        QTest::newRow("path needs two") << QStringList{"path", "Norway"} << 2 << "FROM and TO";
        QTest::newRow("path unknown kind") << QStringList{"path", "Norway", "Israel", "--relations", "married_to"} << 2 << "unknown relation kind";
        QTest::newRow("path window reversed") << QStringList{"path", "Norway", "Israel", "--between", "2000", "1990"} << 2 << "before the start";
        QTest::newRow("path at and between") << QStringList{"path", "Norway", "Israel", "--at", "1990", "--between", "1980", "1990"} << 2 << "either --at or --between";
        QTest::newRow("path cut by date") << QStringList{"path", "Norway", "Israel", "--at", "1930"} << 1 << "Without --at there is a path";
        QTest::newRow("path unknown avoid") << QStringList{"path", "Norway", "Israel", "--avoid", "Atlantiss"} << 1 << "no entity";
        QTest::newRow("path bad weights") << QStringList{"path", "Norway", "Israel", "--weights", "member_of=x"} << 2 << "kind=weight";
        QTest::newRow("path unknown weight kind") << QStringList{"path", "Norway", "Israel", "--weights", "likes=2"} << 2 << "not a relation kind";
        QTest::newRow("neighbours bad depth") << QStringList{"neighbours", "NATO", "--depth", "0"} << 2 << "from 1 to 100";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrPart);
        const Run r = run(args);
        QVERIFY2(r.code == code, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart), r.err.constData());
    }

    void infoJson()
    {
        const Run r = run({"info", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        for (const char* key : {"entities", "relations", "entity_kinds", "relation_kinds", "categories", "unsourced_relations"})
            QVERIFY2(o.contains(key), key);
        QVERIFY(o["entities"].toInt() > 0);
        QCOMPARE(o["unsourced_relations"].toInt(), 0);
        QVERIFY(o["entity_kinds"].toObject().contains("organisation"));
    }

    void searchJson()
    {
        const Run r = run({"search", "north atlantic", "--json", "--kind", "organisation"});
        QCOMPARE(r.code, 0);
        const QJsonArray results = json(r)["results"].toArray();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().toObject()["id"].toString(), QString("org:nato"));
        for (const auto& v : results) {
            QCOMPARE(v.toObject()["kind"].toString(), QString("organisation"));
            QVERIFY(v.toObject().contains("category"));
        }
    }

    void exactAliasRanksFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::newRow("ASEAN") << "ASEAN" << "org:asean";
        QTest::newRow("WTO") << "wto" << "org:wto";
        QTest::newRow("NATO") << "NATO" << "org:nato";
    }
    void exactAliasRanksFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        const Run r = run({"search", query, "--json", "--limit", "3"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)["results"].toArray().first().toObject()["id"].toString(), id);
    }

    void showJsonByAlias()
    {
        const Run r = run({"show", "nato", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        const QJsonObject e = o["entity"].toObject();
        QCOMPARE(e["id"].toString(), QString("org:nato"));
        for (const char* key : {"id", "name", "kind", "category", "aliases", "description", "start", "end"})
            QVERIFY2(e.contains(key), key);
        const QJsonArray rels = o["relations"].toArray();
        QVERIFY(!rels.isEmpty());
        bool franceSeen = false;
        for (const auto& v : rels) {
            const QJsonObject rel = v.toObject();
            for (const char* key : {"id", "kind", "direction", "other", "start", "end", "attributes", "sources"})
                QVERIFY2(rel.contains(key), key);
            QVERIFY(!rel["sources"].toArray().isEmpty());
            QVERIFY(!rel["sources"].toArray().first().toObject()["title"].toString().isEmpty());
            if (rel["other"].toObject()["id"].toString() == "state:FRA") {
                franceSeen = true;
                QCOMPARE(rel["direction"].toString(), QString("in"));
                QCOMPARE(rel["kind"].toString(), QString("member_of"));
            }
        }
        QVERIFY(franceSeen);
    }

    void showAtFiltersByDate()
    {
        const Run all = run({"show", "state:USA", "--json"});
        const Run in2020 = run({"show", "state:USA", "--json", "--at", "2020-12"});
        QCOMPARE(all.code, 0);
        QCOMPARE(in2020.code, 0);
        auto parisSpells = [](const QJsonObject& o) {
            int n = 0;
            for (const auto& v : o["relations"].toArray())
                n += v.toObject()["other"].toObject()["id"].toString() == "treaty:paris-agreement" ? 1 : 0;
            return n;
        };
        QVERIFY(parisSpells(json(all)) >= 2);
        QCOMPARE(parisSpells(json(in2020)), 0);
        QCOMPARE(json(in2020)["at"].toString(), QString("2020-12"));
    }

    void timelineJsonIsOrdered()
    {
        const Run r = run({"timeline", "United States", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray events = json(r)["events"].toArray();
        QVERIFY(events.size() >= 3);
        QString previous;
        bool sawEnd = false;
        for (const auto& v : events) {
            const QJsonObject ev = v.toObject();
            for (const char* key : {"date", "event", "relation"})
                QVERIFY2(ev.contains(key), key);
            QVERIFY(ev["relation"].toObject()["other"].toObject().contains("name"));
            const QString date = ev["date"].toString();
            if (!date.isEmpty() && !previous.isEmpty())
                QVERIFY2(previous <= date, qPrintable(previous + " > " + date));
            if (!date.isEmpty())
                previous = date;
            sawEnd |= ev["event"].toString() == "end";
        }
        QVERIFY(sawEnd);
    }

    void pathJsonHasEvidence()
    {
        const Run r = run({"path", "Norway", "Israel", "--k", "3", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray paths = json(r)["paths"].toArray();
        QCOMPARE(paths.size(), 3);
        int previous = 0;
        for (const auto& pv : paths) {
            const QJsonObject p = pv.toObject();
            QVERIFY(p["length"].toInt() >= previous);
            previous = p["length"].toInt();
            QVERIFY(p["sentence"].toString().startsWith("Norway"));
            const QJsonArray hops = p["hops"].toArray();
            QCOMPARE(hops.size(), p["length"].toInt());
            QCOMPARE(hops.first().toObject()["from"].toObject()["id"].toString(), QString("state:NOR"));
            QCOMPARE(hops.last().toObject()["to"].toObject()["id"].toString(), QString("state:ISR"));
            for (const auto& hv : hops) {
                const QJsonObject rel = hv.toObject()["relation"].toObject();
                for (const char* key : {"id", "kind", "start", "end", "sources"})
                    QVERIFY2(rel.contains(key), key);
                QVERIFY(!rel["sources"].toArray().isEmpty());
            }
        }
    }

    void pathWeighted()
    {
        const Run cheapMembership = run({"path", "Norway", "Israel", "--weights", "member_of=1,party_to=10", "--json"});
        const Run dearMembership = run({"path", "Norway", "Israel", "--weights", "member_of=10,party_to=1", "--json"});
        QCOMPARE(cheapMembership.code, 0);
        QCOMPARE(dearMembership.code, 0);
        const QJsonObject a = json(cheapMembership)["paths"].toArray().first().toObject();
        const QJsonObject b = json(dearMembership)["paths"].toArray().first().toObject();
        QVERIFY(a["cost"].toDouble() > 0);
        for (const auto& h : a["hops"].toArray())
            QCOMPARE(h.toObject()["relation"].toObject()["kind"].toString(), QString("member_of"));
        // Making memberships dear moves the cheapest path off them where another way exists.
        bool avoidsMembership = true;
        for (const auto& h : b["hops"].toArray())
            avoidsMembership &= h.toObject()["relation"].toObject()["kind"].toString() != "member_of";
        QVERIFY(avoidsMembership || b["cost"].toDouble() >= 20);
    }

    void pathTimeRespecting()
    {
        const Run r = run({"path", "Norway", "Israel", "--time-respecting", "--json"});
        QCOMPARE(r.code, 0);
        QString clock;
        for (const auto& hv : json(r)["paths"].toArray().first().toObject()["hops"].toArray()) {
            const QString start = hv.toObject()["relation"].toObject()["start"].toString();
            if (!start.isEmpty() && !clock.isEmpty())
                QVERIFY2(start.left(4) >= clock.left(4), qPrintable(start + " after " + clock));
            if (!start.isEmpty())
                clock = start;
        }
    }

    void neighboursJson()
    {
        const Run r = run({"neighbours", "Oslo I Accord", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        bool norway = false;
        for (const auto& v : o["entities"].toArray()) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"id", "name", "kind", "depth"})
                QVERIFY2(e.contains(key), key);
            norway |= e["id"].toString() == "state:NOR" && e["depth"].toInt() == 1;
        }
        QVERIFY(norway);
        QVERIFY(!o["relations"].toArray().isEmpty());
        for (const auto& v : o["relations"].toArray())
            for (const char* key : {"id", "kind", "source", "target"})
                QVERIFY2(v.toObject().contains(key), key);
        const Run deeper = run({"neighbours", "Oslo I Accord", "--json", "--depth", "2"});
        QVERIFY(json(deeper)["entities"].toArray().size() > o["entities"].toArray().size());
    }

    void importMergesAndRefusesBadFiles()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("imported.entente");
        const QString good = QStringLiteral(ENTENTE_FIXTURES_DIR "/formats/gephi_dynamic.gexf");
        const Run first = run({"import", good, "--into", project, "--json"});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject a = json(first);
        for (const char* key : {"added", "updated", "skipped", "warnings"})
            QVERIFY2(a.contains(key), key);
        const int entities = a["added"].toObject()["entities"].toInt();
        QVERIFY(entities > 0);
        // A re-import merges by id: nothing new.
        const QJsonObject again = json(run({"import", good, "--into", project, "--json"}));
        QCOMPARE(again["added"].toObject()["entities"].toInt(), 0);
        QCOMPARE(again["added"].toObject()["relations"].toInt(), 0);
        const qint64 before = QFileInfo(project).size();
        // A broken file names file:line:column, exits 3 and changes nothing.
        const Run bad = run({"import", ENTENTE_FIXTURES_DIR "/formats/broken/edge_missing_node.gexf", "--into", project});
        QCOMPARE(bad.code, 3);
        QVERIFY(QRegularExpression(R"(edge_missing_node\.gexf:\d+:\d+: )").match(QString::fromUtf8(bad.err)).hasMatch());
        QCOMPARE(json(run({"info", project, "--json"}))["entities"].toInt(), entities);
        Q_UNUSED(before);
        // A failed import into a new project leaves no file behind.
        const QString fresh = dir.filePath("fresh.entente");
        QCOMPARE(run({"import", ENTENTE_FIXTURES_DIR "/formats/broken/billion_laughs.gexf", "--into", fresh}).code, 3);
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(run({"import", good, "--into", project, "--format", "xlsx"}).code, 2);
    }

    void exportRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("graphml") << "graphml" << "out.graphml";
        QTest::newRow("gexf") << "gexf" << "out.gexf";
        QTest::newRow("json") << "json" << "out.json";
        QTest::newRow("dot") << "dot" << "out.gv";
    }
    void exportRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString out = dir.filePath(file);
        const Run exported = run({"export", "--format", format, "--out", out, "--focus", "Oslo I Accord", "--depth", "1"});
        QVERIFY2(exported.code == 0, exported.err.constData());
        const QJsonObject shown = json(run({"neighbours", "Oslo I Accord", "--json"}));
        const QString project = dir.filePath("back.entente");
        const Run back = run({"import", out, "--into", project, "--json"});
        QVERIFY2(back.code == 0, back.err.constData());
        QCOMPARE(json(back)["added"].toObject()["entities"].toInt(), static_cast<int>(shown["entities"].toArray().size()));
        QCOMPARE(json(back)["added"].toObject()["relations"].toInt(), static_cast<int>(shown["relations"].toArray().size()));
        // svg, png and pdf are drawn now (tst_diagramgui); a format that is neither data nor diagram is a usage error.
        QCOMPARE(run({"export", "--format", "bmp", "--out", dir.filePath("x.bmp")}).code, 2);
    }

    void projectOption()
    {
        const Run r = run({"search", "nato", "--project", "/nonexistent.entente"});
        QCOMPARE(r.code, 4);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
