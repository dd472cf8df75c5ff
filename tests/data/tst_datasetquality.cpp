#include "defaultdataset.h"
#include "graph/knowledgegraph.h"

#include <QHash>
#include <functional>
#include <optional>
#include <QSet>
#include <QTest>

using namespace entente;

/**
 * The size and quality of the embedded default dataset once the derived tables
 * (data/default/scripts/derive.py) are in: the targets, unique names, censored ends kept
 * apart from real ends, and spot checks of well-known dated facts from the curated and the
 * derived tables.
 */
class TestDatasetQuality : public QObject
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

    /** The relations of `kind` from a to b, in the store's form (with attributes and sources). */
    QList<Relation> relations(const QString& a, const QString& kind, const QString& b)
    {
        QList<Relation> out;
        for (const Relation& r : m_store->relationsOf(a))
            if (r.source == a && r.target == b && r.kind == kind)
                out << r;
        return out;
    }

    /** The first relation of `kind` from a to b that contains `at`, or nullptr. */
    std::optional<Relation> relationAt(const QString& a, const QString& kind, const QString& b, PartialDate at)
    {
        for (const Relation& r : relations(a, kind, b))
            if (r.interval.contains(at))
                return r;
        return std::nullopt;
    }

    int countEntities(const std::function<bool(const Entity&)>& pred) const
    {
        int n = 0;
        for (int v = 0; v < m_graph.entityCount(); ++v)
            n += pred(m_graph.entity(v)) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_store = DefaultDataset::open();
        QVERIFY(m_store->isReadOnly());
        m_store->loadGraph(m_graph);
        QVERIFY(m_graph.entityCount() > 0);
    }

    void sizeTargets()
    {
        const auto isState = [](const Entity& e) { return e.category == QLatin1String("state"); };
        const int currentStates = countEntities([&](const Entity& e) { return isState(e) && e.existence.isOngoing(); });
        const int historicalStates = countEntities([&](const Entity& e) { return isState(e) && !e.existence.isOngoing(); });
        QVERIFY2(currentStates >= 190, qPrintable(QString::number(currentStates)));
        QVERIFY2(historicalStates >= 20, qPrintable(QString::number(historicalStates)));
        const int organisations = countEntities([](const Entity& e) { return e.kind == EntityKind::Organisation; });
        QVERIFY2(organisations >= 300, qPrintable(QString::number(organisations)));
        const int treaties = countEntities([](const Entity& e) { return e.kind == EntityKind::Treaty; });
        QVERIFY2(treaties >= 1000, qPrintable(QString::number(treaties))); // ≥ 50, far more from IEADB/DESTA
        const int alliances = countEntities([](const Entity& e) { return e.category == QLatin1String("alliance") && e.kind == EntityKind::Treaty; });
        QVERIFY2(alliances >= 700, qPrintable(QString::number(alliances)));
        const int mechanisms = countEntities([](const Entity& e) { return e.kind == EntityKind::Mechanism; });
        QVERIFY2(mechanisms >= 40, qPrintable(QString::number(mechanisms)));
        const int parties = countEntities([](const Entity& e) { return e.category == QLatin1String("party"); });
        QVERIFY2(parties >= 300, qPrintable(QString::number(parties)));

        const auto s = m_store->statistics();
        QVERIFY2(s.datedRelations >= 20000, qPrintable(QString::number(s.datedRelations)));
        QCOMPARE(s.unsourcedRelations, 0);
        // Alliance dyads are derived from shared treaties, never stored.
        QCOMPARE(s.relationKinds.value(QStringLiteral("allied_with")), 0);
    }

    void namesAndAliasesAreUnique()
    {
        QHash<QString, int> owner;
        for (int v = 0; v < m_graph.entityCount(); ++v) {
            const Entity& e = m_graph.entity(v);
            QSet<QString> own;
            for (const QString& n : QStringList{e.name} + e.aliases) {
                const QString key = n.toLower();
                if (own.contains(key))
                    continue;
                own.insert(key);
                const auto it = owner.constFind(key);
                QVERIFY2(it == owner.constEnd(), qPrintable(QStringLiteral("\"%1\" is used by %2 and %3")
                                                                .arg(n, m_graph.entity(it == owner.constEnd() ? v : *it).id, e.id)));
                owner.insert(key, v);
            }
        }
    }

    void historicalStates()
    {
        const int gfr = vertex(QStringLiteral("state:cow-gfr"));
        QVERIFY(gfr >= 0);
        QVERIFY(m_graph.entity(gfr).name.contains(QLatin1String("West Germany")));
        QCOMPARE(m_graph.entity(gfr).existence.start().year(), 1955);
        QCOMPARE(m_graph.entity(gfr).existence.end().year(), 1990);
        const int gdr = vertex(QStringLiteral("state:cow-gdr"));
        QVERIFY(gdr >= 0);
        QCOMPARE(m_graph.entity(gdr).existence.end().year(), 1990);

        const int ussr = vertex(QStringLiteral("state:SUN"));
        QVERIFY(ussr >= 0);
        QVERIFY(m_graph.entity(ussr).aliases.contains(QStringLiteral("USSR")));
        QCOMPARE(m_graph.entity(ussr).existence.start().year(), 1922);
        QCOMPARE(m_graph.entity(ussr).existence.end().year(), 1991);

        const int yug = vertex(QStringLiteral("state:cow-yug"));
        QVERIFY(yug >= 0);
        QCOMPARE(m_graph.entity(yug).existence.end(), PartialDate::ofDay(2006, 6, 3));

        // The USSR held the Soviet seat in the UN until its dissolution; Russia continues it.
        const auto sunUn = relationAt(QStringLiteral("state:SUN"), QStringLiteral("member_of"), QStringLiteral("org:un"),
                                      PartialDate::ofYear(1960));
        QVERIFY(sunUn.has_value());
        QCOMPARE(sunUn->interval.end(), PartialDate::ofDay(1991, 12, 26));
        QVERIFY(!relationAt(QStringLiteral("state:SUN"), QStringLiteral("member_of"), QStringLiteral("org:un"),
                            PartialDate::ofYear(1995)).has_value());
        QVERIFY(relationAt(QStringLiteral("state:RUS"), QStringLiteral("member_of"), QStringLiteral("org:un"),
                           PartialDate::ofYear(1995)).has_value());
        // COW codes both German states in the UN from 1965; the derivation corrects it to 1973-09-18.
        const auto gfrUn = relations(QStringLiteral("state:cow-gfr"), QStringLiteral("member_of"), QStringLiteral("org:un"));
        QCOMPARE(gfrUn.size(), 1);
        QCOMPARE(gfrUn.first().interval.start(), PartialDate::ofDay(1973, 9, 18));
    }

    void wellKnownMemberships()
    {
        // France in the UN since 1945.
        const auto fraUn = relationAt(QStringLiteral("state:FRA"), QStringLiteral("member_of"), QStringLiteral("org:un"),
                                      PartialDate::ofYear(2020));
        QVERIFY(fraUn.has_value());
        QCOMPARE(fraUn->interval.start().year(), 1945);
        // Poland joined NATO on 1999-03-12.
        const auto polNato = relations(QStringLiteral("state:POL"), QStringLiteral("member_of"), QStringLiteral("org:nato"));
        QCOMPARE(polNato.size(), 1);
        QCOMPARE(polNato.first().interval.start(), PartialDate::ofDay(1999, 3, 12));
        // The United Kingdom left the EU on 2020-01-31.
        const auto gbrEu = relations(QStringLiteral("state:GBR"), QStringLiteral("member_of"), QStringLiteral("org:eu"));
        QCOMPARE(gbrEu.size(), 1);
        QCOMPARE(gbrEu.first().interval.end(), PartialDate::ofDay(2020, 1, 31));
        // The United States is in NATO, and a party to the North Atlantic Treaty (ATOP phases).
        QVERIFY(relationAt(QStringLiteral("state:USA"), QStringLiteral("member_of"), QStringLiteral("org:nato"),
                           PartialDate::ofYear(2024)).has_value());
        const auto usaNat = relationAt(QStringLiteral("state:USA"), QStringLiteral("party_to"),
                                       QStringLiteral("treaty:north-atlantic-treaty"), PartialDate::ofYear(2010));
        QVERIFY(usaNat.has_value());
        QCOMPARE(usaNat->attributes.value(QStringLiteral("defense")).toString(), QStringLiteral("1"));
        QVERIFY(usaNat->sources.contains(QStringLiteral("atop-v4.01")));
        // West Germany in NATO (COW IGO) from 1955.
        const auto gfrNato = relations(QStringLiteral("state:cow-gfr"), QStringLiteral("member_of"), QStringLiteral("org:nato"));
        QCOMPARE(gfrNato.size(), 1);
        QCOMPARE(gfrNato.first().interval.start().year(), 1955);
    }

    void censoredEndsAreNotRealEnds()
    {
        // COW IGO stops in 2014: the Bahamas' UN membership continues, so its end stays empty.
        const auto bhsUn = relations(QStringLiteral("state:BHS"), QStringLiteral("member_of"), QStringLiteral("org:un"));
        QCOMPARE(bhsUn.size(), 1);
        QVERIFY(bhsUn.first().interval.isOngoing());
        QCOMPARE(bhsUn.first().attributes.value(QStringLiteral("observed_until")).toString(), QStringLiteral("2014"));
        QCOMPARE(bhsUn.first().attributes.value(QStringLiteral("role")).toString(), QStringLiteral("full"));
        QVERIFY(bhsUn.first().sources.contains(QStringLiteral("cow-igo-v3")));
        // A real end keeps its year and carries no observed_until: East Germany in the Warsaw Treaty Organization.
        const auto gdrWto = relations(QStringLiteral("state:cow-gdr"), QStringLiteral("member_of"), QStringLiteral("org:cow-wpact"));
        QCOMPARE(gdrWto.size(), 1);
        QVERIFY(!gdrWto.first().interval.isOngoing());
        QVERIFY(!gdrWto.first().attributes.contains(QStringLiteral("observed_until")));
        // No relation has both a real end and observed_until.
        int censored = 0;
        for (const QString& id : {QStringLiteral("state:BHS"), QStringLiteral("state:KEN"), QStringLiteral("state:SUN")})
            for (const Relation& r : m_store->relationsOf(id)) {
                if (!r.attributes.contains(QStringLiteral("observed_until")))
                    continue;
                ++censored;
                QVERIFY2(r.interval.isOngoing(), qPrintable(r.id));
            }
        QVERIFY(censored > 10);
    }

    void alliances()
    {
        const int warsaw = vertex(QStringLiteral("treaty:atop-3285"));
        QVERIFY(warsaw >= 0);
        QCOMPARE(m_graph.entity(warsaw).name, QStringLiteral("Warsaw Pact"));
        QCOMPARE(m_graph.entity(warsaw).category, QStringLiteral("alliance"));
        const auto sunWarsaw = relationAt(QStringLiteral("state:SUN"), QStringLiteral("party_to"), QStringLiteral("treaty:atop-3285"),
                                          PartialDate::ofYear(1970));
        QVERIFY(sunWarsaw.has_value());
        QCOMPARE(sunWarsaw->interval.end(), PartialDate::ofDay(1991, 7, 1));
        QCOMPARE(sunWarsaw->attributes.value(QStringLiteral("consultation")).toString(), QStringLiteral("1"));
        // The Warsaw Pact created the Warsaw Treaty Organization; the Rio Treaty is named.
        QVERIFY(!relations(QStringLiteral("treaty:atop-3285"), QStringLiteral("establishes"), QStringLiteral("org:cow-wpact")).isEmpty());
        QCOMPARE(m_graph.entity(vertex(QStringLiteral("treaty:atop-3075"))).name, QStringLiteral("Inter-American Treaty of Reciprocal Assistance"));
        // ANZUS: Australia, New Zealand and the United States.
        for (const char* member : {"state:AUS", "state:NZL", "state:USA"})
            QVERIFY2(!relations(QString::fromLatin1(member), QStringLiteral("party_to"), QStringLiteral("treaty:atop-3215")).isEmpty(), member);
    }

    void treaties()
    {
        // IEADB participation lands on the curated Paris Agreement, not on a duplicate.
        const auto kenParis = relations(QStringLiteral("state:KEN"), QStringLiteral("party_to"), QStringLiteral("treaty:paris-agreement"));
        QCOMPARE(kenParis.size(), 1);
        QCOMPARE(kenParis.first().interval.start().year(), 2017);
        QVERIFY(kenParis.first().sources.contains(QStringLiteral("ieadb-2021-01")));
        // GGO and IEADB both have Kenya in the UNFCCC: one relation citing both.
        const auto kenUnfccc = relations(QStringLiteral("state:KEN"), QStringLiteral("party_to"), QStringLiteral("treaty:unfccc"));
        QCOMPARE(kenUnfccc.size(), 1);
        QVERIFY(kenUnfccc.first().sources.contains(QStringLiteral("ggo-huggo-2024")));
        QVERIFY(kenUnfccc.first().sources.contains(QStringLiteral("ieadb-2021-01")));
        // The Montreal Protocol (GGO) on its curated id.
        QVERIFY(relationAt(QStringLiteral("state:KEN"), QStringLiteral("party_to"), QStringLiteral("treaty:montreal-protocol"),
                           PartialDate::ofYear(2000)).has_value());
        // DESTA founding parties: the Treaty of Rome's six.
        for (const char* founder : {"state:BEL", "state:FRA", "state:ITA", "state:LUX", "state:NLD"})
            QVERIFY2(relationAt(QString::fromLatin1(founder), QStringLiteral("party_to"), QStringLiteral("treaty:treaty-of-rome"),
                                PartialDate::ofYear(1960)).has_value(), founder);
        // No IEADB/GGO/DESTA duplicate of a curated treaty name survived.
        QCOMPARE(countEntities([](const Entity& e) { return e.name.startsWith(QLatin1String("Paris Agreement under")); }), 0);
        // Succession links: the League of Nations was followed by the UN.
        QVERIFY(!relations(QStringLiteral("org:cow-lon"), QStringLiteral("succeeded_by"), QStringLiteral("org:un")).isEmpty());
    }

    void parties()
    {
        // The curated SPD is reused and gets its ParlGov family and country.
        const auto spd = relations(QStringLiteral("party:de-spd"), QStringLiteral("based_in"), QStringLiteral("state:DEU"));
        QCOMPARE(spd.size(), 1);
        QCOMPARE(spd.first().attributes.value(QStringLiteral("family")).toString(), QStringLiteral("Social democracy"));
        QVERIFY(spd.first().sources.contains(QStringLiteral("parlgov-2024")));
        // Every EU member, G20 member and seed-named state has parties.
        const QStringList states = QStringLiteral(
            "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE "
            "ARG AUS BRA CAN CHN IND IDN JPN KOR MEX RUS SAU ZAF TUR GBR USA EGY IRN ISR NOR").split(u' ');
        for (const QString& iso : states) {
            const int v = vertex(QStringLiteral("state:") + iso);
            QVERIFY2(v >= 0, qPrintable(iso));
            int parties = 0;
            m_graph.forEachIncident(v, [&](std::uint32_t r, std::uint32_t other, bool forward) {
                if (!forward && m_graph.relationKind(static_cast<int>(r)).id == QLatin1String("based_in")
                    && m_graph.entity(static_cast<int>(other)).category == QLatin1String("party"))
                    ++parties;
            });
            QVERIFY2(parties >= 1, qPrintable(iso));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetQuality)
#include "tst_datasetquality.moc"
