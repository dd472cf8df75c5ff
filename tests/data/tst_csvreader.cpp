#include "formats/csvreader.h"
#include "formats/formaterror.h"

#include <QTest>

using namespace entente;

/** The strict CSV reader: fields, quoting, line endings, and errors at file:line:column. */
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void good_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("lastField");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << 1 << "2";
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4") << 2 << "4";
        QTest::newRow("quoted comma") << QByteArray("a,b\n1,\"x, y\"\n") << 1 << "x, y";
        QTest::newRow("doubled quote") << QByteArray("a,b\n1,\"say \"\"hi\"\"\"\n") << 1 << "say \"hi\"";
        QTest::newRow("newline in quotes") << QByteArray("a,b\n1,\"two\nlines\"\n") << 1 << "two\nlines";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << 1 << "2";
        QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << 1 << "2";
        QTest::newRow("utf8") << QByteArray("a,b\n1,Côte d’Ivoire\n") << 1 << QString::fromUtf8("Côte d’Ivoire");
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << 1 << "";
    }
    void good()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, rows);
        QFETCH(QString, lastField);
        const auto t = CsvReader::read(input, "t.csv");
        QCOMPARE(t.rows.size(), rows);
        QCOMPARE(t.rows.last().last().text, lastField);
        QCOMPARE(t.column("b"), 1);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << 3 << "unterminated";
        QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << 2 << 6 << "after a closing quote";
        QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n") << 2 << 4 << "quote inside";
        QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\n4,5\n") << 3 << 1 << "2 fields but the header has 3";
        QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n") << 2 << 1 << "3 fields";
        QTest::newRow("latin1") << QByteArray("a,b\n1,C\xF4te\n") << 2 << 4 << "UTF-8";
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
    }
    void bad()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        try {
            CsvReader::read(input, "t.csv");
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QCOMPARE(e.file(), QString("t.csv"));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.toString()));
            QVERIFY(e.toString().startsWith(QStringLiteral("t.csv:%1:%2: ").arg(line).arg(column)));
        }
    }

    void missingColumnIsNamed()
    {
        const auto t = CsvReader::read("a,b\n1,2\n", "t.csv");
        try {
            t.requireColumn("kind");
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QVERIFY(e.message().contains("\"kind\""));
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
