#include "graph/graphdocument.h"
#include "models/concepttreemodel.h"
#include "style/kindicon.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

Q_DECLARE_METATYPE(entente::EntityKind)

namespace {

Entity entity(const char* id, EntityKind kind, const char* category, const char* name)
{
    Entity e;
    e.id = QString::fromLatin1(id);
    e.kind = kind;
    e.category = QString::fromLatin1(category);
    e.name = QString::fromUtf8(name);
    return e;
}

/**
 * A small taxonomy with the awkward cases: a concept under two broader ones (mediation is a
 * diplomacy and a conflict resolution), a cycle (bad data), parallel relations, and users of a
 * narrower concept only.
 */
std::shared_ptr<KnowledgeGraph> fixture()
{
    auto g = std::make_shared<KnowledgeGraph>();
    RelationKindVocabulary v;
    for (const char* k :
         {"is_a", "uses", "establishes", "participates_in", "member_of", "party_to", "allied_with"})
        v.add(RelationKindVocabulary::makeGeneric(QString::fromLatin1(k)));
    g->setVocabulary(v);
    using K = EntityKind;
    for (const Entity& e :
         {entity("mech:diplomacy", K::Mechanism, "diplomacy", "Diplomacy"),
          entity("mech:summit", K::Mechanism, "summit", "Summit diplomacy"),
          entity("mech:mediation", K::Mechanism, "mediation", "Mediation"),
          entity("mech:conflict", K::Mechanism, "mediation", "Conflict resolution"),
          entity("mech:shuttle", K::Mechanism, "mediation", "Shuttle diplomacy"),
          entity("mech:loop-a", K::Mechanism, "review", "Loop A"),
          entity("mech:loop-b", K::Mechanism, "review", "Loop B"),
          entity("org:un", K::Organisation, "igo", "United Nations"),
          entity("org:au", K::Organisation, "regional", "African Union"),
          entity("org:nato", K::Organisation, "alliance", "NATO"),
          entity("treaty:camp-david", K::Treaty, "accord", "Camp David Accords"),
          entity("treaty:npt", K::Treaty, "multilateral", "NPT"),
          entity("state:USA", K::Actor, "state", "United States"),
          entity("state:FRA", K::Actor, "state", "France"),
          entity("party:x", K::Actor, "party", "Party X")})
        g->addEntity(e);
    int n = 0;
    auto rel = [&](const char* kind, const char* from, const char* to) {
        g->addRelation(
            QStringLiteral("r%1").arg(++n), g->vocabulary().indexOf(QString::fromLatin1(kind)),
            g->indexOf(QString::fromLatin1(from)), g->indexOf(QString::fromLatin1(to)), {});
    };
    rel("is_a", "mech:summit", "mech:diplomacy");
    rel("is_a", "mech:mediation", "mech:diplomacy");
    rel("is_a", "mech:mediation", "mech:conflict");
    rel("is_a", "mech:shuttle", "mech:mediation");
    rel("is_a", "mech:loop-a", "mech:loop-b");
    rel("is_a", "mech:loop-b", "mech:loop-a");
    rel("uses", "org:un", "mech:mediation");
    rel("uses", "org:au", "mech:summit");
    rel("uses", "org:un", "mech:diplomacy");
    rel("establishes", "treaty:camp-david", "mech:shuttle");
    rel("participates_in", "state:USA", "mech:shuttle");
    rel("participates_in", "state:USA", "mech:shuttle"); // parallel: named once
    rel("member_of", "state:FRA", "org:un");
    rel("member_of", "state:USA", "org:un");
    rel("member_of", "state:USA", "org:un");
    rel("member_of", "party:x", "org:un");
    rel("party_to", "state:FRA", "treaty:npt");
    rel("allied_with", "state:FRA", "state:USA");
    g->finalize();
    return g;
}

QStringList ids(const KnowledgeGraph& g, const std::vector<int>& vertices)
{
    QStringList out;
    for (int v : vertices)
        out << g.entity(v).id;
    return out;
}

QStringList byKind(const KnowledgeGraph& g, const std::array<std::vector<int>, 4>& lists)
{
    QStringList out;
    for (const auto& list : lists)
        out += ids(g, list);
    return out;
}

} // namespace

/** The concept tree and what the concept browser says about one concept, on a hand-made graph. */
class TestConceptTreeModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeGraph> m_graph = fixture();

