#include "formats/dotwriter.h"
#include "formats/graphexporter.h"
#include "formats/graphimporter.h"
#include "formats/graphsnapshot.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

namespace {

RelationKind kind(const QString& id, const QString& label, bool directed, const QString& colour)
{
    RelationKind k = RelationKindVocabulary::makeGeneric(id);
    k.label = label;
    k.inverseLabel = label + QStringLiteral(" (inverse)");
    k.directed = directed;
    k.colour = colour;
    return k;
}

/** A small project that uses every field, odd characters, and attribute names that look like fields. */
WriteBatch richBatch()
{
    WriteBatch b;
    b.relationKinds << kind(QStringLiteral("member_of"), QStringLiteral("member of"), true, QStringLiteral("#0072B2"))
                    << kind(QStringLiteral("allied_with"), QStringLiteral("allied with"), false, QStringLiteral("#D55E00"))
                    << kind(QStringLiteral("party_to"), QStringLiteral("party to"), true, QStringLiteral("#009E73"));
    b.sources << Source{QStringLiteral("nato"), QStringLiteral("NATO member countries"), QStringLiteral("NATO"),
                        QStringLiteral("https://www.nato.int/"), QString(), QStringLiteral("2026-01-10")}
              << Source{QStringLiteral("cow"), QStringLiteral("Correlates of War: Formal Alliances"), QString(),
                        QString(), QStringLiteral("4.1"), QString()};

    Entity fra;
    fra.id = QStringLiteral("state:FRA");
    fra.name = QStringLiteral("France");
    fra.category = QStringLiteral("state");
    fra.aliases = {QStringLiteral("French Republic"), QStringLiteral("République française")};
    fra.description = QStringLiteral("A state; \"founding\" member,\nwith a comma and a | bar.");
    fra.region = QStringLiteral("Europe");
    fra.attributes = {{QStringLiteral("capital"), QStringLiteral("Paris")},
                      {QStringLiteral("population"), qlonglong(68000000)},
                      {QStringLiteral("share"), 0.125},
                      {QStringLiteral("eu"), true},
                      {QStringLiteral("kind"), QStringLiteral("republic")}, // looks like a field
                      {QStringLiteral("x"), QStringLiteral("not a coordinate")}};
    fra.sources = {QStringLiteral("nato")};
    Entity deu;
    deu.id = QStringLiteral("state:DEU");
    deu.name = QStringLiteral("Germany");
    deu.category = QStringLiteral("state");
    deu.country = QString();
    deu.existence = DateInterval(PartialDate::ofMonth(1949, 5), {});
    deu.attributes = {{QStringLiteral("capital"), QStringLiteral("Berlin")},
                      {QStringLiteral("population"), qlonglong(84000000)}};
    Entity nato;
    nato.id = QStringLiteral("org:nato");
    nato.kind = EntityKind::Organisation;
    nato.category = QStringLiteral("alliance");
    nato.name = QStringLiteral("North Atlantic Treaty Organization");
    nato.aliases = {QStringLiteral("NATO"), QStringLiteral("OTAN")};
    nato.existence = DateInterval(PartialDate::ofDay(1949, 4, 4), {});
    nato.sources = {QStringLiteral("cow"), QStringLiteral("nato")};
    Entity weu;
    weu.id = QStringLiteral("org:weu");
    weu.kind = EntityKind::Organisation;
    weu.name = QStringLiteral("Western European Union");
    weu.existence = DateInterval(PartialDate::ofYear(1954), PartialDate::ofDay(2011, 6, 30));
    Entity treaty;
    treaty.id = QStringLiteral("treaty:brussels");
    treaty.kind = EntityKind::Treaty;
    treaty.category = QStringLiteral("multilateral");
    treaty.name = QStringLiteral("Treaty of Brussels");
    treaty.existence = DateInterval(PartialDate::ofDay(1948, 3, 17), PartialDate::ofYear(2011));
    Entity mech;
    mech.id = QStringLiteral("mech:consultation");
    mech.kind = EntityKind::Mechanism;
    mech.category = QStringLiteral("diplomacy");
    mech.name = QStringLiteral("Article 4 consultations");
    mech.region = QStringLiteral("Euro-Atlantic");
    b.entities << fra << deu << nato << weu << treaty << mech;

    Relation r1;
    r1.id = QStringLiteral("rel:fra-nato");
    r1.kind = QStringLiteral("member_of");
    r1.source = fra.id;
    r1.target = nato.id;
    r1.interval = DateInterval(PartialDate::ofDay(1949, 8, 24), {});
    r1.attributes = {{QStringLiteral("role"), QStringLiteral("founding")}, {QStringLiteral("source"), QStringLiteral("looks like an endpoint")}};
    r1.sources = {QStringLiteral("nato")};
    r1.note = QStringLiteral("left the integrated command 1966–2009");
    Relation r2;
    r2.id = QStringLiteral("rel:deu-nato");
    r2.kind = QStringLiteral("member_of");
    r2.source = deu.id;
    r2.target = nato.id;
    r2.interval = DateInterval(PartialDate::ofDay(1955, 5, 6), {});
    r2.attributes = {{QStringLiteral("weight"), 2.5}};
    Relation r3;
    r3.id = QStringLiteral("rel:fra-deu-1");
    r3.kind = QStringLiteral("allied_with");
    r3.source = fra.id;
    r3.target = deu.id;
    r3.interval = DateInterval(PartialDate::ofYear(1963), {});
    r3.sources = {QStringLiteral("cow")};
    Relation r4 = r3; // a parallel tie, kept separate
    r4.id = QStringLiteral("rel:fra-deu-2");
    r4.interval = DateInterval(PartialDate::ofMonth(1955, 5), PartialDate::ofMonth(1963, 1));
    Relation r5;
    r5.id = QStringLiteral("rel:fra-brussels");
    r5.kind = QStringLiteral("party_to");
    r5.source = fra.id;
    r5.target = treaty.id;
    r5.interval = DateInterval(PartialDate::ofDay(1948, 3, 17), PartialDate::ofYear(2011));
    Relation r6;
    r6.id = QStringLiteral("rel:weu-weu");
    r6.kind = QStringLiteral("member_of");
    r6.source = weu.id;
    r6.target = weu.id; // a self-loop survives too
    b.relations << r1 << r2 << r3 << r4 << r5 << r6;
    return b;
}

QString describe(const Entity& e)
{
    return QStringLiteral("%1 %2 %3/%4 aliases=%5 region=%6 country=%7 [%8, %9) desc=%10 attrs=%11")
        .arg(e.id, e.name, entityKindName(e.kind), e.category, e.aliases.join(u';'), e.region, e.country,
             e.existence.start().toString(), e.existence.end().toString())
        .arg(e.description, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(e.attributes)).toJson(QJsonDocument::Compact)));
}

} // namespace

