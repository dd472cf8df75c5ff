#include "core/relationkindvocabulary.h"
#include "formats/formaterror.h"
#include "formats/graphimporter.h"
#include "formats/xmlinput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/**
 * XmlInput's two paths through a file: the fast one (expat) must hand the readers exactly the
 * tokens the careful one (QXmlStreamReader) does — names, attributes, text, and the line and
 * column every message is built from — and must give up on whatever the careful path exists
 * to refuse, so that only the careful path ever explains a bad file.
 */
class TestXmlInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString fixture(const QString& name)
    {
        return QStringLiteral(ENTENTE_FIXTURES_DIR "/formats/") + name;
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return file;
    }

    /** Every token as the readers see it; text is joined (either parser may split it). */
    static QStringList tokens(const QString& file, XmlInput::Path how)
    {
        XmlInput in(file, QStringLiteral("a test document"), nullptr, how);
        QStringList out;
        QString text;
        for (;;) {
            const auto t = in.next();
            if (t == QXmlStreamReader::Characters) {
                text += in.text();
                continue;
            }
            if (!text.trimmed().isEmpty())
                out << QStringLiteral("text %1").arg(text.trimmed());
            text.clear();
            if (t == QXmlStreamReader::EndDocument)
                break;
            if (t == QXmlStreamReader::StartElement) {
                // The root's place differs on purpose: QXmlStreamReader does not report the
                // whitespace after the XML declaration, so the careful path places the root where
                // the declaration ends; expat gives the '<' itself. No message uses it: the fast
                // path leaves every fault, the root's included, to the careful one.
                QString line = out.isEmpty() ? QStringLiteral("<%1").arg(in.name())
                                             : QStringLiteral("<%1 at %2:%3")
                                                   .arg(in.name())
                                                   .arg(in.line())
                                                   .arg(in.column());
                for (const char* a :
                     {"id", "source", "target", "key", "for", "attr.name", "attr.type", "label",
                      "value", "directed", "edgedefault", "start", "end"})
                    if (in.hasAttribute(a))
                        line += QStringLiteral(" %1=%2").arg(QLatin1String(a), in.attribute(a));
                out << line;
            } else if (t == QXmlStreamReader::EndElement) {
                out << QStringLiteral("</%1>").arg(in.name());
            }
        }
        return out;
    }

private slots:
    void sameTokens_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& name :
             QDir(fixture(QString())).entryList({"*.graphml", "*.gexf"}, QDir::Files))
            QTest::newRow(qPrintable(name)) << fixture(name);
    }
    void sameTokens()
    {
        QFETCH(QString, file);
        const QStringList careful = tokens(file, XmlInput::Path::Careful);
        QVERIFY(careful.size() > 5);
        QCOMPARE(tokens(file, XmlInput::Path::Fast), careful);
    }

    void nonAsciiAndEmptyElements()
    {
        const QString file =
            write("mixed.graphml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                                   "xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                                   "<graph edgedefault=\"undirected\"><node id=\"é\"/><node "
                                   "id=\"b\"><data key=\"d\">Zürich &amp; "
                                   "<![CDATA[<raw>]]> 東京</data></node>\n  <edge source=\"é\" "
                                   "target=\"b\"/></graph></graphml>");
        const QStringList careful = tokens(file, XmlInput::Path::Careful);
        QCOMPARE(tokens(file, XmlInput::Path::Fast), careful);
        QVERIFY(careful.contains(QStringLiteral("text Zürich & <raw> 東京")));
    }

    /** What the careful path refuses, the fast path leaves to it. */
    void fastPathGivesUp_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("doctype") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a \"b\">]>\n<graphml/>");
        QTest::newRow("malformed") << QByteArray("<graphml><graph></graphml>");
        QTest::newRow("bad UTF-8") << QByteArray("<graphml><graph id=\"\xe9\"/></graphml>");
        QTest::newRow("undeclared entity") << QByteArray("<graphml>&secret;</graphml>");
        QTest::newRow("Latin-1 declared")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml/>");
        QByteArray deep = "<graphml>";
        for (int i = 0; i < XmlInput::MaxDepth + 5; ++i)
            deep += "<g>";
        QTest::newRow("too deep") << deep;
    }
    void fastPathGivesUp()
    {
        QFETCH(QByteArray, content);
        const QString file = write("giveup.graphml", content);
        QVERIFY_THROWS_EXCEPTION(XmlInput::FastPathAbandoned, tokens(file, XmlInput::Path::Fast));
    }

    /** Through the importer: the message about a bad file is the careful path's own. */
    void messagesComeFromTheCarefulPath()
    {
        const QString file = write(
            "bad.graphml",
            "<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n");
        try {
            GraphImporter::read(file, RelationKindVocabulary());
            QFAIL("expected a FormatError");
        } catch (const FormatError& e) {
            QCOMPARE(e.line(), 5);
            QVERIFY2(e.message().contains(
                         QStringLiteral("expected </node> to close <node> from line 4")),
                     qPrintable(e.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestXmlInput)
#include "tst_xmlinput.moc"
