#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "export/diagramwriter.h"
#include "export/offscreendiagram.h"
#include "export/slidedeck.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

namespace {

/**
 * Just enough of PDF to read back what Qt's writer puts in: objects, Flate streams, the
 * ToUnicode maps of its CID fonts and the per-glyph "<gid> Tj" text of each page. Text that
 * comes back through the font's own Unicode map is text, not outlines.
 */
class PdfText
{
public:
    explicit PdfText(const QByteArray& pdf)
    {
        static const QRegularExpression object(QStringLiteral("(\\d+) 0 obj(.*?)endobj"),
                                               QRegularExpression::DotMatchesEverythingOption);
        const QString latin = QString::fromLatin1(pdf);
        for (auto it = object.globalMatch(latin); it.hasNext();) {
            const auto m = it.next();
            m_objects.insert(m.captured(1).toInt(), m.captured(2).toLatin1());
        }
    }
    int pageCount() const
    {
        int n = 0;
        for (const QByteArray& body : m_objects)
            n += body.contains("/Type /Page\n");
        return n;
    }
    /** Page texts in order, glyph runs of one BT…ET block joined, blocks separated by newlines. */
    QStringList pages() const
    {
        QStringList out;
        static const QRegularExpression kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
        for (const QByteArray& body : m_objects) {
            const auto m = kids.match(QString::fromLatin1(body));
            if (!m.hasMatch())
                continue;
            static const QRegularExpression ref(QStringLiteral("(\\d+) 0 R"));
            for (auto it = ref.globalMatch(m.captured(1)); it.hasNext();)
                out << pageText(it.next().captured(1).toInt());
        }
        return out;
    }

private:
    QByteArray stream(int id) const
    {
        const QByteArray body = m_objects.value(id);
        const int start = body.indexOf("stream\n") + 7;
        const int end = body.lastIndexOf("endstream");
        if (start < 7 || end < start)
            return {};
        QByteArray raw = body.mid(start, end - start);
        if (!body.left(start).contains("/FlateDecode"))
            return raw;
        // qUncompress wants a 4-byte size hint before the zlib data; it grows the buffer as needed.
        const quint32 hint = static_cast<quint32>(raw.size()) * 8;
        raw.prepend(QByteArray(1, char(hint & 0xff)))
            .prepend(QByteArray(1, char((hint >> 8) & 0xff)));
        raw.prepend(QByteArray(1, char((hint >> 16) & 0xff)))
            .prepend(QByteArray(1, char(hint >> 24)));
        return qUncompress(raw);
    }
    static int ref(const QByteArray& body, const QByteArray& key)
    {
        const QRegularExpression re(QRegularExpression::escape(QString::fromLatin1(key)) +
                                    QStringLiteral("\\s+(\\d+) 0 R"));
        const auto m = re.match(QString::fromLatin1(body));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QHash<uint, QString> unicodeMap(int fontId) const
    {
        QHash<uint, QString> map;
        const QString cmap =
            QString::fromLatin1(stream(ref(m_objects.value(fontId), "/ToUnicode")));
        static const QRegularExpression range(QStringLiteral(
            "<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"));
        static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
        for (auto it = range.globalMatch(cmap); it.hasNext();) {
            const auto m = it.next();
            const uint from = m.captured(1).toUInt(nullptr, 16),
                       to = m.captured(2).toUInt(nullptr, 16);
            if (m.captured(3).startsWith(u'[')) {
                uint code = from;
                for (auto h = hex.globalMatch(m.captured(3)); h.hasNext() && code <= to; ++code)
                    map.insert(code, QChar(h.next().captured(1).toUShort(nullptr, 16)));
            } else {
                const uint first =
                    m.captured(3).mid(1, m.captured(3).size() - 2).toUInt(nullptr, 16);
                for (uint code = from; code <= to; ++code)
                    map.insert(code, QChar(static_cast<ushort>(first + code - from)));
            }
        }
        return map;
    }
    QString pageText(int pageId) const
    {
        const QByteArray page = m_objects.value(pageId);
        const QByteArray resources = m_objects.value(ref(page, "/Resources"));
        QHash<QString, QHash<uint, QString>> fonts;
        static const QRegularExpression fontRef(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
        for (auto it = fontRef.globalMatch(QString::fromLatin1(resources)); it.hasNext();) {
            const auto m = it.next();
            fonts.insert(m.captured(1), unicodeMap(m.captured(2).toInt()));
        }
        const QString content = QString::fromLatin1(stream(ref(page, "/Contents")));
        static const QRegularExpression op(
            QStringLiteral("/(F\\d+) [\\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\\bET\\b"));
        QString text;
        QHash<uint, QString> current;
        for (auto it = op.globalMatch(content); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty())
                current = fonts.value(m.captured(1));
            else if (!m.captured(2).isEmpty())
                for (int i = 0; i + 4 <= m.captured(2).size(); i += 4)
                    text += current.value(m.captured(2).mid(i, 4).toUInt(nullptr, 16),
                                          QStringLiteral("?"));
            else
                text += u'\n';
        }
        // Qt's ToUnicode maps give the space glyph U+0009; read it as the space it was.
        return text.replace(u'\t', u' ');
    }

    QHash<int, QByteArray> m_objects;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/** Diagram export: SVG, PDF and PNG read back, framing and scopes, the scene left as it was, decks.
 */
class TestDiagramExport : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeGraph> m_graph;
    QTemporaryDir m_dir;

    static Entity make(const QString& id, const QString& name, EntityKind kind)
    {
        Entity e;
        e.id = id;
        e.name = name;
        e.kind = kind;
        return e;
    }

    DiagramOptions options() const
    {
        DiagramOptions o;
        o.title = QStringLiteral("Alliances of Ruritania");
        o.subtitle = QStringLiteral("A test diagram");
        o.asOf = QStringLiteral("As of 1990");
        o.credit = QStringLiteral("Drawn by tst_diagramexport");
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_graph = std::make_shared<KnowledgeGraph>();
        RelationKindVocabulary v;
        RelationKind member = RelationKindVocabulary::makeGeneric(QStringLiteral("member_of"));
        member.label = QStringLiteral("member of");
        member.colour = QStringLiteral("#0072B2");
        v.add(member);
        RelationKind party = RelationKindVocabulary::makeGeneric(QStringLiteral("party_to"));
        party.label = QStringLiteral("party to");
        party.colour = QStringLiteral("#009E73");
        v.add(party);
        m_graph->setVocabulary(v);
        m_graph->addEntity(make("state:RUR", "Ruritania", EntityKind::Actor));
        m_graph->addEntity(make("state:GRA", "Graustark", EntityKind::Actor));
        m_graph->addEntity(make("state:FRE", "Freedonia", EntityKind::Actor));
        m_graph->addEntity(make("org:league", "League of Small States", EntityKind::Organisation));
        m_graph->addEntity(make("treaty:pact", "Pact of Zenda", EntityKind::Treaty));
        m_graph->addRelation("r1", 0, 0, 3, {PartialDate::ofYear(1950), {}});
        m_graph->addRelation("r2", 0, 1, 3, {PartialDate::ofYear(1951), {}});
        m_graph->addRelation("r3", 0, 2, 3, {PartialDate::ofYear(1960), {}});
        m_graph->addRelation("r4", 1, 0, 4, {PartialDate::ofYear(1894), {}});
        m_graph->addRelation("r5", 1, 1, 4, {PartialDate::ofYear(1894), {}});
        m_graph->finalize();
    }

    void svgKeepsEveryLabelAsText()
    {
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        const QString path = m_dir.filePath("all.svg");
        QString error;
        QVERIFY2(
            DiagramWriter::write(d.renderer(), options(), DiagramWriter::Format::Svg, path, &error),
            qPrintable(error));
        QXmlStreamReader xml(readAll(path));
        QStringList texts;
        int paths = 0;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            else if (xml.name() == QLatin1String("path"))
                ++paths;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        for (const char* expected :
             {"Alliances of Ruritania", "A test diagram", "As of 1990",
              "Drawn by tst_diagramexport", "Ruritania", "Graustark", "Freedonia",
              "League of Small States", "Pact of Zenda", "Actors", "Organisations", "Treaties",
              "member of", "party to"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)), expected);
        // Only kinds actually drawn are in the legend.
        QVERIFY(!texts.contains(QStringLiteral("Mechanisms")));
        QVERIFY(paths >= 5); // node shapes are vector paths
    }

