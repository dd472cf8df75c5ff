#include "graph/knowledgegraph.h"
#include "layout/forcelayout.h"
#include "query/entityresolver.h"
#include "query/entitytimeline.h"
#include "query/searchquery.h"

#include <QLineF>
#include <QTest>

#include <cmath>
#include <random>

using namespace entente;

/** The in-memory graph, its Boost adapter, resolution, timelines, query parsing and layout. */
class TestKnowledgeGraph : public QObject
{
    Q_OBJECT

    static Entity make(const QString& id, const QString& name, QStringList aliases = {})
    {
        Entity e;
        e.id = id;
        e.name = name;
        e.aliases = aliases;
        return e;
    }

    static void fill(KnowledgeGraph& g)
    {
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric(QStringLiteral("member_of")));
        g.setVocabulary(v);
        QCOMPARE(g.addEntity(make("state:FRA", "France")), 0);
        QCOMPARE(g.addEntity(make("org:nato", "North Atlantic Treaty Organization", {"NATO"})), 1);
        QCOMPARE(g.addEntity(make("org:eu", "European Union", {"EU"})), 2);
        QCOMPARE(g.addEntity(make("party:x", "Labour Party")), 3);
        QCOMPARE(g.addEntity(make("party:y", "Labour Party")), 4);
        QCOMPARE(g.addEntity(make("state:FRA", "duplicate")), -1);
        g.addRelation("r1", 0, 0, 1, {PartialDate::ofDay(1949, 8, 24), {}});
        g.addRelation("r2", 0, 0, 2, {PartialDate::ofYear(1958), {}});
        g.finalize();
    }

