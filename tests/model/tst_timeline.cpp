#include "graph/knowledgegraph.h"
#include "time/timediff.h"
#include "time/timehistogram.h"
#include "time/timelineplayback.h"

#include <QSignalSpy>
#include <QTest>

using namespace entente;

/** The timeline's model: as-of rules with mixed precisions, histogram bins, playback, diffs. */
class TestTimeline : public QObject
{
    Q_OBJECT

    static PartialDate date(const QString& text)
    {
        return text.isEmpty() ? PartialDate() : *PartialDate::parse(text);
    }

    /**
     * Six states and one organisation: A joins 1990-03, B leaves 1992, C comes and goes
     * (1990–1991), D has been in since 1950, E is undated, F joins 1995-06-15.
     */
    static void fill(KnowledgeGraph& g)
    {
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric(QStringLiteral("member_of")));
        g.setVocabulary(v);
        for (const char* id : {"org:o", "A", "B", "C", "D", "E", "F"}) {
            Entity e;
            e.id = QString::fromLatin1(id);
            e.name = e.id;
            g.addEntity(e);
        }
        g.addRelation("rA", 0, 1, 0, {date("1990-03"), {}});
        g.addRelation("rB", 0, 2, 0, {date("1980"), date("1992")});
        g.addRelation("rC", 0, 3, 0, {date("1990"), date("1991")});
        g.addRelation("rD", 0, 4, 0, {date("1950"), {}});
        g.addRelation("rE", 0, 5, 0, {});
        g.addRelation("rF", 0, 6, 0, {date("1995-06-15"), {}});
        g.finalize();
    }

