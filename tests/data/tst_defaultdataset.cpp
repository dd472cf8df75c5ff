#include "defaultdatasetbuilder.h"
#include "defaultdataset.h"
#include "formats/formaterror.h"
#include "graph/knowledgegraph.h"
#include "query/entityresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/**
 * The embedded default dataset: it opens, it is whole (every relation sourced and dated
 * sensibly), well-known facts hold, and the build step refuses bad rows with file:line:column.
 */
class TestDefaultDataset : public QObject
{
    Q_OBJECT

    std::unique_ptr<SqliteProjectStore> m_store;
    KnowledgeGraph m_graph;

    int vertex(const QString& id)
    {
        const int v = m_graph.indexOf(id);
        if (v < 0)
            qWarning("missing entity %s", qPrintable(id));
        return v;
    }

    /** The relation of `kind` from a to b, or -1. */
    int find(const QString& a, const QString& kind, const QString& b)
    {
        const int va = vertex(a), vb = vertex(b);
        int found = -1;
        if (va < 0 || vb < 0)
            return -1;
        m_graph.forEachIncident(va, [&](std::uint32_t r, std::uint32_t other, bool forward) {
            if (forward && static_cast<int>(other) == vb && m_graph.relationKind(static_cast<int>(r)).id == kind)
                found = static_cast<int>(r);
        });
        return found;
    }

private slots:
    void initTestCase()
    {
        m_store = DefaultDataset::open();
        QVERIFY(m_store->isReadOnly());
        m_store->loadGraph(m_graph);
        QVERIFY(m_graph.entityCount() > 0);
    }

    void everyRelationIsSourced()
    {
        const auto s = m_store->statistics();
        QCOMPARE(s.unsourcedRelations, 0);
        QVERIFY(s.relations > 0);
    }

    void everyRelationFitsItsKind()
    {
        for (int r = 0; r < m_graph.relationCount(); ++r) {
            const RelationEdge& e = m_graph.relation(r);
            const RelationKind& k = m_graph.relationKind(r);
            QVERIFY2(k.allows(m_graph.entity(static_cast<int>(e.source)).kind, m_graph.entity(static_cast<int>(e.target)).kind),
                     qPrintable(m_graph.relationId(r)));
            QVERIFY2(e.interval().isValid(), qPrintable(m_graph.relationId(r)));
        }
    }

    void namesResolveUniquely()
    {
        const EntityResolver resolver(m_graph);
        for (int v = 0; v < m_graph.entityCount(); ++v)
            for (const QString& alias : m_graph.entity(v).aliases)
                QCOMPARE(resolver.resolve(alias).vertex, v);
    }

    void wellKnownFacts()
    {
        // France has been a member of NATO since the treaty entered into force in 1949.
        const int fraNato = find("state:FRA", "member_of", "org:nato");
        QVERIFY(fraNato >= 0);
        QCOMPARE(m_graph.relation(fraNato).start.year(), 1949);
        // The United States left the Paris Agreement on 2020-11-04 and rejoined in 2021.
        const int usa = vertex("state:USA"), paris = vertex("treaty:paris-agreement");
        QVERIFY(usa >= 0 && paris >= 0);
        int spells = 0;
        bool activeIn2019 = false, activeIn2020Dec = false, activeIn2022 = false;
        m_graph.forEachIncident(usa, [&](std::uint32_t r, std::uint32_t other, bool) {
            if (static_cast<int>(other) != paris || m_graph.relationKind(static_cast<int>(r)).id != "party_to")
                return;
            ++spells;
            const DateInterval i = m_graph.relation(static_cast<int>(r)).interval();
            activeIn2019 |= i.contains(PartialDate::ofYear(2019));
            activeIn2020Dec |= i.contains(PartialDate::ofMonth(2020, 12));
            activeIn2022 |= i.contains(PartialDate::ofYear(2022));
        });
        QVERIFY(spells >= 2);
        QVERIFY(activeIn2019);
        QVERIFY(!activeIn2020Dec);
        QVERIFY(activeIn2022);
    }

    void buildRefusesBadRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("badLine");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad date") << "relations.csv" << "rel:bad,member_of,state:FRA,org:nato,1949-13,,,nato-members," << "month 13";
        QTest::newRow("dangling") << "relations.csv" << "rel:bad,member_of,state:XXX,org:nato,1949,,,nato-members," << "not an entity";
        QTest::newRow("unsourced") << "relations.csv" << "rel:bad,member_of,state:FRA,org:nato,1949,,,," << "no source";
        QTest::newRow("wrong endpoint kinds") << "relations.csv" << "rel:bad,member_of,org:nato,state:FRA,1949,,,nato-members," << "cannot go from";
        QTest::newRow("end before start") << "relations.csv" << "rel:bad,member_of,state:FRA,org:nato,1990,1980,,nato-members," << "before start";
        QTest::newRow("alias clash") << "entities.csv" << "state:XXX,actor,state,Nowhere,NATO,,,,,," << "already the name or an alias";
        QTest::newRow("unknown kind") << "entities.csv" << "state:XXX,country,state,Nowhere,,,,,,," << "not an entity kind";
    }
    void buildRefusesBadRows()
    {
        QFETCH(QString, file);
        QFETCH(QString, badLine);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QDir fixtures(QStringLiteral(ENTENTE_FIXTURES_DIR "/minitables"));
        for (const QString& name : fixtures.entryList({"*.csv"}))
            QVERIFY(QFile::copy(fixtures.filePath(name), dir.filePath(name)));
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray content = f.readAll();
        f.close();
        const int lineNo = content.count('\n') + 1;
        content += badLine.toUtf8() + "\n";
        QFile::remove(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        try {
            DefaultDatasetBuilder::readTables(dir.path());
            QFAIL("the build should have stopped");
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.toString()));
            QCOMPARE(e.file(), dir.filePath(file));
            QCOMPARE(e.line(), lineNo);
            QVERIFY(e.column() > 0);
        }
    }

    void fixtureTablesBuild()
    {
        QTemporaryDir dir;
        const WriteBatch b = DefaultDatasetBuilder::build(QStringLiteral(ENTENTE_FIXTURES_DIR "/minitables"), dir.filePath("mini.entente"));
        QCOMPARE(b.entities.size(), 6);
        auto store = SqliteProjectStore::open(dir.filePath("mini.entente"), true);
        QCOMPARE(store->statistics().relations, 6);
    }
};

QTEST_GUILESS_MAIN(TestDefaultDataset)
#include "tst_defaultdataset.moc"