private slots:
    void adapterMapsIdsAndBothDirections()
    {
        KnowledgeGraph g;
        fill(g);
        QCOMPARE(g.entityCount(), 5);
        QCOMPARE(g.indexOf("org:eu"), 2);
        QCOMPARE(g.indexOf("nope"), -1);
        QCOMPARE(g.degree(0), 2u);
        QCOMPARE(g.degree(1), 1u);
        int forward = 0, backward = 0;
        g.forEachIncident(1, [&](std::uint32_t r, std::uint32_t other, bool fwd) {
            QCOMPARE(g.relationId(static_cast<int>(r)), QString("r1"));
            QCOMPARE(other, 0u);
            (fwd ? forward : backward)++;
        });
        QCOMPARE(forward, 0);
        QCOMPARE(backward, 1);
        QCOMPARE(g.relationIndexOf("r2"), 1);
        QCOMPARE(g.relationIndexOf("zz"), -1);
    }

    void resolver()
    {
        KnowledgeGraph g;
        fill(g);
        const EntityResolver r(g);
        QCOMPARE(r.resolve("org:nato").vertex, 1);
        QCOMPARE(r.resolve("nato").vertex, 1);
        QCOMPARE(r.resolve("european union").vertex, 2);
        const auto amb = r.resolve("labour party");
        QCOMPARE(amb.status, EntityResolver::Status::Ambiguous);
        QCOMPARE(amb.candidates.size(), 2);
        const auto miss = r.resolve("Frence");
        QCOMPARE(miss.status, EntityResolver::Status::NotFound);
        QVERIFY(!miss.candidates.isEmpty());
        QCOMPARE(miss.candidates.first(), 0);
        QCOMPARE(EntityResolver::editDistance("kitten", "sitting", 5), 3);
    }

    void timelineOrdersEvents()
    {
        KnowledgeGraph g;
        fill(g);
        const EntityTimeline tl(g, 0);
        QCOMPARE(tl.events().size(), 2);
        QCOMPARE(tl.events()[0].date, PartialDate::ofDay(1949, 8, 24));
        QCOMPARE(tl.events()[1].other, 2);
    }

    void searchQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<int>("phrases");
        QTest::newRow("words") << "north atlantic" << QStringList{"north", "atlantic"} << 0;
        QTest::newRow("operators are text") << "nato OR -eu*" << QStringList{"nato", "OR", "eu"} << 0;
        QTest::newRow("phrase") << "\"paris agreement\" usa" << QStringList{"paris agreement", "usa"} << 1;
        QTest::newRow("unclosed quote") << "\"camp david" << QStringList{"camp david"} << 1;
        QTest::newRow("punctuation only") << "(*)\"\"" << QStringList{} << 0;
        QTest::newRow("diacritics kept") << "Sinn Féin" << QStringList{"Sinn", "Féin"} << 0;
    }
    void searchQuery()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(int, phrases);
        const SearchQuery q = SearchQuery::parse(text);
        QStringList got;
        int gotPhrases = 0;
        for (const auto& t : q.terms()) {
            got << t.text;
            gotPhrases += t.phrase ? 1 : 0;
        }
        QCOMPARE(got, terms);
        QCOMPARE(gotPhrases, phrases);
    }

    void barnesHutAgainstExactSum_data()
    {
        QTest::addColumn<double>("theta");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("theta 0 is exact") << 0.0 << 1e-9;
        QTest::newRow("theta 0.5") << 0.5 << 0.05;
        QTest::newRow("theta 1.2 (layout default)") << 1.2 << 0.25;
    }
    void barnesHutAgainstExactSum()
    {
        QFETCH(double, theta);
        QFETCH(double, tolerance);
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> coord(-500, 500), mass(1, 20);
        std::vector<QPointF> pos(600);
        std::vector<double> masses(600);
        for (size_t i = 0; i < pos.size(); ++i) {
            pos[i] = QPointF(coord(rng), coord(rng));
            masses[i] = mass(rng);
        }
        const auto approx = ForceLayout::repulsion(pos, masses, 2.0, theta);
        double err = 0, norm = 0;
        for (size_t i = 0; i < pos.size(); ++i) {
            QPointF exact(0, 0);
            for (size_t j = 0; j < pos.size(); ++j) {
                if (i == j)
                    continue;
                const QPointF d = pos[i] - pos[j];
                const double dist = std::hypot(d.x(), d.y());
                exact += d / dist * (2.0 * masses[i] * masses[j] / dist);
            }
            const QPointF diff = approx[i] - exact;
            err += std::hypot(diff.x(), diff.y());
            norm += std::hypot(exact.x(), exact.y());
        }
        QVERIFY2(err / norm <= tolerance, qPrintable(QStringLiteral("relative error %1").arg(err / norm)));
    }

    void largeLayoutUsesBarnesHut()
    {
        LayoutGraph lg;
        lg.nodeCount = 1500;
        std::mt19937 rng(5);
        for (int i = 1; i < lg.nodeCount; ++i)
            lg.edges.emplace_back(i, static_cast<int>(rng() % static_cast<unsigned>(i)));
        lg.pinned.assign(1500, false);
        lg.pinned[0] = true;
        std::vector<QPointF> start{QPointF(10, 20)};
        ForceLayout layout;
        QVERIFY(layout.run(lg, start, 60));
        for (const QPointF& p : layout.positions())
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        QCOMPARE(layout.positions()[0], QPointF(10, 20));
    }

    void forceLayoutInvariants()
    {
        LayoutGraph lg;
        lg.nodeCount = 40;
        for (int i = 1; i < 40; ++i)
            lg.edges.emplace_back(i, (i * 7) % i);
        lg.pinned.assign(40, false);
        lg.pinned[5] = true;
        lg.radius.assign(40, 8.0);
        std::vector<QPointF> start(40);
        for (int i = 0; i < 40; ++i)
            start[static_cast<size_t>(i)] = QPointF(i * 3.0, (i % 5) * 2.0);
        ForceLayout layout;
        QVERIFY(layout.run(lg, start, 300));
        const auto& pos = layout.positions();
        QCOMPARE(pos.size(), size_t(40));
        for (const QPointF& p : pos)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        QCOMPARE(pos[5], start[5]);
        // Nodes end up spread out: no two centres closer than half a radius.
        for (size_t i = 0; i < pos.size(); ++i)
            for (size_t j = i + 1; j < pos.size(); ++j)
                QVERIFY(QLineF(pos[i], pos[j]).length() > 4.0);
    }
};

QTEST_APPLESS_MAIN(TestKnowledgeGraph)
#include "tst_knowledgegraph.moc"
