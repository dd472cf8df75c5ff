#include "graph/knowledgegraph.h"
#include "query/graphfilter.h"

#include <QJsonDocument>
#include <QTest>

using namespace entente;

/** Filter composition: each criterion alone and combined, chips, and the JSON of saved views. */
class TestGraphFilter : public QObject
{
    Q_OBJECT

    KnowledgeGraph m_g;

    static Entity entity(const QString& id, EntityKind kind, const QString& category, const QString& region = {})
    {
        Entity e;
        e.id = id;
        e.name = id.section(':', 1);
        e.kind = kind;
        e.category = category;
        e.region = region;
        return e;
    }

    QStringList visible(const FilterCriteria& c, const QHash<QString, std::vector<double>>& metrics = {})
    {
        const auto r = GraphFilter::apply(m_g, c, metrics);
        QStringList ids;
        for (int v = 0; v < m_g.entityCount(); ++v)
            if (r.vertexPasses[static_cast<size_t>(v)])
                ids << m_g.entity(v).id;
        // Relations pass only between passing entities.
        for (int rel = 0; rel < m_g.relationCount(); ++rel)
            if (r.relationPasses[static_cast<size_t>(rel)]) {
                const RelationEdge& e = m_g.relation(rel);
                if (!r.vertexPasses[e.source] || !r.vertexPasses[e.target])
                    qFatal("relation passes without its ends");
            }
        return ids;
    }

private slots:
    void initTestCase()
    {
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric("member_of"));
        v.add(RelationKindVocabulary::makeGeneric("party_to"));
        m_g.setVocabulary(v);
        m_g.addEntity(entity("state:FRA", EntityKind::Actor, "state", "Europe"));        // 0
        m_g.addEntity(entity("state:GRC", EntityKind::Actor, "state", "Europe"));        // 1
        m_g.addEntity(entity("state:TUR", EntityKind::Actor, "state", "Asia"));          // 2
        m_g.addEntity(entity("org:nato", EntityKind::Organisation, "alliance"));         // 3
        m_g.addEntity(entity("treaty:npt", EntityKind::Treaty, "multilateral"));         // 4
        m_g.addEntity(entity("party:x", EntityKind::Actor, "party", "Europe"));          // 5 (isolated)
        m_g.addRelation("fra-nato", 0, 0, 3, {PartialDate::ofYear(1949), {}});
        m_g.addRelation("grc-nato", 0, 1, 3, {PartialDate::ofYear(1952), {}});
        m_g.addRelation("tur-nato", 0, 2, 3, {PartialDate::ofYear(1952), {}});
        m_g.addRelation("fra-npt", 1, 0, 4, {PartialDate::ofYear(1992), {}});
        m_g.addRelation("grc-npt", 1, 1, 4, {PartialDate::ofYear(1970), {}});
        m_g.finalize();
    }

    void criteria_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{"state:FRA", "state:GRC", "state:TUR", "org:nato", "treaty:npt", "party:x"};
        QTest::newRow("empty") << "{}" << all;
        QTest::newRow("kinds") << R"({"entity_kinds":["actor"]})" << QStringList{"state:FRA", "state:GRC", "state:TUR", "party:x"};
        QTest::newRow("categories") << R"({"categories":["state","alliance"]})" << QStringList{"state:FRA", "state:GRC", "state:TUR", "org:nato"};
        QTest::newRow("region") << R"({"regions":["Europe"]})" << QStringList{"state:FRA", "state:GRC", "party:x"};
        QTest::newRow("text") << R"({"text":"gr"})" << QStringList{"state:GRC"};
        QTest::newRow("degree >= 2") << R"({"min_degree":2})" << QStringList{"state:FRA", "state:GRC", "org:nato", "treaty:npt"};
        QTest::newRow("degree as of 1950") << R"({"as_of":"1950","min_degree":1})" << QStringList{"state:FRA", "org:nato"};
        QTest::newRow("relations then degree") << R"({"relation_kinds":["party_to"],"min_degree":1})" << QStringList{"state:FRA", "state:GRC", "treaty:npt"};
        QTest::newRow("window") << R"({"window":["1960","1980"],"min_degree":1})" << QStringList{"state:FRA", "state:GRC", "state:TUR", "org:nato", "treaty:npt"};
        QTest::newRow("ego 1") << R"({"ego":{"id":"state:TUR","depth":1}})" << QStringList{"state:TUR", "org:nato"};
        QTest::newRow("ego 2") << R"({"ego":{"id":"state:TUR","depth":2}})" << QStringList{"state:FRA", "state:GRC", "state:TUR", "org:nato"};
        QTest::newRow("ego as of 1950") << R"({"ego":{"id":"state:FRA","depth":2},"as_of":"1950"})" << QStringList{"state:FRA", "org:nato"};
        QTest::newRow("composed") << R"({"entity_kinds":["actor"],"regions":["Europe"],"min_degree":1})" << QStringList{};
        QTest::newRow("metric") << R"({"metric_min":{"score":0.5}})" << QStringList{"state:GRC", "org:nato"};
    }
    void criteria()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, expected);
        const FilterCriteria c = FilterCriteria::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QHash<QString, std::vector<double>> metrics{{"score", {0.1, 0.9, 0.2, 0.5, 0.0, 0.0}}};
        QCOMPARE(visible(c, metrics), expected);
        // Saved views keep the filter exactly.
        QCOMPARE(FilterCriteria::fromJson(c.toJson()), c);
    }

    void chipsRemoveTheirPart()
    {
        FilterCriteria c;
        c.asOf = PartialDate::ofYear(1975);
        c.relationKinds = {"member_of"};
        c.egoId = "state:GRC";
        c.egoDepth = 2;
        const auto chips = c.chips();
        QCOMPARE(chips.size(), 3);
        QVERIFY(chips[0].label.contains("member of"));
        QCOMPARE(chips[1].label, QString("as of 1975"));
        QVERIFY(chips[2].label.contains("2 hops"));
        c.removeChip("asof");
        QVERIFY(c.asOf.isNull());
        QCOMPARE(c.chips().size(), 2);
        c.removeChip("relations");
        c.removeChip("ego");
        QVERIFY(c.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestGraphFilter)
#include "tst_graphfilter.moc"
