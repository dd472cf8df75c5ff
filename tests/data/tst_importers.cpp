#include "formats/csvcolumnmapping.h"
#include "formats/csvgraphreader.h"
#include "formats/formaterror.h"
#include "formats/graphimporter.h"
#include "formats/importcancelled.h"
#include "formats/importmerger.h"
#include "core/progressreporter.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(ENTENTE_FIXTURES_DIR "/formats/") + name;
}

/** Cancels after a number of reports. */
class CancellingReporter : public ProgressReporter
{
public:
    explicit CancellingReporter(int allowed) : m_allowed(allowed) {}
    bool report(std::int64_t, std::int64_t) override { return m_allowed-- > 0; }

private:
    int m_allowed;
};

/** A project with two entities, a relation kind and a relation, as a user would have. */
WriteBatch seedBatch()
{
    WriteBatch b;
    RelationKind member;
    member.id = QStringLiteral("member_of");
    member.label = QStringLiteral("member of");
    member.inverseLabel = QStringLiteral("has member");
    member.fromKinds = {EntityKind::Actor, EntityKind::Organisation};
    member.toKinds = {EntityKind::Organisation};
    member.colour = QStringLiteral("#0072B2");
    RelationKind party = RelationKindVocabulary::makeGeneric(QStringLiteral("party_to"));
    party.colour = QStringLiteral("#009E73");
    b.relationKinds << member << party;
    b.sources << Source{QStringLiteral("nato"), QStringLiteral("NATO member countries"), QStringLiteral("NATO"),
                        QStringLiteral("https://www.nato.int/"), QString(), QStringLiteral("2026-01-10")};
    Entity fra;
    fra.id = QStringLiteral("state:FRA");
    fra.name = QStringLiteral("France");
    fra.category = QStringLiteral("state");
    fra.aliases = {QStringLiteral("French Republic")};
    fra.description = QStringLiteral("A European state.");
    fra.region = QStringLiteral("Europe");
    fra.sources = {QStringLiteral("nato")};
    Entity nato;
    nato.id = QStringLiteral("org:nato");
    nato.kind = EntityKind::Organisation;
    nato.category = QStringLiteral("alliance");
    nato.name = QStringLiteral("NATO");
    nato.existence = DateInterval(PartialDate::ofDay(1949, 4, 4), {});
    nato.attributes = {{QStringLiteral("headquarters"), QStringLiteral("Brussels")}};
    b.entities << fra << nato;
    Relation r;
    r.id = QStringLiteral("rel:fra-nato");
    r.kind = QStringLiteral("member_of");
    r.source = fra.id;
    r.target = nato.id;
    r.interval = DateInterval(PartialDate::ofDay(1949, 8, 24), {});
    r.note = QStringLiteral("founding member");
    r.sources = {QStringLiteral("nato")};
    b.relations << r;
    return b;
}

/** One field of an imported record, named "e:ID.field", "e:ID.attr.NAME", "r:N.field" or "r:N.attr.NAME". */
QString probe(const ImportResult& r, const QString& what)
{
    const qsizetype dot = what.indexOf(u'.');
    const QString record = what.mid(2, dot - 2);
    const QString field = what.mid(dot + 1);
    if (what.startsWith(QLatin1String("e:"))) {
        for (const Entity& e : r.batch.entities) {
            if (e.id != record)
                continue;
            if (field.startsWith(QLatin1String("attr.")))
                return e.attributes.value(field.mid(5)).toString();
            if (field == QLatin1String("name"))
                return e.name;
            if (field == QLatin1String("kind"))
                return entityKindName(e.kind);
            if (field == QLatin1String("category"))
                return e.category;
            if (field == QLatin1String("description"))
                return e.description;
            if (field == QLatin1String("start"))
                return e.existence.start().toString();
            return QStringLiteral("<no field %1>").arg(field);
        }
        return QStringLiteral("<no entity %1>").arg(record);
    }
    const qsizetype index = record.toInt();
    if (index >= r.batch.relations.size())
        return QStringLiteral("<no relation %1>").arg(index);
    const Relation& rel = r.batch.relations.at(index);
    if (field.startsWith(QLatin1String("attr.")))
        return rel.attributes.value(field.mid(5)).toString();
    if (field == QLatin1String("kind"))
        return rel.kind;
    if (field == QLatin1String("source"))
        return rel.source;
    if (field == QLatin1String("target"))
        return rel.target;
    if (field == QLatin1String("start"))
        return rel.interval.start().toString();
    if (field == QLatin1String("note"))
        return rel.note;
    return QStringLiteral("<no field %1>").arg(field);
}

QString fingerprint(ProjectStore& store)
{
    QStringList parts;
    for (const Entity& e : store.allEntities())
        parts << e.id + u'|' + e.name + u'|' + e.category + u'|' + e.sources.join(u',');
    for (const Relation& r : store.allRelations())
        parts << r.id + u'|' + r.kind + u'|' + r.interval.start().toString() + u'|' + r.sources.join(u',');
    const RelationKindVocabulary vocabulary = store.vocabulary();
    for (const RelationKind& k : vocabulary.kinds())
        parts << k.id + u'|' + k.label;
    for (const Source& s : store.allSources())
        parts << s.key + u'|' + s.title;
    return parts.join(u'\n');
}

} // namespace

