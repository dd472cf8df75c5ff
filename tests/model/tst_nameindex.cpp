#include "graph/knowledgegraph.h"
#include "query/nameindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace entente;

/**
 * Search as you type from memory: data-driven ranking cases on a small graph, and a brute-force
 * oracle (every entity checked word by word) on random names for the set of matches and order.
 */
class TestNameIndex : public QObject
{
    Q_OBJECT

    KnowledgeGraph m_g;
    std::unique_ptr<NameIndex> m_index;

    static Entity entity(const QString& id, EntityKind kind, const QString& name,
                         const QStringList& aliases = {})
    {
        Entity e;
        e.id = id;
        e.kind = kind;
        e.name = name;
        e.aliases = aliases;
        return e;
    }

    QStringList suggest(const QString& typed, int limit = 12,
                        std::optional<EntityKind> kind = std::nullopt) const
    {
        QStringList ids;
        for (const NameIndex::Match& m : m_index->suggest(typed, limit, kind))
            ids << m_g.entity(m.vertex).id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric("member_of"));
        m_g.setVocabulary(v);
        m_g.addEntity(entity("org:un", EntityKind::Organisation, "United Nations", {"UN"})); // 0
        m_g.addEntity(entity("org:unesco", EntityKind::Organisation,
                             "United Nations Educational, Scientific and Cultural Organization",
                             {"UNESCO"})); // 1
        m_g.addEntity(entity("org:nato", EntityKind::Organisation,
                             "North Atlantic Treaty Organization", {"NATO", "OTAN"})); // 2
        m_g.addEntity(entity("state:FRA", EntityKind::Actor, "France"));               // 3
        m_g.addEntity(
            entity("state:CIV", EntityKind::Actor, "Côte d'Ivoire", {"Ivory Coast"}));    // 4
        m_g.addEntity(entity("treaty:nat", EntityKind::Treaty, "North Atlantic Treaty")); // 5
        m_g.addEntity(entity("party:un", EntityKind::Actor, "Unity Party"));              // 6
        m_g.addEntity(entity("org:francophonie", EntityKind::Organisation,
                             "Organisation internationale de la Francophonie", {"OIF"})); // 7
        m_g.addEntity(entity("org:league", EntityKind::Organisation, "Nations League"));  // 8
        // France and the UN are the most connected.
        m_g.addRelation("fra-un", 0, 3, 0, {});
        m_g.addRelation("fra-nato", 0, 3, 2, {});
        m_g.addRelation("civ-un", 0, 4, 0, {});
        m_g.addRelation("fra-oif", 0, 3, 7, {});
        m_g.addRelation("civ-oif", 0, 4, 7, {});
        m_g.finalize();
        m_index = std::make_unique<NameIndex>(m_g);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("alias exact first")
            << "UN" << QStringList{"org:un", "party:un", "org:unesco"};
        QTest::newRow("case folded") << "nato" << QStringList{"org:nato"};
        QTest::newRow("name prefix before word prefix")
            << "nations" << QStringList{"org:league", "org:un", "org:unesco"};
        QTest::newRow("then the most connected")
            << "north atl" << QStringList{"org:nato", "treaty:nat"};
        QTest::newRow("diacritics folded") << "cote" << QStringList{"state:CIV"};
        QTest::newRow("diacritics typed") << "CÔTE D" << QStringList{"state:CIV"};
        QTest::newRow("alias words") << "ivory" << QStringList{"state:CIV"};
        QTest::newRow("every word must match") << "united sci" << QStringList{"org:unesco"};
        QTest::newRow("word order free") << "nations united" << QStringList{"org:un", "org:unesco"};
        QTest::newRow("phrase is whole words") << "\"united nation\"" << QStringList{};
        QTest::newRow("phrase whole")
            << "\"nations\"" << QStringList{"org:league", "org:un", "org:unesco"};
        QTest::newRow("most connected first among prefixes")
            << "fr" << QStringList{"state:FRA", "org:francophonie"};
        QTest::newRow("punctuation ignored") << "d'ivoire" << QStringList{"state:CIV"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
        QTest::newRow("blank") << "   " << QStringList{};
    }
    void suggestions()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(suggest(typed), expected);
    }

    void limitAndKind()
    {
        QCOMPARE(suggest("un", 1), QStringList{"org:un"});
        QCOMPARE(suggest("un", 12, EntityKind::Actor), QStringList{"party:un"});
        QCOMPARE(suggest("north", 12, EntityKind::Treaty), QStringList{"treaty:nat"});
    }

    /** Random names from a small alphabet so prefixes collide a lot; compared with a scan. */
    void matchesBruteForce()
    {
        QRandomGenerator random(20261123);
        KnowledgeGraph g;
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric("member_of"));
        g.setVocabulary(v);
        const auto word = [&] {
            QString w;
            const int n = 1 + random.bounded(4);
            for (int i = 0; i < n; ++i)
                w += QChar(u"abcé"[random.bounded(4)]);
            return w;
        };
        const int n = 400;
        for (int i = 0; i < n; ++i) {
            QStringList words;
            for (int k = 1 + random.bounded(3); k > 0; --k)
                words << word();
            QStringList aliases;
            if (random.bounded(3) == 0)
                aliases << word().toUpper();
            g.addEntity(entity(QStringLiteral("e:%1").arg(i), EntityKind(random.bounded(4)),
                               words.join(' '), aliases));
        }
        for (int i = 0; i < 800; ++i)
            g.addRelation(QStringLiteral("r%1").arg(i), 0, random.bounded(n), random.bounded(n),
                          {});
        g.finalize();
        const NameIndex index(g);

        for (int q = 0; q < 300; ++q) {
            QStringList typedWords;
            for (int k = 1 + random.bounded(2); k > 0; --k)
                typedWords << word().left(1 + random.bounded(2));
            const QString typed = typedWords.join(' ');
            const QStringList folded = NameIndex::words(NameIndex::fold(typed));
            // Oracle: every typed word begins some word of the name or an alias.
            QList<int> expected;
            for (int e = 0; e < n; ++e) {
                QStringList all = NameIndex::words(NameIndex::fold(g.entity(e).name));
                for (const QString& a : g.entity(e).aliases)
                    all << NameIndex::words(NameIndex::fold(a));
                if (std::all_of(folded.begin(), folded.end(), [&](const QString& t) {
                        return std::any_of(all.begin(), all.end(),
                                           [&](const QString& w) { return w.startsWith(t); });
                    }))
                    expected << e;
            }
            const auto got = index.suggest(typed, n);
            QList<int> gotVertices;
            for (const auto& m : got)
                gotVertices << m.vertex;
            QList<int> sortedGot = gotVertices;
            std::sort(sortedGot.begin(), sortedGot.end());
            QVERIFY2(sortedGot == expected, qPrintable(typed));
            // Best first: tiers never go back, and within a tier degree never rises.
            for (std::size_t i = 1; i < got.size(); ++i) {
                QVERIFY(got[i - 1].tier <= got[i].tier);
                if (got[i - 1].tier == got[i].tier)
                    QVERIFY(g.degree(got[i - 1].vertex) >= g.degree(got[i].vertex));
            }
            // A limit keeps the head of the full ranking.
            const auto head = index.suggest(typed, 5);
            for (std::size_t i = 0; i < head.size(); ++i)
                QCOMPARE(head[i].vertex, got[i].vertex);
        }
    }
};

QTEST_GUILESS_MAIN(TestNameIndex)
#include "tst_nameindex.moc"