/** Exporters: round trips through every importable format, and DOT for Graphviz. */
class TestExporters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SqliteProjectStore> m_project;

    QString path(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = SqliteProjectStore::create(m_dir.filePath(QStringLiteral("source.entente")));
        m_project->write(richBatch());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("GraphML") << "graphml" << "graph.graphml";
        QTest::newRow("GEXF 1.3") << "gexf" << "graph.gexf";
        QTest::newRow("CSV nodes + edges") << "csv" << "graph.csv";
        QTest::newRow("Cytoscape.js JSON") << "json" << "graph.cyjs";
        QTest::newRow("Graphviz DOT") << "dot" << "graph.gv";
    }
    /**
     * Export → import into a fresh project gives back the same entities and relations. CSV and
     * DOT carry no types, so their attributes are chosen to read back as what they were.
     */
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const QString out = path(file);
        const QStringList written = GraphExporter::exportProject(*m_project, *graphFormatFromName(format), out);
        QCOMPARE(written.size(), format == QLatin1String("csv") ? 2 : 1);
        for (const QString& w : written)
            QVERIFY2(QFile::exists(w), qPrintable(w));

        auto copy = SqliteProjectStore::create(path(QStringLiteral("copy.entente")));
        const ImportSummary s = GraphImporter::importInto(*copy, written.first());
        QCOMPARE(s.entitiesAdded, 6);
        QCOMPARE(s.relationsAdded, 6);
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));

        const QList<Entity> before = m_project->allEntities();
        for (const Entity& e : before) {
            const auto back = copy->entity(e.id);
            QVERIFY2(back, qPrintable(e.id));
            Entity compared = *back;
            if (format == QLatin1String("dot")) // drawing instructions, not data
                for (const char* drawing : {"fillcolor", "fontcolor", "fontname", "shape", "style"})
                    compared.attributes.remove(QLatin1String(drawing));
            // The copy also cites the file it came from.
            QVERIFY(compared.sources.removeAll(QStringLiteral("import:") + QFileInfo(written.first()).fileName()) == 1);
            QCOMPARE(compared.sources, e.sources);
            QVERIFY2(compared == e, qPrintable(describe(compared) + QStringLiteral("\n    expected ") + describe(e)));
        }
        for (const Relation& r : m_project->allRelations()) {
            const auto back = copy->relation(r.id);
            QVERIFY2(back, qPrintable(r.id));
            Relation compared = *back;
            if (format == QLatin1String("dot"))
                for (const char* drawing : {"label", "color", "fontcolor", "dir", "fontname", "fontsize"})
                    compared.attributes.remove(QLatin1String(drawing));
            QVERIFY(compared.sources.removeAll(QStringLiteral("import:") + QFileInfo(written.first()).fileName()) == 1);
            QCOMPARE(compared.kind, r.kind);
            QCOMPARE(compared.source, r.source);
            QCOMPARE(compared.target, r.target);
            QCOMPARE(compared.interval, r.interval);
            QCOMPARE(compared.note, r.note);
            QCOMPARE(compared.attributes, r.attributes);
            QCOMPARE(compared.sources, r.sources);
        }
        // Relation kinds come back with their direction; labels follow the ids.
        const RelationKindVocabulary kinds = copy->vocabulary();
        QCOMPARE(kinds.size(), 3);
        QVERIFY(kinds.find(QStringLiteral("member_of"))->directed);
        QVERIFY(!kinds.find(QStringLiteral("allied_with"))->directed);
        QCOMPARE(kinds.find(QStringLiteral("allied_with"))->label, QStringLiteral("allied with"));

        // Importing the export into the project it came from changes nothing but provenance.
        auto again = SqliteProjectStore::create(path(QStringLiteral("again.entente")));
        again->write(richBatch());
        const ImportSummary merged = GraphImporter::importInto(*again, written.first());
        QCOMPARE(merged.entitiesAdded, 0);
        QCOMPARE(merged.relationsAdded, 0);
        QCOMPARE(merged.updated, 12);
        QCOMPARE(again->sources({QStringLiteral("nato"), QStringLiteral("cow")}), m_project->sources({QStringLiteral("nato"), QStringLiteral("cow")}));
    }

    void subset()
    {
        ExportOptions options;
        options.title = QStringLiteral("France & Germany");
        options.entityIds = {QStringLiteral("state:FRA"), QStringLiteral("state:DEU")};
        const QString out = path(QStringLiteral("pair.graphml"));
        GraphExporter::exportProject(*m_project, GraphFormat::GraphMl, out, options);
        const ImportResult r = GraphImporter::read(out, RelationKindVocabulary());
        QCOMPARE(r.batch.entities.size(), 2);
        QStringList ids;
        for (const Relation& rel : r.batch.relations)
            ids << rel.id;
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("rel:fra-deu-1"), QStringLiteral("rel:fra-deu-2")}));
        const GraphSnapshot snapshot = GraphSnapshot::load(*m_project, options.entityIds);
        QStringList keys;
        for (const Source& s : snapshot.sources)
            keys << s.key;
        QCOMPARE(keys, QStringList({QStringLiteral("cow"), QStringLiteral("nato")}));
    }

    /** GEXF intervals are spells on a date timeline, so Gephi's timeline plays them. */
    void gexfHasSpells()
    {
        const QString out = path(QStringLiteral("timeline.gexf"));
        ExportOptions options;
        options.title = QStringLiteral("Alliances & members");
        options.positions.insert(QStringLiteral("org:nato"), QPointF(10.5, -4));
        GraphExporter::exportProject(*m_project, GraphFormat::Gexf, out, options);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QHash<QString, QStringList> spells;
        QString owner;
        bool dynamicDates = false;
        int positions = 0;
        int colours = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"gexf")
                QCOMPARE(a.value(QLatin1String("version")), u"1.3");
            if (xml.name() == u"graph")
                dynamicDates = a.value(QLatin1String("mode")) == u"dynamic" && a.value(QLatin1String("timeformat")) == u"date";
            if (xml.name() == u"node" || xml.name() == u"edge")
                owner = a.value(QLatin1String("id")).toString();
            if (xml.name() == u"spell")
                spells[owner] << a.value(QLatin1String("start")).toString() + u'/' + a.value(QLatin1String("end")).toString();
            if (xml.name() == u"position" && xml.namespaceUri() == u"http://gexf.net/1.3/viz") {
                ++positions;
                QCOMPARE(a.value(QLatin1String("x")), u"10.5");
            }
            if (xml.name() == u"color" && xml.namespaceUri() == u"http://gexf.net/1.3/viz")
                ++colours;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(dynamicDates);
        QCOMPARE(spells.value(QStringLiteral("org:nato")), QStringList{QStringLiteral("1949-04-04/")});
        QCOMPARE(spells.value(QStringLiteral("org:weu")), QStringList{QStringLiteral("1954/2011-06-30")});
        QCOMPARE(spells.value(QStringLiteral("rel:fra-deu-2")), QStringList{QStringLiteral("1955-05/1963-01")});
        QVERIFY(!spells.contains(QStringLiteral("state:FRA"))); // no dates, always present
        QVERIFY(!spells.contains(QStringLiteral("rel:weu-weu")));
        QCOMPARE(positions, 1);
        QCOMPARE(colours, 6);
    }

    /** DOT: quoted ids and labels, balanced braces, every statement well formed, kinds coloured. */
    void dotSyntax()
    {
        const QString out = path(QStringLiteral("graph.dot"));
        ExportOptions options;
        options.title = QStringLiteral("Say \"hello\"");
        GraphExporter::exportProject(*m_project, GraphFormat::Dot, out, options);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("digraph \"Say \\\"hello\\\"\" {")));
        QCOMPARE(text.count(u'{'), 1);
        QCOMPARE(text.count(u'}'), 1);
        QVERIFY(text.trimmed().endsWith(u'}'));
        // A quoted string: no raw newline, escaped quotes and backslashes.
        const QString quoted = QStringLiteral("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
        const QRegularExpression attribute(QStringLiteral("^%1=%1$").arg(quoted));
        const QRegularExpression statement(QStringLiteral("^  (%1)( -> (%1))?(?: \\[(.*)\\])?;$").arg(quoted));
        const QRegularExpression defaults(QStringLiteral("^  (graph|node|edge) \\[.*\\];$"));
        const QRegularExpression splitter(QStringLiteral("(%1=%1)(?:, |$)").arg(quoted));
        int nodes = 0, edges = 0;
        for (const QString& line : text.split(u'\n')) {
            if (line.isEmpty() || line.startsWith(QLatin1String("//")) || line.startsWith(QLatin1String("digraph")) || line == u"}")
                continue;
            if (defaults.match(line).hasMatch())
                continue;
            const auto m = statement.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            // The attribute list is exactly a comma-separated run of "name"="value" pairs.
            qsizetype covered = 0;
            for (auto it = splitter.globalMatch(m.captured(4)); it.hasNext();) {
                const auto pair = it.next();
                QVERIFY2(attribute.match(pair.captured(1)).hasMatch(), qPrintable(pair.captured(1)));
                covered += pair.capturedLength(0);
            }
            QCOMPARE(covered, m.captured(4).size());
            m.captured(3).isEmpty() ? ++nodes : ++edges;
        }
        QCOMPARE(nodes, 6);
        QCOMPARE(edges, 6);
        QVERIFY(text.contains(QStringLiteral("\"org:nato\" [\"label\"=\"North Atlantic Treaty Organization\", \"fillcolor\"=\"#E69F00\"")));
        QVERIFY(text.contains(QStringLiteral("\"description\"=\"A state; \\\"founding\\\" member,\\nwith a comma and a | bar.\"")));
        QVERIFY(text.contains(QStringLiteral("\"state:FRA\" -> \"state:DEU\" [\"id\"=\"rel:fra-deu-1\", \"label\"=\"allied with\", "
                                             "\"color\"=\"#D55E00\", \"fontcolor\"=\"#D55E00\", \"dir\"=\"none\"")));
        QCOMPARE(DotWriter::quoted(QStringLiteral("a\\b\"c\nd")), QStringLiteral("\"a\\\\b\\\"c\\nd\""));

        // Graphviz itself, where it is installed, must accept the file.
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dot.isEmpty())
            QSKIP("Graphviz dot is not installed; the syntax was checked by pattern only");
        QProcess p;
        p.start(dot, {QStringLiteral("-Tsvg"), out});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("<svg"));
    }

    void csvPaths()
    {
        QCOMPARE(GraphExporter::csvPaths(QStringLiteral("/tmp/out/graph.csv")),
                 std::pair(QStringLiteral("/tmp/out/graph-nodes.csv"), QStringLiteral("/tmp/out/graph-edges.csv")));
        QCOMPARE(GraphExporter::csvPaths(QStringLiteral("/tmp/out/graph")),
                 std::pair(QStringLiteral("/tmp/out/graph-nodes.csv"), QStringLiteral("/tmp/out/graph-edges.csv")));
        QCOMPARE(GraphExporter::csvPaths(m_dir.path()),
                 std::pair(m_dir.filePath(QStringLiteral("nodes.csv")), m_dir.filePath(QStringLiteral("edges.csv"))));
    }

    void unwritablePathIsAnIoError()
    {
        try {
            GraphExporter::exportProject(*m_project, GraphFormat::GraphMl, m_dir.filePath(QStringLiteral("no/such/dir/g.graphml")));
            QFAIL("expected a StoreError");
        } catch (const StoreError& e) {
            QCOMPARE(e.code(), StoreError::Code::Io);
            QVERIFY2(e.message().contains(QStringLiteral("g.graphml")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