private slots:
    void info_data()
    {
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QStringList>("broader");
        QTest::addColumn<QStringList>("narrower");
        QTest::addColumn<QStringList>(
            "users"); // by kind: actors, organisations, treaties, mechanisms
        QTest::addColumn<QStringList>("usersOfNarrower");
        QTest::addColumn<QStringList>("mechanisms");
        QTest::addColumn<QStringList>("members");
        // Sorted by name within each list: "Mediation" before "Summit diplomacy".
        QTest::newRow("top concept")
            << "mech:diplomacy" << QStringList{} << QStringList{"mech:mediation", "mech:summit"}
            << QStringList{"org:un"} << QStringList{"state:USA", "org:au", "treaty:camp-david"}
            << QStringList{} << QStringList{};
        QTest::newRow("two broader")
            << "mech:mediation" << QStringList{"mech:conflict", "mech:diplomacy"}
            << QStringList{"mech:shuttle"} << QStringList{"org:un"}
            << QStringList{"state:USA", "treaty:camp-david"} << QStringList{} << QStringList{};
        QTest::newRow("leaf, parallel use")
            << "mech:shuttle" << QStringList{"mech:mediation"} << QStringList{}
            << QStringList{"state:USA", "treaty:camp-david"} << QStringList{} << QStringList{}
            << QStringList{};
        QTest::newRow("cycle") << "mech:loop-a" << QStringList{"mech:loop-b"}
                               << QStringList{"mech:loop-b"} << QStringList{} << QStringList{}
                               << QStringList{} << QStringList{};
        QTest::newRow("organisation")
            << "org:un" << QStringList{} << QStringList{} << QStringList{} << QStringList{}
            << QStringList{"mech:diplomacy", "mech:mediation"}
            << QStringList{"state:FRA", "party:x", "state:USA"};
        QTest::newRow("treaty") << "treaty:npt" << QStringList{} << QStringList{} << QStringList{}
                                << QStringList{} << QStringList{} << QStringList{"state:FRA"};
    }
    void info()
    {
        QFETCH(QString, conceptId);
        const KnowledgeGraph& g = *m_graph;
        const ConceptTreeModel::Info info = ConceptTreeModel::info(g, g.indexOf(conceptId));
        QTEST(ids(g, info.broader), "broader");
        QTEST(ids(g, info.narrower), "narrower");
        QTEST(byKind(g, info.users), "users");
        QTEST(byKind(g, info.usersOfNarrower), "usersOfNarrower");
        QTEST(ids(g, info.mechanisms), "mechanisms");
        QTEST(byKind(g, info.members), "members");
    }

    void tree()
    {
        GraphDocument document;
        document.setGraph(m_graph);
        ConceptTreeModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex mechanisms = model.rootIndex(ConceptTreeModel::Mechanisms);
        QCOMPARE(mechanisms.data().toString(), QStringLiteral("Mechanisms (7)"));
        // Broadest first: the two top concepts, then the cycle (it has no broadest member).
        QStringList top;
        for (int r = 0; r < model.rowCount(mechanisms); ++r)
            top << model.index(r, 0, mechanisms).data(ConceptTreeModel::IdRole).toString();
        QCOMPARE(top, (QStringList{"mech:conflict", "mech:diplomacy", "mech:loop-a"}));
        // Mediation shows under both of its broader concepts, shuttle diplomacy under each of them.
        int mediationRows = 0, shuttleRows = 0;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                mediationRows +=
                    i.data(ConceptTreeModel::IdRole) == QStringLiteral("mech:mediation");
                shuttleRows += i.data(ConceptTreeModel::IdRole) == QStringLiteral("mech:shuttle");
                walk(i);
            }
        };
        walk(mechanisms);
        QCOMPARE(mediationRows, 2);
        QCOMPARE(shuttleRows, 2);
        // The cycle is cut where it comes back: loop-a › loop-b, and no deeper.
        const QModelIndex loopA = model.index(2, 0, mechanisms);
        QCOMPARE(model.rowCount(loopA), 1);
        QCOMPARE(model.rowCount(model.index(0, 0, loopA)), 0);

        const QModelIndex orgs = model.rootIndex(ConceptTreeModel::Organisations);
        QCOMPARE(orgs.data().toString(), QStringLiteral("Organisations by category (3)"));
        QStringList categories;
        for (int r = 0; r < model.rowCount(orgs); ++r)
            categories << model.index(r, 0, orgs).data().toString();
        QCOMPARE(categories, (QStringList{"alliance (1)", "igo (1)", "regional (1)"}));
        QCOMPARE(model.rootIndex(ConceptTreeModel::Treaties).data().toString(),
                 QStringLiteral("Treaties by category (2)"));
        // Every row has its kind's icon.
        QVERIFY(!model.index(0, 0, mechanisms)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .pixmap(16, 16)
                     .isNull());

        const int un = m_graph->indexOf(QStringLiteral("org:un"));
        const QModelIndex unIndex = model.indexOfVertex(un);
        QCOMPARE(unIndex.data(ConceptTreeModel::VertexRole).toInt(), un);
        QCOMPARE(unIndex.parent().data().toString(), QStringLiteral("igo (1)"));
        QVERIFY(!model.indexOfVertex(m_graph->indexOf(QStringLiteral("state:FRA"))).isValid());
    }

    void kindIcons_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("drawing");
        QTest::newRow("state") << EntityKind::Actor << "state"
                               << "state";
        QTest::newRow("party") << EntityKind::Actor << "party"
                               << "party";
        QTest::newRow("person") << EntityKind::Actor << "person"
                                << "person";
        QTest::newRow("other actor") << EntityKind::Actor << "ngo"
                                     << "actor";
        QTest::newRow("alliance") << EntityKind::Organisation << "alliance"
                                  << "alliance";
        QTest::newRow("other organisation") << EntityKind::Organisation << "igo"
                                            << "organisation";
        QTest::newRow("treaty") << EntityKind::Treaty << "bilateral"
                                << "treaty";
        QTest::newRow("mechanism") << EntityKind::Mechanism << ""
                                   << "mechanism";
    }
    void kindIcons()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, category);
        QTEST(KindIcon::name(kind, category), "drawing");
        // The drawing is compiled in and renders (an icon of a missing file is not null, its pixmap
        // is).
        const QImage image = KindIcon::icon(kind, category).pixmap(24, 24).toImage();
        QVERIFY(!image.isNull());
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(inked > 40, qPrintable(QString::number(inked)));
    }

    void keptAcrossNavigation()
    {
        // Focusing on the canvas re-sets the same graph: the tree must not reset under the reader.
        GraphDocument document;
        document.setGraph(m_graph);
        ConceptTreeModel model(&document);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        document.setGraph(m_graph, {0, 1});
        QCOMPARE(resets.count(), 0);
        document.setGraph(fixture());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.graph(), document.graph());
    }
};

QTEST_MAIN(TestConceptTreeModel)
#include "tst_concepttreemodel.moc"
