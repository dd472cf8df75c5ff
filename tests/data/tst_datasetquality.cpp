#include "defaultdataset.h"
#include "graph/knowledgegraph.h"

#include <QHash>
#include <algorithm>
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

    /**
     * Spot checks of well-known dated facts as the cited publishers give them (UN member list, NATO
     * members, EU countries, UN Treaty Collection status pages, WTO members); several are also in
     * the COW IGO, GGO or IEADB extracts. `at` picks the relation whose interval contains that date;
     * an empty `at` (with `present` false) means no such relation may exist at all (e.g. the United
     * States never ratified the Kyoto Protocol).
     */
    void spotChecks_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");

        const auto row = [](const char* name, const char* src, const char* kind, const char* tgt, const char* at, bool present,
                            const char* start, const char* end) {
            QTest::newRow(name) << QString::fromUtf8(src) << QString::fromUtf8(kind) << QString::fromUtf8(tgt)
                                << QString::fromUtf8(at) << present << QString::fromUtf8(start) << QString::fromUtf8(end);
        };
        // NATO accessions.
        row("GRC NATO", "state:GRC", "member_of", "org:nato", "2000", true, "1952-02-18", "");
        row("TUR NATO", "state:TUR", "member_of", "org:nato", "2000", true, "1952-02-18", "");
        row("FRG NATO", "state:cow-gfr", "member_of", "org:nato", "1960", true, "1955-05-06", "1990-10-03");
        row("DEU NATO", "state:DEU", "member_of", "org:nato", "2000", true, "1990-10-03", "");
        row("DEU not in NATO 1970", "state:DEU", "member_of", "org:nato", "1970", false, "", "");
        row("ESP NATO", "state:ESP", "member_of", "org:nato", "2000", true, "1982-05-30", "");
        row("CZE NATO", "state:CZE", "member_of", "org:nato", "2000", true, "1999-03-12", "");
        row("LTU NATO", "state:LTU", "member_of", "org:nato", "2010", true, "2004-03-29", "");
        row("ALB NATO", "state:ALB", "member_of", "org:nato", "2010", true, "2009-04-01", "");
        row("MNE NATO", "state:MNE", "member_of", "org:nato", "2018", true, "2017-06-05", "");
        row("MKD NATO", "state:MKD", "member_of", "org:nato", "2021", true, "2020-03-27", "");
        row("FIN NATO", "state:FIN", "member_of", "org:nato", "2024", true, "2023-04-04", "");
        row("SWE NATO", "state:SWE", "member_of", "org:nato", "2025", true, "2024-03-07", "");
        // EU (counted from accession to the European Communities, as the EU lists it).
        row("FRG EU", "state:cow-gfr", "member_of", "org:eu", "1970", true, "1958-01-01", "1990-10-03");
        row("DEU EU", "state:DEU", "member_of", "org:eu", "2020", true, "1990-10-03", "");
        row("DNK EU", "state:DNK", "member_of", "org:eu", "2000", true, "1973-01-01", "");
        row("GRC EU", "state:GRC", "member_of", "org:eu", "2000", true, "1981-01-01", "");
        row("AUT EU", "state:AUT", "member_of", "org:eu", "2000", true, "1995-01-01", "");
        row("POL EU", "state:POL", "member_of", "org:eu", "2010", true, "2004-05-01", "");
        row("ROU EU", "state:ROU", "member_of", "org:eu", "2010", true, "2007-01-01", "");
        row("HRV EU", "state:HRV", "member_of", "org:eu", "2020", true, "2013-07-01", "");
        // UN admissions.
        row("JPN UN", "state:JPN", "member_of", "org:un", "2000", true, "1956-12-18", "");
        row("ESP UN", "state:ESP", "member_of", "org:un", "2000", true, "1955-12-14", "");
        row("CHE UN", "state:CHE", "member_of", "org:un", "2010", true, "2002-09-10", "");
        row("KOR UN", "state:KOR", "member_of", "org:un", "2000", true, "1991-09-17", "");
        row("GDR UN", "state:cow-gdr", "member_of", "org:un", "1980", true, "1973-09-18", "1990-10-03");
        row("TWN UN", "state:TWN", "member_of", "org:un", "1960", true, "1949", "1971-10-25");
        row("CHN UN", "state:CHN", "member_of", "org:un", "2000", true, "1971-10-25", "");
        row("SUN UN", "state:SUN", "member_of", "org:un", "1980", true, "1945-10-24", "1991-12-26");
        row("RUS UN", "state:RUS", "member_of", "org:un", "2000", true, "1991-12-26", "");
        row("RUS not in UN 1980", "state:RUS", "member_of", "org:un", "1980", false, "", "");
        // Paris Agreement: the United States left, rejoined in 2021 and left again.
        row("USA Paris 1", "state:USA", "party_to", "treaty:paris-agreement", "2018", true, "2016-11-04", "2020-11-04");
        row("USA Paris gap", "state:USA", "party_to", "treaty:paris-agreement", "2020-12", false, "", "");
        row("USA Paris 2", "state:USA", "party_to", "treaty:paris-agreement", "2022", true, "2021-02-19", "2026-01-27");
        row("RUS Paris", "state:RUS", "party_to", "treaty:paris-agreement", "2020", true, "2019-11-06", "");
        row("JPN Paris", "state:JPN", "party_to", "treaty:paris-agreement", "2020", true, "2016-12-08", "");
        // Kyoto Protocol.
        row("USA never Kyoto", "state:USA", "party_to", "treaty:kyoto-protocol", "", false, "", "");
        row("CAN Kyoto", "state:CAN", "party_to", "treaty:kyoto-protocol", "2010", true, "2005-02-16", "2012-12-15");
        row("RUS Kyoto", "state:RUS", "party_to", "treaty:kyoto-protocol", "2010", true, "2005-02-16", "");
        // NPT.
        row("PRK NPT", "state:PRK", "party_to", "treaty:npt", "1990", true, "1985-12-12", "2003-01-10");
        row("IND never NPT", "state:IND", "party_to", "treaty:npt", "", false, "", "");
        row("ISR never NPT", "state:ISR", "party_to", "treaty:npt", "", false, "", "");
        row("CHN NPT", "state:CHN", "party_to", "treaty:npt", "2000", true, "1992-03-09", "");
        row("SUN NPT", "state:SUN", "party_to", "treaty:npt", "1980", true, "1970-03-05", "1991-12-26");
        row("FRG NPT", "state:cow-gfr", "party_to", "treaty:npt", "1980", true, "1975-05-02", "1990-10-03");
        // Rome Statute.
        row("USA never ICC", "state:USA", "party_to", "treaty:rome-statute", "", false, "", "");
        row("DEU ICC", "state:DEU", "party_to", "treaty:rome-statute", "2010", true, "2002-07-01", "");
        row("BDI ICC", "state:BDI", "party_to", "treaty:rome-statute", "2010", true, "2004", "2017-10-27");
        row("PHL ICC", "state:PHL", "party_to", "treaty:rome-statute", "2015", true, "2011", "2019-03-17");
        row("UKR ICC", "state:UKR", "party_to", "treaty:rome-statute", "2025-06", true, "2025-01-01", "");
        // WTO.
        row("CHN WTO", "state:CHN", "member_of", "org:wto", "2010", true, "2001-12-11", "");
        row("RUS WTO", "state:RUS", "member_of", "org:wto", "2015", true, "2012-08-22", "");
    }

    void spotChecks()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, at);
        QFETCH(bool, present);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QVERIFY2(vertex(source) >= 0 && vertex(target) >= 0, "entity missing");
        if (at.isEmpty()) {
            QVERIFY(!present);
            QCOMPARE(relations(source, kind, target).size(), 0);
            return;
        }
        const auto date = PartialDate::parse(at);
        QVERIFY(date.has_value());
        const auto r = relationAt(source, kind, target, *date);
        QCOMPARE(r.has_value(), present);
        if (!present)
            return;
        QCOMPARE(r->interval.start().toString(), start);
        QCOMPARE(r->interval.end().toString(), end);
        QVERIFY(!r->sources.isEmpty());
    }

    /** One state per COW code: the German and Soviet states are distinct, linked by succession. */
    void germanyAndRussia()
    {
        // Exact names and aliases resolve to one entity each.
        const auto owners = [this](const QString& name) {
            QStringList ids;
            for (int v = 0; v < m_graph.entityCount(); ++v) {
                const Entity& e = m_graph.entity(v);
                if (e.name.compare(name, Qt::CaseInsensitive) == 0
                    || std::any_of(e.aliases.cbegin(), e.aliases.cend(),
                                   [&](const QString& a) { return a.compare(name, Qt::CaseInsensitive) == 0; }))
                    ids << e.id;
            }
            return ids;
        };
        QCOMPARE(owners(QStringLiteral("USSR")), QStringList{QStringLiteral("state:SUN")});
        QCOMPARE(owners(QStringLiteral("Soviet Union")), QStringList{QStringLiteral("state:SUN")});
        QCOMPARE(owners(QStringLiteral("West Germany")), QStringList{QStringLiteral("state:cow-gfr")});
        QCOMPARE(owners(QStringLiteral("FRG")), QStringList{QStringLiteral("state:cow-gfr")});
        QCOMPARE(owners(QStringLiteral("East Germany")), QStringList{QStringLiteral("state:cow-gdr")});
        QCOMPARE(owners(QStringLiteral("Germany")), QStringList{QStringLiteral("state:DEU")});
        QCOMPARE(owners(QStringLiteral("Russia")), QStringList{QStringLiteral("state:RUS")});

        // Succession: both German states into Germany, the USSR into Russia, Yugoslavia into Serbia.
        const QList<QPair<const char*, const char*>> successions = {
            {"state:cow-gfr", "state:DEU"}, {"state:cow-gdr", "state:DEU"}, {"state:SUN", "state:RUS"},
            {"state:cow-yug", "state:SRB"}, {"state:cow-cze", "state:CZE"}, {"state:cow-cze", "state:SVK"}};
        for (const auto& [a, b] : successions) {
            const auto r = relations(QString::fromLatin1(a), QStringLiteral("succeeded_by"), QString::fromLatin1(b));
            QVERIFY2(r.size() == 1, a);
            QVERIFY2(!r.first().interval.start().isNull(), a);
        }
        QCOMPARE(relations(QStringLiteral("state:cow-gfr"), QStringLiteral("succeeded_by"), QStringLiteral("state:DEU"))
                     .first().interval.start(), PartialDate::ofDay(1990, 10, 3));

        // Between the founding of the Federal Republic and reunification no membership or treaty
        // participation sits on Germany (it belongs to West Germany), and none on Russia while the
        // USSR existed.
        const auto busy = [this](const QString& id, PartialDate at) {
            QStringList ids;
            for (const Relation& r : m_store->relationsOf(id))
                if (r.source == id && (r.kind == QLatin1String("member_of") || r.kind == QLatin1String("party_to"))
                    && r.interval.contains(at))
                    ids << r.id;
            return ids;
        };
        QCOMPARE(busy(QStringLiteral("state:DEU"), PartialDate::ofYear(1970)), QStringList{});
        QCOMPARE(busy(QStringLiteral("state:DEU"), PartialDate::ofYear(1989)), QStringList{});
        QCOMPARE(busy(QStringLiteral("state:RUS"), PartialDate::ofYear(1970)), QStringList{});
        QVERIFY(busy(QStringLiteral("state:cow-gfr"), PartialDate::ofYear(1970)).size() > 50);
        QVERIFY(busy(QStringLiteral("state:DEU"), PartialDate::ofYear(2000)).size() > 100);
        QVERIFY(busy(QStringLiteral("state:SUN"), PartialDate::ofYear(1970)).size() > 50);
    }

    /** Party internationals and Europarties: at least 300 sourced member links; foundations. */
    void partyNetworks()
    {
        int links = 0;
        QSet<QString> networks;
        for (int v = 0; v < m_graph.entityCount(); ++v) {
            const Entity& org = m_graph.entity(v);
            if (org.category != QLatin1String("party-international") && org.category != QLatin1String("europarty"))
                continue;
            networks.insert(org.id);
            for (const Relation& r : m_store->relationsOf(org.id)) {
                if (r.target != org.id || r.kind != QLatin1String("member_of"))
                    continue;
                const int p = vertex(r.source);
                QVERIFY(p >= 0);
                if (m_graph.entity(p).category != QLatin1String("party"))
                    continue;
                QVERIFY2(!r.sources.isEmpty(), qPrintable(r.id));
                ++links;
            }
        }
        QVERIFY2(links >= 300, qPrintable(QString::number(links)));
        QVERIFY2(networks.size() >= 15, qPrintable(QString::number(networks.size())));
        // Fidesz left the EPP in March 2021.
        QVERIFY(relationAt(QStringLiteral("party:hu-parlgov-921"), QStringLiteral("member_of"), QStringLiteral("org:epp"),
                           PartialDate::ofYear(2010)).has_value());
        QVERIFY(!relationAt(QStringLiteral("party:hu-parlgov-921"), QStringLiteral("member_of"), QStringLiteral("org:epp"),
                            PartialDate::ofYear(2022)).has_value());

        // Each political foundation is tied to its party or Europarty.
        const QList<QPair<const char*, const char*>> foundations = {
            {"ngo:fes", "party:de-spd"}, {"ngo:kas", "party:de-cdu"}, {"ngo:fnf", "party:de-fdp"}, {"ngo:hss", "party:de-csu"},
            {"ngo:hbs", "party:de-greens"}, {"ngo:rls", "party:de-parlgov-791"}, {"ngo:martens-centre", "org:epp"},
            {"ngo:feps", "org:pes"}, {"ngo:elf", "org:alde"}, {"ngo:gef", "org:egp"}, {"ngo:new-direction", "org:ecr-party"},
            {"ngo:transform-europe", "org:european-left"}, {"ngo:coppieters", "org:efa"}};
        for (const auto& [f, p] : foundations) {
            QVERIFY2(vertex(QString::fromLatin1(f)) >= 0, f);
            QCOMPARE(m_graph.entity(vertex(QString::fromLatin1(f))).category, QStringLiteral("foundation"));
            QVERIFY2(relations(QString::fromLatin1(f), QStringLiteral("cooperates_with"), QString::fromLatin1(p)).size() == 1, f);
        }
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