    void selectionScopeDrawsOnlyTheSelection()
    {
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        d.scene()->nodeFor(0)->setSelected(true);
        d.scene()->nodeFor(3)->setSelected(true);
        DiagramOptions o = options();
        o.scope = DiagramOptions::Scope::Selection;
        QCOMPARE(d.renderer().drawnNodeCount(o), 2);
        QCOMPARE(d.renderer().drawnRelations(o), std::vector<int>{0});
        const QString path = m_dir.filePath("selection.svg");
        QVERIFY(DiagramWriter::write(d.renderer(), o, DiagramWriter::Format::Svg, path, nullptr));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains(">Ruritania<"));
        QVERIFY(svg.contains(">League of Small States<"));
        QVERIFY(!svg.contains(">Graustark<"));
        QVERIFY(!svg.contains(">party to<"));
        // The scene is put back: everything visible again.
        for (int v = 0; v < m_graph->entityCount(); ++v)
            QVERIFY(d.scene()->nodeFor(v)->isVisible());
    }

    void exportLeavesTheCanvasLabelsAlone()
    {
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        d.scene()->placeLabels(0.05); // far out: no label fits on the canvas
        QCOMPARE(d.scene()->placeLabels(0.05), 0);
        const QImage image = DiagramWriter::renderImage(d.renderer(), options());
        QVERIFY(!image.isNull());
        QCOMPARE(d.scene()->labelZoom(), 0.05);
        for (int v = 0; v < m_graph->entityCount(); ++v)
            QVERIFY(!d.scene()->nodeFor(v)->isLabelVisible());
    }