/** Importers of other tools' graph files: mapping, intervals, merging, and bad input. */
class TestImporters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    std::unique_ptr<SqliteProjectStore> freshProject()
    {
        return SqliteProjectStore::create(m_dir.filePath(QStringLiteral("p%1.entente").arg(++m_projects)));
    }

    std::unique_ptr<SqliteProjectStore> seededProject()
    {
        auto store = freshProject();
        store->write(seedBatch());
        return store;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("gexf") << "gephi_dynamic.gexf" << "gexf";
        QTest::newRow("graphml") << "yed_desktop.graphml" << "graphml";
        QTest::newRow("cyjs") << "cytoscape_desktop.cyjs" << "json";
        QTest::newRow("json") << "d3_nodelink.json" << "json";
        QTest::newRow("csv") << "kumu_connections.csv" << "csv";
        QTest::newRow("tsv") << "tab_edges.tsv" << "csv";
        QTest::newRow("dot") << "graphviz.gv" << "dot";
    }
    void detect()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QCOMPARE(graphFormatName(GraphImporter::detect(fixture(file))), format);
    }

    void contentWinsOverExtension()
    {
        // A GEXF file saved as .xml, and a GraphML file with a misleading .txt extension.
        const QString gexf = m_dir.filePath(QStringLiteral("graph.xml"));
        const QString graphml = m_dir.filePath(QStringLiteral("graph.txt"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("gephi_dynamic.gexf")), gexf));
        QVERIFY(QFile::copy(fixture(QStringLiteral("igraph.graphml")), graphml));
        QCOMPARE(GraphImporter::detect(gexf), GraphFormat::Gexf);
        QCOMPARE(GraphImporter::detect(graphml), GraphFormat::GraphMl);
        QCOMPARE(GraphImporter::read(gexf, RelationKindVocabulary()).batch.entities.size(), 5);
    }

    /** Counts per file, after merging into an empty project. */
    void counts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("relations");
        QTest::addColumn<int>("skipped");
        QTest::newRow("Gephi dynamic GEXF 1.3") << "gephi_dynamic.gexf" << 5 << 6 << 0;
        QTest::newRow("Gephi GEXF 1.2, double time") << "gephi_double_time.gexf" << 3 << 3 << 0;
        QTest::newRow("yEd GraphML") << "yed_desktop.graphml" << 4 << 3 << 0;
        QTest::newRow("igraph GraphML") << "igraph.graphml" << 5 << 6 << 0;
        QTest::newRow("d3 node-link") << "d3_nodelink.json" << 4 << 4 << 0;
        QTest::newRow("NetworkX node-link") << "networkx_nodelink.json" << 4 << 4 << 0;
        QTest::newRow("Cytoscape desktop") << "cytoscape_desktop.cyjs" << 3 << 2 << 0;
        QTest::newRow("Cytoscape.js elements") << "cytoscape_elements.json" << 3 << 2 << 0;
        QTest::newRow("Kumu connections") << "kumu_connections.csv" << 4 << 4 << 1;
        QTest::newRow("Gephi nodes + edges pair") << "gephi_edges.csv" << 4 << 4 << 0;
        QTest::newRow("semicolon node table") << "semicolon_nodes.csv" << 4 << 0 << 0;
        QTest::newRow("tab edge list") << "tab_edges.tsv" << 4 << 3 << 0;
        QTest::newRow("Graphviz DOT") << "graphviz.gv" << 7 << 6 << 0;
    }
    void counts()
    {
        QFETCH(QString, file);
        QFETCH(int, entities);
        QFETCH(int, relations);
        QFETCH(int, skipped);
        auto store = freshProject();
        const ImportSummary s = GraphImporter::importInto(*store, fixture(file));
        QCOMPARE(s.entitiesAdded, entities);
        QCOMPARE(s.relationsAdded, relations);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.skipped, skipped);
        QCOMPARE(store->statistics().entities, entities);
        QCOMPARE(store->statistics().relations, relations);
        // Provenance: every record cites the imported file.
        const QString key = QStringLiteral("import:") + QFileInfo(file).fileName();
        QVERIFY(!store->sources({key}).isEmpty());
        for (const Entity& e : store->allEntities())
            QVERIFY2(std::any_of(e.sources.cbegin(), e.sources.cend(), [](const QString& k) { return k.startsWith(QLatin1String("import:")); }),
                     qPrintable(e.id));
        QCOMPARE(store->statistics().unsourcedRelations, 0);
    }

    /** Names, kinds, categories and existence intervals of chosen entities. */
    void entities_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("gexf label, known type") << "gephi_dynamic.gexf" << "state:FRA" << "France" << "actor" << "state" << "" << "";
        QTest::newRow("gexf American spelling") << "gephi_dynamic.gexf" << "org:nato" << "North Atlantic Treaty Organization" << "organisation" << "alliance" << "1949-04-04" << "";
        QTest::newRow("gexf closed spell") << "gephi_dynamic.gexf" << "org:weu" << "Western European Union" << "organisation" << "alliance" << "1954-10-23" << "2011-06-30";
        QTest::newRow("gexf unknown type") << "gephi_dynamic.gexf" << "person:monnet" << "Jean Monnet" << "actor" << "imported" << "1888-11-09" << "1979-03-16";
        QTest::newRow("gexf years as doubles") << "gephi_double_time.gexf" << "p2" << "Christian Democrats" << "actor" << "imported" << "1945" << "2024";
        QTest::newRow("gexf year as integer") << "gephi_double_time.gexf" << "p3" << "Greens" << "actor" << "imported" << "1980" << "";
        QTest::newRow("yEd label with children") << "yed_desktop.graphml" << "n0" << "United States" << "actor" << "imported" << "" << "";
        QTest::newRow("yEd two-line label") << "yed_desktop.graphml" << "n3" << "Camp David Accords" << "actor" << "imported" << "" << "";
        QTest::newRow("igraph name, typed") << "igraph.graphml" << "n0" << "ASEAN" << "organisation" << "" << "1967-08-08" << "";
        QTest::newRow("igraph treaty") << "igraph.graphml" << "n3" << "Bangkok Declaration" << "treaty" << "" << "" << "";
        QTest::newRow("igraph no name") << "igraph.graphml" << "n4" << "n4" << "actor" << "imported" << "" << "";
        QTest::newRow("d3 by index") << "d3_nodelink.json" << "3" << "Kofi Annan" << "actor" << "imported" << "" << "";
        QTest::newRow("networkx label") << "networkx_nodelink.json" << "org:si" << "Socialist International" << "organisation" << "party-international" << "1951" << "";
        QTest::newRow("networkx unknown type") << "networkx_nodelink.json" << "org:pa" << "Progressive Alliance" << "actor" << "imported" << "2013-05-22" << "";
        QTest::newRow("cytoscape name") << "cytoscape_desktop.cyjs" << "102" << "Oslo Accords" << "treaty" << "accord" << "" << "";
        QTest::newRow("cytoscape mechanism") << "cytoscape_elements.json" << "mech:shuttle" << "Shuttle diplomacy" << "mechanism" << "" << "" << "";
        QTest::newRow("kumu implied node") << "kumu_connections.csv" << "Camp David Accords" << "Camp David Accords" << "actor" << "imported" << "" << "";
        QTest::newRow("gephi csv pair") << "gephi_edges.csv" << "unsc" << "UN Security Council" << "organisation" << "" << "" << "";
        QTest::newRow("dd/mm/yyyy dates") << "semicolon_nodes.csv" << "state:CSK" << "Czechoslovakia" << "actor" << "state" << "1918-10-28" << "1992-12-31";
        QTest::newRow("DOT label with escapes") << "graphviz.gv" << "org:eu" << "European\nUnion" << "organisation" << "igo" << "" << "";
        QTest::newRow("DOT HTML label") << "graphviz.gv" << "org:coe" << "Council of Europe" << "organisation" << "" << "" << "";
        QTest::newRow("DOT concatenated label") << "graphviz.gv" << "treaty:eea" << "European Economic Area" << "treaty" << "" << "1992" << "";
        QTest::newRow("DOT defaults outside the cluster") << "graphviz.gv" << "org:efta" << "org:efta" << "actor" << "imported" << "" << "";
        QTest::newRow("semicolon utf-8") << "semicolon_nodes.csv" << "org:v4" << "Visegrád Group" << "organisation" << "forum" << "1991-02-15" << "";
    }
    void entities()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, category);
        QFETCH(QString, start);
        QFETCH(QString, end);
        auto store = freshProject();
        GraphImporter::importInto(*store, fixture(file));
        const auto e = store->entity(id);
        QVERIFY2(e, qPrintable(id));
        QCOMPARE(e->name, name);
        QCOMPARE(entityKindName(e->kind), kind);
        QCOMPARE(e->category, category);
        QCOMPARE(e->existence.start().toString(), start);
        QCOMPARE(e->existence.end().toString(), end);
    }

    /** Kinds, endpoints and intervals of chosen relations. */
    void relations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("gexf kind + spell") << "gephi_dynamic.gexf" << "rel:fra-nato" << "member_of" << "state:FRA" << "org:nato" << "1949-08-24" << "";
        QTest::newRow("gexf two spells → span") << "gephi_dynamic.gexf" << "rel:deu-weu" << "member_of" << "state:DEU" << "org:weu" << "1955-05-06" << "2011-06-30";
        QTest::newRow("gexf start attribute") << "gephi_dynamic.gexf" << "rel:fra-deu" << "cooperates_with" << "state:FRA" << "state:DEU" << "1963-01-22" << "";
        QTest::newRow("gexf generated id") << "gephi_double_time.gexf" << "gephi_double_time:e3" << "linked_with" << "p1" << "p2" << "2005" << "2009";
        QTest::newRow("yEd edge") << "yed_desktop.graphml" << "e0" << "linked_to" << "n0" << "n3" << "" << "";
        QTest::newRow("igraph relation") << "igraph.graphml" << "igraph:e5" << "establishes" << "n3" << "n0" << "" << "";
        QTest::newRow("igraph parallel edge") << "igraph.graphml" << "igraph:e4" << "linked_with" << "n1" << "n2" << "" << "";
        QTest::newRow("igraph self-loop") << "igraph.graphml" << "igraph:e6" << "linked_with" << "n4" << "n4" << "" << "";
        QTest::newRow("d3 index link") << "d3_nodelink.json" << "d3_nodelink:e3" << "linked_with" << "3" << "0" << "" << "";
        QTest::newRow("networkx multi-edge") << "networkx_nodelink.json" << "networkx_nodelink:e2" << "member_of" << "party:de-spd" << "org:si" << "1951" << "2013";
        QTest::newRow("networkx new kind") << "networkx_nodelink.json" << "networkx_nodelink:e4" << "sister_party_of" << "party:uk-labour" << "party:de-spd" << "" << "";
        QTest::newRow("cytoscape interaction") << "cytoscape_desktop.cyjs" << "112" << "guarantor" << "104" << "100" << "" << "";
        QTest::newRow("cytoscape no id") << "cytoscape_elements.json" << "cytoscape_elements:e2" << "is_a" << "mech:shuttle" << "mech:mediation" << "" << "";
        QTest::newRow("kumu type, dates") << "kumu_connections.csv" << "kumu_connections:e3" << "brokered" << "United States" << "Camp David Accords" << "1978-09-05" << "1978-09-17";
        QTest::newRow("kumu year") << "kumu_connections.csv" << "kumu_connections:e4" << "peace_with" << "Egypt" << "Israel" << "1979" << "";
        QTest::newRow("gephi csv id") << "gephi_edges.csv" << "3" << "linked_with" << "fra" << "chn" << "" << "";
        QTest::newRow("DOT edge id") << "graphviz.gv" << "sig:nor" << "party_to" << "state:NOR" << "treaty:eea" << "1992-05-02" << "";
        QTest::newRow("DOT subgraph end") << "graphviz.gv" << "graphviz:e3" << "party_to" << "state:LIE" << "treaty:eea" << "" << "";
        QTest::newRow("DOT chain with port") << "graphviz.gv" << "graphviz:e5" << "linked_to" << "treaty:eea" << "org:efta" << "" << "";
        QTest::newRow("tsv") << "tab_edges.tsv" << "tab_edges:e1" << "member_of" << "state:CZE" << "org:v4" << "1993" << "";
    }
    void relations()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, start);
        QFETCH(QString, end);
        auto store = freshProject();
        GraphImporter::importInto(*store, fixture(file));
        const auto r = store->relation(id);
        QVERIFY2(r, qPrintable(id + QStringLiteral(" among ") + store->relationIds().join(u' ')));
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->source, source);
        QCOMPARE(r->target, target);
        QCOMPARE(r->interval.start().toString(), start);
        QCOMPARE(r->interval.end().toString(), end);
    }

    void dotAttributes()
    {
        auto store = freshProject();
        GraphImporter::importInto(*store, fixture(QStringLiteral("graphviz.gv")));
        // Defaults of the cluster reach its nodes; its own label and edge defaults do not leak.
        QCOMPARE(store->entity(QStringLiteral("org:eu"))->attributes.value(QStringLiteral("fillcolor")).toString(), QStringLiteral("#E69F00"));
        QCOMPARE(store->entity(QStringLiteral("state:NOR"))->attributes.value(QStringLiteral("fillcolor")).toString(), QStringLiteral("#f0f0f0"));
        const auto observer = store->relation(QStringLiteral("graphviz:e6"));
        QVERIFY(observer);
        QCOMPARE(observer->note, QStringLiteral("observer \"status\""));
        QCOMPARE(observer->attributes.value(QStringLiteral("weight")).toLongLong(), 2);
        QVERIFY(!store->relation(QStringLiteral("sig:nor"))->attributes.contains(QStringLiteral("weight")));
        QCOMPARE(store->relation(QStringLiteral("graphviz:e4"))->attributes.value(QStringLiteral("label")).toString(), QStringLiteral("links"));
    }

    void attributesKeepTheirTypes()
    {
        auto store = freshProject();
        GraphImporter::importInto(*store, fixture(QStringLiteral("gephi_double_time.gexf")));
        const auto p1 = store->entity(QStringLiteral("p1"));
        QVERIFY(p1);
        QCOMPARE(p1->attributes.value(QStringLiteral("seats")).toDouble(), 153.5);
        QCOMPARE(p1->attributes.value(QStringLiteral("governing")).toBool(), true);
        QCOMPARE(p1->attributes.value(QStringLiteral("tags")).toStringList(),
                 QStringList({QStringLiteral("left"), QStringLiteral("labour, unions"), QStringLiteral("europe")}));
        // A declared default fills a missing value.
        QCOMPARE(store->entity(QStringLiteral("p2"))->attributes.value(QStringLiteral("governing")).toBool(), false);
        QCOMPARE(store->entity(QStringLiteral("p3"))->attributes.value(QStringLiteral("tags")).toStringList(),
                 QStringList({QStringLiteral("ecology"), QStringLiteral("europe")}));

        GraphImporter::importInto(*store, fixture(QStringLiteral("igraph.graphml")));
        const auto asean = store->entity(QStringLiteral("n0"));
        QCOMPARE(asean->attributes.value(QStringLiteral("members")).toDouble(), 10.0);
        QCOMPARE(asean->attributes.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(store->entity(QStringLiteral("n3"))->attributes.value(QStringLiteral("active")).toBool(), false);
        // An unknown type stays as data.
        QCOMPARE(store->entity(QStringLiteral("n4"))->attributes.value(QStringLiteral("type")).toString(), QStringLiteral("gene"));
        QCOMPARE(store->relation(QStringLiteral("igraph:e3"))->attributes.value(QStringLiteral("weight")).toDouble(), 0.5);

        GraphImporter::importInto(*store, fixture(QStringLiteral("kumu_connections.csv")));
        const auto e1 = store->relation(QStringLiteral("kumu_connections:e1"));
        QCOMPARE(e1->note, QStringLiteral("Signed at the White House"));
        QCOMPARE(e1->attributes.value(QStringLiteral("Tags")).toString(), QStringLiteral("peace, bilateral"));
        QCOMPARE(store->relation(QStringLiteral("kumu_connections:e3"))->attributes.value(QStringLiteral("Label")).toString(),
                 QStringLiteral("host"));
        QCOMPARE(store->entity(QStringLiteral("state:CZE")), std::nullopt);
        GraphImporter::importInto(*store, fixture(QStringLiteral("semicolon_nodes.csv")));
        QCOMPARE(store->entity(QStringLiteral("state:CZE"))->attributes.value(QStringLiteral("population")).toLongLong(), 10900555);
    }

    void layoutHints()
    {
        const RelationKindVocabulary none;
        const ImportResult gexf = GraphImporter::read(fixture(QStringLiteral("gephi_dynamic.gexf")), none);
        QCOMPARE(gexf.positions.value(QStringLiteral("state:FRA")), QPointF(-120.5, 40.25));
        QCOMPARE(gexf.colours.value(QStringLiteral("org:nato")), QStringLiteral("#E69F00"));
        QVERIFY(!gexf.positions.contains(QStringLiteral("org:weu")));
        const ImportResult yed = GraphImporter::read(fixture(QStringLiteral("yed_desktop.graphml")), none);
        QCOMPARE(yed.positions.value(QStringLiteral("n0")), QPointF(160, 220)); // centre of the box
        QCOMPARE(yed.colours.value(QStringLiteral("n0")), QStringLiteral("#FFCC00"));
        QCOMPARE(yed.batch.entities.first().description, QStringLiteral("Hosted the 1978 talks"));
        const ImportResult cy = GraphImporter::read(fixture(QStringLiteral("cytoscape_desktop.cyjs")), none);
        QCOMPARE(cy.positions.value(QStringLiteral("104")), QPointF(-48.5, 112));
        const ImportResult d3 = GraphImporter::read(fixture(QStringLiteral("d3_nodelink.json")), none);
        QCOMPARE(d3.positions.value(QStringLiteral("3")), QPointF(12.5, -3));
        QVERIFY(!d3.batch.entities.last().attributes.contains(QStringLiteral("vx")));
        const ImportResult cyjs = GraphImporter::read(fixture(QStringLiteral("cytoscape_elements.json")), none);
        QCOMPARE(cyjs.colours.value(QStringLiteral("mech:diplomacy")), QStringLiteral("#CC79A7"));
    }

    /** New edge types become kinds of their own; the project's kinds are used, never replaced. */
    void relationKinds()
    {
        auto store = seededProject();
        const RelationKindVocabulary before = store->vocabulary();
        const ImportResult r = GraphImporter::read(fixture(QStringLiteral("kumu_connections.csv")), before);
        QStringList added;
        for (const RelationKind& k : r.batch.relationKinds)
            added << k.id;
        added.sort();
        // "party to" is the label of the project's party_to; the others are new.
        QCOMPARE(added, QStringList({QStringLiteral("brokered"), QStringLiteral("peace_with")}));
        const RelationKind* peace = nullptr;
        for (const RelationKind& k : r.batch.relationKinds)
            if (k.id == QLatin1String("peace_with"))
                peace = &k;
        QVERIFY(peace);
        QCOMPARE(peace->label, QStringLiteral("peace with"));
        QVERIFY(!peace->directed); // the Direction column said "mutual"
        ImportMerger::merge(*store, r);
        const RelationKindVocabulary after = store->vocabulary();
        QCOMPARE(*after.find(QStringLiteral("member_of")), *before.find(QStringLiteral("member_of")));
        QCOMPARE(*after.find(QStringLiteral("party_to")), *before.find(QStringLiteral("party_to")));
        QCOMPARE(after.size(), before.size() + 2);
        QCOMPARE(store->relation(QStringLiteral("kumu_connections:e1"))->kind, QStringLiteral("party_to"));
    }

    /** A re-import merges by id: nothing is added twice, and fields the file lacks are kept. */
    void reimportMerges()
    {
        auto store = freshProject();
        const QString file = fixture(QStringLiteral("gephi_dynamic.gexf"));
        const ImportSummary first = GraphImporter::importInto(*store, file);
        const ImportSummary second = GraphImporter::importInto(*store, file);
        QCOMPARE(second.entitiesAdded, 0);
        QCOMPARE(second.relationsAdded, 0);
        QCOMPARE(second.updated, first.entitiesAdded + first.relationsAdded);
        QCOMPARE(store->statistics().entities, 5);
        QCOMPARE(store->statistics().relations, 6);
    }

    void mergeKeepsWhatTheFileLacks()
    {
        auto store = seededProject();
        // An edge list naming France and NATO by id: no labels, no types, no dates.
        const QString file = m_dir.filePath(QStringLiteral("ties.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Id,Source,Target,Weight\nrel:fra-nato,state:FRA,org:nato,3\nnew,state:FRA,org:eu,1\n");
        f.close();
        const ImportSummary s = GraphImporter::importInto(*store, file);
        QCOMPARE(s.entitiesAdded, 1); // org:eu, implied
        QCOMPARE(s.relationsAdded, 1);
        QCOMPARE(s.updated, 3); // France, NATO, rel:fra-nato
        const auto fra = store->entity(QStringLiteral("state:FRA"));
        QCOMPARE(fra->name, QStringLiteral("France"));
        QCOMPARE(fra->category, QStringLiteral("state"));
        QCOMPARE(fra->description, QStringLiteral("A European state."));
        QCOMPARE(fra->aliases, QStringList{QStringLiteral("French Republic")});
        QVERIFY(fra->sources.contains(QStringLiteral("nato")));
        QVERIFY(fra->sources.contains(QStringLiteral("import:ties.csv")));
        const auto nato = store->entity(QStringLiteral("org:nato"));
        QCOMPARE(nato->kind, EntityKind::Organisation);
        QCOMPARE(nato->existence.start(), PartialDate::ofDay(1949, 4, 4));
        QCOMPARE(nato->attributes.value(QStringLiteral("headquarters")).toString(), QStringLiteral("Brussels"));
        const auto tie = store->relation(QStringLiteral("rel:fra-nato"));
        QCOMPARE(tie->kind, QStringLiteral("member_of")); // not the generic kind of an untyped edge
        QCOMPARE(tie->interval.start(), PartialDate::ofDay(1949, 8, 24));
        QCOMPARE(tie->note, QStringLiteral("founding member"));
        QCOMPARE(tie->attributes.value(QStringLiteral("Weight")).toLongLong(), 3);
        QCOMPARE(store->entity(QStringLiteral("org:eu"))->category, QStringLiteral("imported"));
        // The file's own values win where it has them.
        const QString named = m_dir.filePath(QStringLiteral("named.csv"));
        QFile g(named);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Id,Label,Start\norg:nato,North Atlantic Treaty Organization,1949-08-24\n");
        g.close();
        GraphImporter::importInto(*store, named);
        const auto renamed = store->entity(QStringLiteral("org:nato"));
        QCOMPARE(renamed->name, QStringLiteral("North Atlantic Treaty Organization"));
        QCOMPARE(renamed->existence.start(), PartialDate::ofDay(1949, 8, 24));
        QCOMPARE(renamed->category, QStringLiteral("alliance"));
    }

    void summaryJson()
    {
        auto store = freshProject();
        const ImportSummary s = GraphImporter::importInto(*store, fixture(QStringLiteral("kumu_connections.csv")));
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("added")).toObject().value(QStringLiteral("entities")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("added")).toObject().value(QStringLiteral("relations")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("skipped")).toInt(), 1);
        const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().toString().contains(QStringLiteral("kumu_connections.csv:6:1: skipped")),
                 qPrintable(warnings.first().toString()));
    }

    void csvTablesTogether()
    {
        // Node and edge tables with different delimiters, named explicitly.
        const ImportResult r = GraphImporter::readCsvTables(fixture(QStringLiteral("semicolon_nodes.csv")),
                                                            fixture(QStringLiteral("tab_edges.tsv")), RelationKindVocabulary());
        QCOMPARE(r.batch.entities.size(), 4);
        QCOMPARE(r.batch.relations.size(), 3);
        QCOMPARE(CsvGraphReader::partnerTable(fixture(QStringLiteral("gephi_nodes.csv"))), fixture(QStringLiteral("gephi_edges.csv")));
        QCOMPARE(CsvGraphReader::partnerTable(fixture(QStringLiteral("kumu_connections.csv"))), QString());
        QCOMPARE(CsvGraphReader::sniffDelimiter("a;b;\"c,d\"\n1;2;3"), QChar(u';'));
        QCOMPARE(CsvGraphReader::sniffDelimiter("a\tb\n"), QChar(u'\t'));
        QCOMPARE(CsvGraphReader::sniffDelimiter("a,b\n"), QChar(u','));
    }

    void warningsForOddValues()
    {
        const QString file = m_dir.filePath(QStringLiteral("odd.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Source,Target,Start,End\na,b,soon,\nb,c,2001,1999\n");
        f.close();
        const ImportResult r = GraphImporter::read(file, RelationKindVocabulary());
        QCOMPARE(r.batch.relations.size(), 2);
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY2(r.warnings.at(0).contains(QStringLiteral("odd.csv:2:1")) && r.warnings.at(0).contains(QStringLiteral("\"soon\" is not a date")),
                 qPrintable(r.warnings.at(0)));
        QCOMPARE(r.batch.relations.at(0).attributes.value(QStringLiteral("Start")).toString(), QStringLiteral("soon"));
        QVERIFY2(r.warnings.at(1).contains(QStringLiteral("ends (1999) before it starts (2001)")), qPrintable(r.warnings.at(1)));
        QCOMPARE(r.batch.relations.at(1).interval, DateInterval(PartialDate::ofYear(2001), {}));
    }

    void loneCoordinatesStayAttributes()
    {
        const QString file = m_dir.filePath(QStringLiteral("xy.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Id,x,r,g,b\na,1.5,10,20,30\n");
        f.close();
        const ImportResult r = GraphImporter::read(file, RelationKindVocabulary());
        QCOMPARE(r.batch.entities.first().attributes.value(QStringLiteral("x")).toDouble(), 1.5);
        QVERIFY(r.positions.isEmpty());
        QCOMPARE(r.colours.value(QStringLiteral("a")), QStringLiteral("#0A141E"));
        QVERIFY(!r.batch.entities.first().attributes.contains(QStringLiteral("r")));
    }

    /** A DOCTYPE without entities (old GraphML files name the DTD) is fine; it is never fetched. */
    void plainDoctypeIsAccepted()
    {
        const QString file = m_dir.filePath(QStringLiteral("dtd.graphml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"http://www.graphdrawing.org/dtds/graphml.dtd\">\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n");
        f.close();
        const ImportResult r = GraphImporter::read(file, RelationKindVocabulary());
        QCOMPARE(r.batch.entities.size(), 2);
        QCOMPARE(r.batch.relations.size(), 1);
    }

    void cancel()
    {
        CancellingReporter reporter(0);
        auto store = seededProject();
        const QString before = fingerprint(*store);
        QVERIFY_THROWS_EXCEPTION(ImportCancelled,
                                 GraphImporter::importInto(*store, fixture(QStringLiteral("gephi_dynamic.gexf")),
                                                           GraphFormat::Auto, &reporter));
        QCOMPARE(fingerprint(*store), before);
    }

    /** Every broken file: a FormatError at the exact line and column, and the project as it was. */
    void bad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated XML") << "truncated.gexf" << 6 << 29 << "ends early (is it truncated?); expected </nodes> to close <nodes> from line 4";
        QTest::newRow("unclosed tag") << "unclosed_tag.graphml" << 8 << 3 << "expected </node> to close <node> from line 5";
        QTest::newRow("external entity") << "xxe.graphml" << 3 << 1 << "declares entities";
        QTest::newRow("entity expansion") << "billion_laughs.gexf" << 3 << 3 << "declares entities";
        QTest::newRow("entity expansion, GraphML") << "billion_laughs.graphml" << 3 << 3 << "declares entities";
        QTest::newRow("external parameter entity") << "xxe_parameter.gexf" << 3 << 1 << "declares entities";
        QTest::newRow("undeclared entity") << "undeclared_entity.graphml" << 5 << 43 << "entity 'secret' not declared";
        QTest::newRow("quote inside a CSV field") << "quote_in_field.csv" << 3 << 11 << "a quote inside an unquoted field";
        QTest::newRow("edge to missing node") << "edge_missing_node.gexf" << 10 << 7 << "refers to node \"zz\", which the file does not define";
        QTest::newRow("link to missing node") << "edge_missing_node.json" << 6 << 31 << "refers to node \"nowhere\"";
        QTest::newRow("link index out of range") << "index_out_of_range.json" << 1 << 75 << "not the index of a node; expected 0 to 1";
        QTest::newRow("duplicate node id, XML") << "duplicate_node_id.graphml" << 6 << 5 << "duplicate node id \"a\" (first defined at line 4)";
        QTest::newRow("duplicate node id, CSV") << "duplicate_node_id.csv" << 4 << 1 << "duplicate node id \"fra\" (first defined at line 2)";
        QTest::newRow("duplicate edge id") << "duplicate_edge_id.gexf" << 11 << 7 << "duplicate edge id \"e1\" (first used at line 9)";
        QTest::newRow("Latin-1 in UTF-8 XML") << "bad_encoding.gexf" << 5 << 29 << "invalid UTF-8";
        QTest::newRow("Latin-1 in CSV") << "bad_utf8.csv" << 3 << 7 << "invalid UTF-8";
        QTest::newRow("Latin-1 in JSON") << "bad_utf8.json" << 1 << 40 << "invalid UTF-8";
        QTest::newRow("unbalanced quotes") << "unbalanced_quotes.csv" << 2 << 1 << "unterminated quoted field";
        QTest::newRow("missing column") << "missing_column.csv" << 3 << 1 << "2 fields but the header has 3";
        QTest::newRow("no target column") << "no_target_column.csv" << 1 << 1 << "Source and Target columns; found columns: Source, Weight";
        QTest::newRow("trailing comma") << "trailing_comma.json" << 5 << 3 << "unexpected ']'; expected a JSON value";
        QTest::newRow("empty GEXF") << "empty.gexf" << 1 << 1 << "the file is empty; expected a GEXF document";
        QTest::newRow("empty CSV") << "empty.csv" << 1 << 1 << "the file is empty";
        QTest::newRow("blank JSON") << "empty.json" << 1 << 1 << "the file is empty; expected a JSON graph";
        QTest::newRow("XML, not a graph") << "not_a_graph.xml" << 1 << 1 << "neither GraphML nor GEXF";
        QTest::newRow("DOT without its closing brace") << "unclosed_brace.gv" << 4 << 1 << "found the end of the file; expected '}' to close the graph";
        QTest::newRow("DOT -> in an undirected graph") << "wrong_edge_operator.gv" << 3 << 5 << "\"->\" in a graph; expected \"--\"";
        QTest::newRow("declared UTF-16") << "utf16_declared.gexf" << 1 << 1 << "does not read as UTF-16";
    }
    void bad()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const QString path = fixture(QStringLiteral("broken/") + file);
        auto store = seededProject();
        const QString before = fingerprint(*store);
        try {
            GraphImporter::importInto(*store, path);
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.toString()));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
            QVERIFY(e.toString().startsWith(QStringLiteral("%1:%2:%3: ").arg(path).arg(line).arg(column)));
        }
        QCOMPARE(fingerprint(*store), before);
    }

    void deepJsonIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("deep.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, '['));
        f.close();
        try {
            GraphImporter::read(file, RelationKindVocabulary());
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("nested deeper")), qPrintable(e.toString()));
            QCOMPARE(e.line(), 1);
            QCOMPARE(e.column(), 202);
        }
    }

    void deepXmlAndDotAreRefused()
    {
        const QString xml = m_dir.filePath(QStringLiteral("deep.gexf"));
        QFile f(xml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<gexf><graph><nodes>");
        for (int i = 0; i < 100000; ++i)
            f.write("<node id=\"n\"><nodes>");
        f.close();
        QVERIFY_THROWS_EXCEPTION(FormatError, GraphImporter::read(xml, RelationKindVocabulary()));
        const QString dot = m_dir.filePath(QStringLiteral("deep.gv"));
        QFile g(dot);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("digraph G {" + QByteArray(100000, '{'));
        g.close();
        try {
            GraphImporter::read(dot, RelationKindVocabulary());
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("nested deeper")), qPrintable(e.toString()));
        }
    }

    /** A large GraphML file is streamed: progress arrives in steps, not once at the end. */
    void largeXmlIsStreamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("large.graphml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                "<graph edgedefault=\"undirected\">\n");
        const int nodes = 20000;
        for (int i = 0; i < nodes; ++i)
            f.write(QStringLiteral("<node id=\"n%1\"/>\n<edge source=\"n%1\" target=\"n%2\"/>\n").arg(i).arg((i + 1) % nodes).toUtf8());
        f.write("</graph>\n</graphml>\n");
        f.close();
        struct Counter : ProgressReporter
        {
            int calls = 0;
            bool report(std::int64_t, std::int64_t) override { return ++calls > 0; }
        } counter;
        const ImportResult r = GraphImporter::read(file, RelationKindVocabulary(), GraphFormat::Auto, &counter);
        QCOMPARE(r.batch.entities.size(), nodes);
        QCOMPARE(r.batch.relations.size(), nodes);
        QVERIFY2(counter.calls > 3, qPrintable(QString::number(counter.calls)));
    }

    /** `--map` syntax: what parses, how it reads back, and what is refused with which words. */
    void mappingSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("kumu") << "From=source,To=target,Type=kind" << "From=source,To=target,Type=kind" << "";
        QTest::newRow("synonyms and spaces") << " Who = from , Whom=to,Link=Relation Kind,Tag=skip"
                                             << "Who=source,Whom=target,Link=relation_kind,Tag=ignore" << "";
        QTest::newRow("quoted header") << "\"Start, approx.\"=start,\"a=b\"=attribute"
                                       << "\"Start, approx.\"=start,\"a=b\"=attribute" << "";
        QTest::newRow("unknown role") << "From=origin" << "" << "\"origin\" is not a role; expected one of id, name";
        QTest::newRow("no equals") << "From" << "" << "\"From\" is not COLUMN=ROLE";
        QTest::newRow("no column") << "=source" << "" << "names no column";
        QTest::newRow("twice") << "From=source,from=target" << "" << "column \"from\" is mapped twice";
        QTest::newRow("unbalanced quote") << "\"From=source" << "" << "unbalanced double quote";
        QTest::newRow("empty") << " , " << "" << "no COLUMN=ROLE pairs";
    }
    void mappingSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        QFETCH(QString, errorPart);
        QString error;
        const auto mapping = CsvColumnMapping::parse(spec, &error);
        if (canonical.isEmpty()) {
            QVERIFY(!mapping);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            return;
        }
        QVERIFY2(mapping, qPrintable(error));
        QCOMPARE(mapping->toString(), canonical);
        QCOMPARE(CsvColumnMapping::parse(mapping->toString(), &error)->toString(), canonical);
    }

    /** A chosen mapping reaches the reader: columns become the fields the user picked. */
    void mapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("map");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("relations");
        QTest::addColumn<QStringList>("checks"); // "probe=expected"
        QTest::newRow("edge list, nothing guessable") << "mapping/treaty_links.csv"
            << "Who=source,Whom=target,Link=relation_kind,Since=start,Comment=description" << 4 << 3
            << QStringList{"r:0.source=Egypt", "r:0.target=Camp David Accords", "r:0.kind=party_to", "r:0.start=1978-09-17",
                           "r:0.note=Signed at the White House", "r:2.kind=brokered", "r:2.attr.Type=bilateral=no",
                           "r:2.attr.Type=mediation"};
        QTest::newRow("edge list, a column ignored") << "mapping/treaty_links.csv"
            << "Who=source,Whom=target,Link=kind,Type=ignore,Comment=ignore" << 4 << 3
            << QStringList{"r:2.kind=brokered", "r:2.attr.Type=", "r:2.note=", "r:2.attr.Comment=", "r:1.attr.Since=1978-09-17"};
        QTest::newRow("edge list, endpoints swapped") << "mapping/treaty_links.csv"
            << "Whom=source,Who=target,Link=relation_kind" << 4 << 3
            << QStringList{"r:0.source=Camp David Accords", "r:0.target=Egypt"};
        QTest::newRow("node table, renamed fields") << "mapping/delegations.csv"
            << "Code=id,Full name=name,Role=kind,Sort=category,Notes=description,Type=attribute,Internal=ignore" << 3 << 0
            << QStringList{"e:fra.name=France", "e:fra.category=state", "e:fra.description=A founding member of the UN",
                           "e:fra.attr.Type=member", "e:fra.attr.Internal=", "e:un.kind=organisation", "e:un.category=igo",
                           "e:nor.attr.Type=observer"};
        QTest::newRow("node table, type as kind") << "mapping/delegations.csv"
            << "Code=id,Full name=name,Type=kind" << 3 << 0
            << QStringList{"e:un.kind=organisation", "e:fra.kind=actor", "e:fra.category=imported", "e:fra.attr.Role=actor",
                           "e:fra.attr.Notes=A founding member of the UN"};
        QTest::newRow("node table, name as id") << "mapping/delegations.csv"
            << "Full name=name,Code=attribute" << 3 << 0
            << QStringList{"e:France.name=France", "e:France.attr.Code=fra", "e:Norway.attr.Internal=x2"};
        QTest::newRow("kumu sheet, choices equal to the guess") << "kumu_connections.csv"
            << "From=source,To=target,Type=relation_kind" << 0 << 0 << QStringList{};
        QTest::newRow("kumu sheet, description kept as attribute") << "kumu_connections.csv"
            << "Description=attribute,Start Date=ignore" << 0 << 0
            << QStringList{"r:0.note=", "r:0.attr.Description=Signed at the White House", "r:0.start="};
    }
    void mapping()
    {
        QFETCH(QString, file);
        QFETCH(QString, map);
        QFETCH(int, entities);
        QFETCH(int, relations);
        QFETCH(QStringList, checks);
        QString error;
        const auto mapping = CsvColumnMapping::parse(map, &error);
        QVERIFY2(mapping, qPrintable(error));
        const ImportResult r = GraphImporter::read(fixture(file), RelationKindVocabulary(), GraphFormat::Auto, nullptr, *mapping);
        if (entities == 0 && relations == 0 && checks.isEmpty()) {
            const ImportResult automatic = GraphImporter::read(fixture(file), RelationKindVocabulary());
            // A mapping that only confirms the guess reads the file exactly as the automatic import.
            QCOMPARE(r.batch.entities, automatic.batch.entities);
            QCOMPARE(r.batch.relations, automatic.batch.relations);
            return;
        }
        if (entities > 0) {
            QCOMPARE(r.batch.entities.size(), entities);
            QCOMPARE(r.batch.relations.size(), relations);
        }
        for (const QString& check : checks) {
            if (check.endsWith(QLatin1String("=no"))) { // "probe=value=no": the probe must not give value
                const QStringList parts = check.split(u'=');
                QVERIFY2(probe(r, parts[0]) != parts[1], qPrintable(check));
                continue;
            }
            const qsizetype eq = check.indexOf(u'=');
            QCOMPARE(probe(r, check.left(eq)), check.mid(eq + 1));
        }
    }

    /** A mapping that cannot apply is bad input at the header cell, and the project stays as it was. */
    void mappingErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("map");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no such column") << "mapping/treaty_links.csv" << "Who=source,Whom=target,Year=start" << 1 << 1
                                        << "names \"Year\", which is not a column of this file; found columns: Who, Whom, Link";
        QTest::newRow("two ids") << "mapping/delegations.csv" << "Code=id,Internal=id" << 1 << 32
                                 << "columns \"Code\" and \"Internal\" are both mapped to id";
        QTest::newRow("two sources") << "mapping/treaty_links.csv" << "Who=source,Whom=target,Link=source" << 1 << 10
                                     << "both mapped to source (from)";
        QTest::newRow("category on a relation") << "mapping/treaty_links.csv" << "Who=source,Whom=target,Type=category" << 1 << 29
                                                << "\"Type\" is mapped to category, which a relation does not have";
        QTest::newRow("relation kind on an entity") << "mapping/delegations.csv" << "Code=id,Type=relation_kind" << 1 << 27
                                                    << "\"Type\" is mapped to relation kind, which an entity does not have";
        QTest::newRow("neither nodes nor edges") << "mapping/treaty_links.csv" << "Who=attribute" << 1 << 1
                                                 << "expected a node table with an Id or Label column";
        QTest::newRow("not CSV") << "igraph.graphml" << "From=source" << 0 << 0 << "applies to CSV tables, but this file is graphml";
    }
    void mappingErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, map);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        QString error;
        const auto mapping = CsvColumnMapping::parse(map, &error);
        QVERIFY2(mapping, qPrintable(error));
        auto store = seededProject();
        const QString before = fingerprint(*store);
        try {
            GraphImporter::importInto(*store, fixture(file), GraphFormat::Auto, nullptr, *mapping);
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.toString()));
            QCOMPARE(e.file(), fixture(file));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
        QCOMPARE(fingerprint(*store), before);
    }

    /** A large CSV table is streamed: progress moves through the file row by row, and a bad row
     *  near the end is named at its line without the earlier rows being lost to a limit. */
    void largeCsvIsStreamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("large-edges.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Source,Target,Type,Start\n");
        const int rows = 60000;
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("n%1,n%2,\"cooperates, with\",%3\n").arg(i).arg((i * 7 + 1) % rows).arg(1900 + i % 100).toUtf8());
        f.close();
        struct Recorder : ProgressReporter
        {
            QList<std::int64_t> done;
            std::int64_t total = 0;
            bool report(std::int64_t d, std::int64_t t) override
            {
                done << d;
                total = t;
                return true;
            }
        } recorder;
        const ImportResult r = GraphImporter::read(file, RelationKindVocabulary(), GraphFormat::Auto, &recorder);
        QCOMPARE(r.batch.relations.size(), rows);
        QCOMPARE(r.batch.entities.size(), rows);
        QCOMPARE(r.batch.relations.first().kind, QStringLiteral("cooperates_with"));
        QVERIFY2(recorder.done.size() > 5, qPrintable(QString::number(recorder.done.size())));
        QCOMPARE(recorder.total, QFileInfo(file).size());
        // Read positions grow through the file before the end is reached.
        QVERIFY(recorder.done.first() < recorder.total / 2);
        QVERIFY(std::is_sorted(recorder.done.begin(), recorder.done.end()));

        QVERIFY(f.open(QIODevice::Append));
        f.write("n1,\"n2\"x,cooperates,1999\n");
        f.close();
        try {
            GraphImporter::read(file, RelationKindVocabulary());
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QCOMPARE(e.line(), rows + 2);
            QCOMPARE(e.column(), 8);
            QVERIFY2(e.message().contains(QStringLiteral("after a closing quote")), qPrintable(e.toString()));
        }
    }

    /** A local check over ../shared/eval-graphs (never committed): tests/formats/check-eval-graphs.sh. */
    void evalGraphs()
    {
        const QString folder = qEnvironmentVariable("ENTENTE_EVAL_GRAPHS");
        if (folder.isEmpty())
            QSKIP("set ENTENTE_EVAL_GRAPHS to the eval-graphs folder to run this check");
        QStringList files;
        for (const QString& sub : {QString(), QStringLiteral("malformed")}) {
            const QDir dir(QDir(folder).filePath(sub));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                if (!name.endsWith(QLatin1String(".md")))
                    files << dir.filePath(name);
        }
        QVERIFY2(!files.isEmpty(), qPrintable(folder + QStringLiteral(" holds no files")));
        for (const QString& file : files) {
            const QString shown = QDir(folder).relativeFilePath(file);
            auto store = seededProject();
            const QString before = fingerprint(*store);
            try {
                const ImportSummary s = GraphImporter::importInto(*store, file);
                printf("ok     %-42s %5d entities %5d relations added, %d skipped, %lld warnings\n",
                       qPrintable(shown), s.entitiesAdded, s.relationsAdded, s.skipped,
                       static_cast<long long>(s.warnings.size()));
                for (const QString& w : s.warnings.mid(0, 3))
                    printf("         warning: %s\n", qPrintable(QDir(folder).relativeFilePath(w)));
                if (qEnvironmentVariableIsSet("ENTENTE_EVAL_VERBOSE")) {
                    const auto entities = store->allEntities().mid(2, 3); // after the two seeded ones
                    for (const Entity& e : entities)
                        printf("         entity %s \"%s\" %s/%s [%s, %s) %s\n", qPrintable(e.id), qPrintable(e.name),
                               qPrintable(entityKindName(e.kind)), qPrintable(e.category),
                               qPrintable(e.existence.start().toString()), qPrintable(e.existence.end().toString()),
                               QJsonDocument(QJsonObject::fromVariantMap(e.attributes)).toJson(QJsonDocument::Compact).left(160).constData());
                    const auto relations = store->allRelations().mid(1, 2);
                    for (const Relation& r : relations)
                        printf("         relation %s %s %s -> %s [%s, %s) %s\n", qPrintable(r.id), qPrintable(r.kind),
                               qPrintable(r.source), qPrintable(r.target), qPrintable(r.interval.start().toString()),
                               qPrintable(r.interval.end().toString()),
                               QJsonDocument(QJsonObject::fromVariantMap(r.attributes)).toJson(QJsonDocument::Compact).left(160).constData());
                }
            } catch (const FormatError& e) {
                printf("error  %-42s %s\n", qPrintable(shown), qPrintable(QDir(folder).relativeFilePath(e.toString())));
                QVERIFY2(e.line() > 0 || e.file() != file, qPrintable(e.toString()));
                QCOMPARE(fingerprint(*store), before);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