private slots:
    void asOfWithMixedPrecisions_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("inForce");
        // A coarse date compares at its own precision: 1995 and 1995-06-15 are "the same time".
        QTest::newRow("day start, year as-of of that year") << "1995-06-15"
                                                            << ""
                                                            << "1995" << true;
        QTest::newRow("day start, earlier month") << "1995-06-15"
                                                  << ""
                                                  << "1995-05" << false;
        QTest::newRow("day start, same month") << "1995-06-15"
                                               << ""
                                               << "1995-06" << true;
        QTest::newRow("day start, day before") << "1995-06-15"
                                               << ""
                                               << "1995-06-14" << false;
        QTest::newRow("year start, any day of it") << "1995"
                                                   << ""
                                                   << "1995-01-01" << true;
        QTest::newRow("year start, year before") << "1995"
                                                 << ""
                                                 << "1994-12-31" << false;
        QTest::newRow("ends 1992: not in force in 1992") << "1980"
                                                         << "1992"
                                                         << "1992" << false;
        QTest::newRow("ends 1992: in force in 1991") << "1980"
                                                     << "1992"
                                                     << "1991-12-31" << true;
        QTest::newRow("ends 1992-06: in force in 1992-05") << "1980"
                                                           << "1992-06"
                                                           << "1992-05" << true;
        QTest::newRow("ends 1992-06: the year 1992 is the end's year") << "1980"
                                                                       << "1992-06"
                                                                       << "1992" << false;
        QTest::newRow("one-year spell covers its year") << "1815"
                                                        << "1815"
                                                        << "1815" << true;
        QTest::newRow("one-year spell, next year") << "1815"
                                                   << "1815"
                                                   << "1816" << false;
        QTest::newRow("undated: in force at any date") << ""
                                                       << ""
                                                       << "1700" << true;
        QTest::newRow("unknown start, before end") << ""
                                                   << "2000"
                                                   << "1700" << true;
        QTest::newRow("ongoing far later") << "1950"
                                           << ""
                                           << "2400" << true;
    }
    void asOfWithMixedPrecisions()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, at);
        QFETCH(bool, inForce);
        QCOMPARE(DateInterval(date(start), date(end)).contains(date(at)), inForce);
    }

    void histogramBins()
    {
        KnowledgeGraph g;
        fill(g);
        const TimeHistogram h = TimeHistogram::compute(g);
        QCOMPARE(h.firstYear(), 1950);
        QCOMPARE(h.lastYear(), 1995);
        QCOMPARE(h.starts(1990), 2); // A (month precision) and C
        QCOMPARE(h.ends(1991), 1);
        QCOMPARE(h.ends(1992), 1);
        QCOMPARE(h.starts(1980), 1);
        QCOMPARE(h.starts(1995), 1);
        QCOMPARE(h.starts(1949), 0);
        QCOMPARE(h.starts(2100), 0);
        QCOMPARE(h.undated(), 1);
        QCOMPARE(h.totalStarts(), 5);
        QCOMPARE(h.totalEnds(), 2);
        QCOMPARE(h.maxCount(), 2);
    }

    void histogramHonoursTheMask()
    {
        KnowledgeGraph g;
        fill(g);
        std::vector<char> mask(static_cast<size_t>(g.relationCount()), 0);
        mask[static_cast<size_t>(g.relationIndexOf("rB"))] = 1;
        const TimeHistogram h = TimeHistogram::compute(g, mask);
        QCOMPARE(h.firstYear(), 1980);
        QCOMPARE(h.lastYear(), 1992);
        QCOMPARE(h.totalStarts(), 1);
        QCOMPARE(h.starts(1990), 0);
        QCOMPARE(TimeHistogram::compute(g, std::vector<char>(mask.size(), 0)).isEmpty(), true);
    }

    void diffBetweenDates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("transient");
        QTest::newRow("1989 → 1995")
            << "1989"
            << "1995" << QStringList{"rA", "rF"} << QStringList{"rB"} << QStringList{"rC"};
        QTest::newRow("reversed order is the same")
            << "1995"
            << "1989" << QStringList{"rA", "rF"} << QStringList{"rB"} << QStringList{"rC"};
        // As of the year 1990, a start in 1990-03 already counts (coarse rule), so A is no change.
        QTest::newRow("1990 → 1991")
            << "1990"
            << "1991" << QStringList{} << QStringList{"rC"} << QStringList{};
        QTest::newRow("1991 → 1993")
            << "1991"
            << "1993" << QStringList{} << QStringList{"rB"} << QStringList{};
        QTest::newRow("month precision: 1990-02 → 1990-04")
            << "1990-02"
            << "1990-04" << QStringList{"rA"} << QStringList{} << QStringList{};
        QTest::newRow("same date: nothing")
            << "1990"
            << "1990" << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("1995-06-01 → 1995-07")
            << "1995-06-01"
            << "1995-07" << QStringList{"rF"} << QStringList{} << QStringList{};
    }
    void diffBetweenDates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, transient);
        KnowledgeGraph g;
        fill(g);
        const TimeDiff diff(g, date(from), date(to));
        QStringList a, r, t;
        for (const TimeDiff::Item& i : diff.items())
            (i.change == TimeDiff::Change::Added     ? a
             : i.change == TimeDiff::Change::Removed ? r
                                                     : t)
                << g.relationId(i.relation);
        QCOMPARE(a, added);
        QCOMPARE(r, removed);
        QCOMPARE(t, transient);
        QCOMPARE(diff.count(TimeDiff::Change::Added), added.size());
        // Items are in the order things happened.
        for (size_t i = 1; i < diff.items().size(); ++i)
            QVERIFY(!(diff.items()[i].when < diff.items()[i - 1].when));
    }

    void diffDescribesChanges()
    {
        KnowledgeGraph g;
        fill(g);
        const TimeDiff diff(g, date("1989"), date("1995"));
        QStringList lines;
        for (const TimeDiff::Item& i : diff.items())
            lines << TimeDiff::describe(g, i);
        QVERIFY2(lines.contains("+ A member of org:o (from 1990-03)"),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("− B member of org:o (until 1992)"), qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("± C member of org:o (1990 – 1991)"), qPrintable(lines.join('\n')));
    }

    void diffIgnoresNullDates()
    {
        KnowledgeGraph g;
        fill(g);
        QVERIFY(TimeDiff(g, PartialDate(), date("1995")).items().empty());
    }

    void playbackSteps()
    {
        TimelinePlayback p;
        p.setRange(2000, 2003);
        QCOMPARE(p.year(), 2000); // clamped into the range without a signal
        QSignalSpy years(&p, &TimelinePlayback::yearChanged);
        QSignalSpy finished(&p, &TimelinePlayback::finished);
        p.step();
        p.step();
        p.step();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.last().first().toInt(), 2003);
        QCOMPARE(finished.size(), 1); // reached the end without looping
        p.step();
        QCOMPARE(p.year(), 2003);
        QCOMPARE(years.size(), 3);
        p.setLoop(true);
        p.step();
        QCOMPARE(p.year(), 2000); // wraps
        p.setYear(1990);
        QCOMPARE(p.year(), 2000); // clamped
        p.setRange(2010, 2005);   // reversed bounds are put in order
        QCOMPARE(p.first(), 2005);
        QCOMPARE(p.last(), 2010);
        QCOMPARE(p.year(), 2005);
    }

    void playbackPlaysAtItsSpeedAndStops()
    {
        TimelinePlayback p;
        p.setRange(1990, 1995);
        p.setSpeed(50); // a step every 20 ms
        QSignalSpy years(&p, &TimelinePlayback::yearChanged);
        QSignalSpy playing(&p, &TimelinePlayback::playingChanged);
        QSignalSpy finished(&p, &TimelinePlayback::finished);
        p.play();
        QVERIFY(p.isPlaying());
        QVERIFY(finished.wait(5000));
        QVERIFY(!p.isPlaying());
        QCOMPARE(years.size(), 5);
        QList<int> seen;
        for (const auto& args : years)
            seen << args.first().toInt();
        QCOMPARE(seen, (QList<int>{1991, 1992, 1993, 1994, 1995}));
        QCOMPARE(playing.size(), 2); // started, stopped
        p.play();                    // at the end: starts over from the first year
        QCOMPARE(p.year(), 1990);
        p.pause();
        QVERIFY(!p.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