    void pngSizeAndDpiFollowTheScale_data()
    {
        QTest::addColumn<int>("frame");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QSize>("size");
        QTest::newRow("16:9 at 1x") << int(DiagramOptions::Frame::Wide) << 1 << QSize(1920, 1080);
        QTest::newRow("16:9 at 2x") << int(DiagramOptions::Frame::Wide) << 2 << QSize(3840, 2160);
        QTest::newRow("16:9 at 4x") << int(DiagramOptions::Frame::Wide) << 4 << QSize(7680, 4320);
        QTest::newRow("4:3 at 1x") << int(DiagramOptions::Frame::Classic) << 1 << QSize(1600, 1200);
        QTest::newRow("A4 portrait at 1x")
            << int(DiagramOptions::Frame::A4Portrait) << 1 << QSize(794, 1123);
        QTest::newRow("A4 landscape at 2x")
            << int(DiagramOptions::Frame::A4Landscape) << 2 << QSize(2246, 1588);
    }

    void pngSizeAndDpiFollowTheScale()
    {
        QFETCH(int, frame);
        QFETCH(int, scale);
        QFETCH(QSize, size);
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        DiagramOptions o = options();
        o.frame = DiagramOptions::Frame(frame);
        o.scale = scale;
        const QString path = m_dir.filePath(QStringLiteral("f%1-s%2.png").arg(frame).arg(scale));
        QVERIFY(DiagramWriter::write(d.renderer(), o, DiagramWriter::Format::Png, path, nullptr));
        const QImage back(path);
        QCOMPARE(back.size(), size);
        // 96 dpi per scale step: the 2× image prints at the 1× size, only sharper.
        QCOMPARE(qRound(back.dotsPerMeterX() * 0.0254), 96 * scale);
        QCOMPARE(qRound(back.dotsPerMeterY() * 0.0254), 96 * scale);
    }

