#include "core/dateinterval.h"
#include "core/partialdate.h"

#include <QTest>

using namespace entente;

Q_DECLARE_METATYPE(entente::PartialDate::Precision)

/** Partial dates: parsing, precision, coarse comparison and the "as of" interval rule. */
class TestPartialDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<PartialDate::Precision>("precision");
        QTest::addColumn<QString>("errorPart");
        using P = PartialDate::Precision;
        QTest::newRow("year") << "1993" << true << "1993" << P::Year << "";
        QTest::newRow("month") << "1993-09" << true << "1993-09" << P::Month << "";
        QTest::newRow("day") << "1993-09-13" << true << "1993-09-13" << P::Day << "";
        QTest::newRow("empty is unknown") << "" << true << "" << P::None << "";
        QTest::newRow("spaces trimmed") << " 2015 " << true << "2015" << P::Year << "";
        QTest::newRow("leap day") << "2020-02-29" << true << "2020-02-29" << P::Day << "";
        QTest::newRow("not leap") << "2019-02-29" << false << "" << P::None << "day 29";
        QTest::newRow("month 13") << "2023-13" << false << "" << P::None << "month 13";
        QTest::newRow("month 00") << "2023-00" << false << "" << P::None << "month 00";
        QTest::newRow("year 0") << "0000" << false << "" << P::None << "0000";
        QTest::newRow("two digits") << "93" << false << "" << P::None << "expected YYYY";
        QTest::newRow("slashes") << "1993/09/13" << false << "" << P::None << "YYYY-MM";
        QTest::newRow("letters") << "19a3" << false << "" << P::None << "four digits";
        QTest::newRow("trailing") << "1993-09-13x" << false << "" << P::None << "expected YYYY";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        QFETCH(PartialDate::Precision, precision);
        QFETCH(QString, errorPart);
        QString error;
        const auto d = PartialDate::parse(text, &error);
        QCOMPARE(d.has_value(), valid);
        if (valid) {
            QCOMPARE(d->toString(), normalised);
            QCOMPARE(d->precision(), precision);
            QVERIFY(error.isEmpty());
            QCOMPARE(PartialDate::fromPacked(d->packed()), *d);
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY2(error.contains(text.trimmed()), "the message names the value");
        }
    }

    void compareCoarse_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("year vs day inside") << "1993" << "1993-09-13" << 0;
        QTest::newRow("month vs day inside") << "1993-09" << "1993-09-13" << 0;
        QTest::newRow("month before day") << "1993-08" << "1993-09-13" << -1;
        QTest::newRow("day after year") << "1994-01-01" << "1993" << 1;
        QTest::newRow("days") << "1993-09-13" << "1993-09-14" << -1;
    }
    void compareCoarse()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const auto c = PartialDate::compareCoarse(*PartialDate::parse(a), *PartialDate::parse(b));
        const int got = c < 0 ? -1 : (c > 0 ? 1 : 0);
        QCOMPARE(got, expected);
    }

    void asOf_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("contains");
        QTest::newRow("inside") << "1949-04-04" << "" << "2000" << true;
        QTest::newRow("before start") << "1949-04-04" << "" << "1948" << false;
        QTest::newRow("same year as start") << "1949-04-04" << "" << "1949" << true;
        QTest::newRow("start month vs day") << "1949-04" << "" << "1949-04-01" << true;
        QTest::newRow("end is exclusive") << "2016-11-04" << "2020-11-04" << "2020-11-04" << false;
        QTest::newRow("day before end") << "2016-11-04" << "2020-11-04" << "2020-11-03" << true;
        QTest::newRow("end year coarse") << "1973" << "2020" << "2020-06" << false;
        QTest::newRow("year after end") << "1973" << "2020" << "2021" << false;
        QTest::newRow("open start") << "" << "1991-12-26" << "1950" << true;
        QTest::newRow("undated contains all") << "" << "" << "1815" << true;
        QTest::newRow("one-year spell") << "1815" << "1815" << "1815" << true;
        QTest::newRow("one-year spell after") << "1815" << "1815" << "1816" << false;
    }
    void asOf()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, at);
        QFETCH(bool, contains);
        const DateInterval i(*PartialDate::parse(start), *PartialDate::parse(end));
        QVERIFY(i.isValid());
        QCOMPARE(i.contains(*PartialDate::parse(at)), contains);
    }

    void intervalValidity()
    {
        QVERIFY(!DateInterval(PartialDate::ofYear(2000), PartialDate::ofYear(1999)).isValid());
        QVERIFY(DateInterval(PartialDate::ofYear(2000), PartialDate::ofDay(2000, 1, 1)).isValid());
        QVERIFY(!DateInterval(PartialDate::ofDay(2000, 5, 2), PartialDate::ofDay(2000, 5, 1)).isValid());
    }

    void overlaps()
    {
        const DateInterval i(PartialDate::ofYear(1990), PartialDate::ofYear(2000));
        QVERIFY(i.overlaps(PartialDate::ofYear(1995), PartialDate::ofYear(2005)));
        QVERIFY(!i.overlaps(PartialDate::ofYear(2000), PartialDate::ofYear(2005)));
        QVERIFY(!i.overlaps(PartialDate::ofYear(1980), PartialDate::ofYear(1990)));
        QVERIFY(i.overlaps(PartialDate(), PartialDate()));
    }

    void sortOrder()
    {
        QVERIFY(PartialDate::ofYear(1993) < PartialDate::ofMonth(1993, 1));
        QVERIFY(PartialDate::ofMonth(1993, 9) < PartialDate::ofDay(1993, 9, 1));
        QCOMPARE(PartialDate::ofDay(1993, 9, 13).lastDay(), QDate(1993, 9, 13));
        QCOMPARE(PartialDate::ofMonth(2020, 2).lastDay(), QDate(2020, 2, 29));
        QCOMPARE(PartialDate::ofYear(1993).firstDay(), QDate(1993, 1, 1));
    }
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