    void transparentBackground_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::newRow("filled") << false;
        QTest::newRow("transparent") << true;
    }

    void transparentBackground()
    {
        QFETCH(bool, transparent);
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        DiagramOptions o = options();
        o.transparent = transparent;
        const QString path = m_dir.filePath(QStringLiteral("alpha-%1.png").arg(transparent));
        QVERIFY(DiagramWriter::write(d.renderer(), o, DiagramWriter::Format::Png, path, nullptr));
        const QImage back(path);
        QCOMPARE(back.hasAlphaChannel(), true);
        // A corner and the middle of the empty band between drawing and footer.
        for (QPoint p : {QPoint(2, 2), QPoint(back.width() - 3, back.height() - 3),
                         QPoint(back.width() / 2, back.height() - 60)})
            QCOMPARE(qAlpha(back.pixel(p)), transparent ? 0 : 255);
        // Something is drawn in both cases.
        int opaque = 0;
        for (int y = 0; y < back.height(); y += 7)
            for (int x = 0; x < back.width(); x += 7)
                opaque += qAlpha(back.pixel(x, y)) == 255;
        QVERIFY(opaque > 100);
    }

    void pdfIsVectorTextWithOnePage()
    {
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        d.layOut();
        DiagramOptions o = options();
        o.frame = DiagramOptions::Frame::A4Portrait;
        o.footnotes = QStringList{"Treaty Register of Zenda, 1894", "League membership roll"};
        const QString path = m_dir.filePath("one.pdf");
        QString error;
        QVERIFY2(DiagramWriter::write(d.renderer(), o, DiagramWriter::Format::Pdf, path, &error),
                 qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 595")); // A4 in points
        const PdfText text(pdf);
        QCOMPARE(text.pageCount(), 1);
        const QStringList pages = text.pages();
        QCOMPARE(pages.size(), 1);
        for (const char* expected :
             {"Alliances of Ruritania", "Pact of Zenda", "1. Treaty Register of Zenda, 1894",
              "2. League membership roll", "As of 1990"})
            QVERIFY2(pages[0].contains(QString::fromUtf8(expected)),
                     qPrintable(QStringLiteral("%1 not in:\n%2").arg(expected, pages[0])));
    }

    void unwritablePathIsAClearError()
    {
        OffscreenDiagram d;
        d.show(m_graph, {}, FilterCriteria());
        QString error;
        const QString path = m_dir.filePath("no/such/folder/x.svg");
        QVERIFY(!DiagramWriter::write(d.renderer(), options(), DiagramWriter::Format::Svg, path,
                                      &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
    }

    void deckHasOnePagePerSlide()
    {
        QList<Slide> slides;
        for (const auto& [title, ids] :
             {std::pair{"The League",
                        QStringList{"org:league", "state:RUR", "state:GRA", "state:FRE"}},
              std::pair{"The Pact", QStringList{"treaty:pact", "state:RUR", "state:GRA"}},
              std::pair{"Everyone", QStringList{}}}) {
            Slide s;
            s.title = QString::fromUtf8(title);
            s.entityIds = ids;
            slides << s;
        }
        SlideDeck deck(m_graph, slides);
        const QString path = m_dir.filePath("deck.pdf");
        QString error;
        QVERIFY2(deck.writePdf(path, DiagramOptions(), &error), qPrintable(error));
        const PdfText text(readAll(path));
        QCOMPARE(text.pageCount(), 3);
        const QStringList pages = text.pages();
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages[0].contains("The League"));
        QVERIFY(pages[1].contains("The Pact"));
        QVERIFY(!pages[1].contains("Freedonia")); // not on that slide
        QVERIFY(pages[2].contains("Freedonia"));
        const QStringList files = deck.writeFiles(
            m_dir.filePath("slides"), DiagramWriter::Format::Png, DiagramOptions(), &error);
        QCOMPARE(files.size(), 3);
        QVERIFY(files[0].endsWith("01-the-league.png"));
        QCOMPARE(QImage(files[2]).size(), QSize(1920, 1080));
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
