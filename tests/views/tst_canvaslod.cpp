// Level of detail on the canvas: which labels show at which zoom (never overlapping), parallel
// relations as arcs, batched drawing of large views, and themes.
#include "canvas/edgeitem.h"
#include "canvas/edgelayer.h"
#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "style/kindstyle.h"
#include "style/theme.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <cmath>

using namespace entente;

namespace {

Entity make(const QString& id, const QString& name, EntityKind kind)
{
    Entity e;
    e.id = id;
    e.name = name;
    e.kind = kind;
    return e;
}

RelationKindVocabulary vocabulary()
{
    RelationKindVocabulary v;
    RelationKind member = RelationKindVocabulary::makeGeneric(QStringLiteral("member_of"));
    member.colour = QStringLiteral("#0072B2");
    v.add(member);
    RelationKind allied = RelationKindVocabulary::makeGeneric(QStringLiteral("allied_with"));
    allied.colour = QStringLiteral("#D55E00");
    allied.directed = false;
    v.add(allied);
    return v;
}

/** The names of the nodes whose label shows, sorted. */
QStringList shownLabels(const GraphScene& scene)
{
    QStringList out;
    for (const NodeItem* n : scene.nodesByImportance())
        if (n->isLabelVisible())
            out << n->label();
    out.sort();
    return out;
}

} // namespace

class TestCanvasLod : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeGraph> m_graph;
    std::vector<QPointF> m_positions;

private slots:
    void initTestCase()
    {
        // A hub with sixteen members on a wide circle, and two small entities ("Near one",
        // "Near two") ten units apart, away from everything: at the natural zoom their labels
        // would overlap, zoomed far in they do not.
        m_graph = std::make_shared<KnowledgeGraph>();
        m_graph->setVocabulary(vocabulary());
        m_graph->addEntity(
            make(QStringLiteral("org:hub"), QStringLiteral("Hub"), EntityKind::Organisation));
        for (int i = 0; i < 16; ++i)
            m_graph->addEntity(make(QStringLiteral("state:%1").arg(i),
                                    QStringLiteral("Member %1").arg(i), EntityKind::Actor));
        const int near1 = m_graph->addEntity(
            make(QStringLiteral("state:n1"), QStringLiteral("Near one"), EntityKind::Actor));
        const int near2 = m_graph->addEntity(
            make(QStringLiteral("state:n2"), QStringLiteral("Near two"), EntityKind::Actor));
        int r = 0;
        for (int i = 1; i <= 16; ++i)
            m_graph->addRelation(QStringLiteral("r%1").arg(r++), 0, i, 0, {});
        // "Near one" has three ties, "Near two" two: "Near one" is the more important. Two of the
        // ties join the same pair: they are parallel relations.
        m_graph->addRelation(QStringLiteral("r%1").arg(r++), 0, near1, 1, {});
        m_graph->addRelation(QStringLiteral("r%1").arg(r++), 1, near1, near2, {});
        m_graph->addRelation(QStringLiteral("r%1").arg(r++), 0, near1, near2, {});
        m_graph->finalize();
        m_positions.push_back({0, 0});
        for (int i = 0; i < 16; ++i)
            m_positions.emplace_back(600 * std::cos(i * M_PI / 8), 600 * std::sin(i * M_PI / 8));
        m_positions.emplace_back(2000, 0);
        m_positions.emplace_back(2000, 10);
    }

    void labelsByZoom_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QStringList>("shown");
        QStringList members;
        for (int i = 0; i < 16; ++i)
            members << QStringLiteral("Member %1").arg(i);
        // Far out nothing is big enough to name; then only the hub (16 ties, radius 18.8);
        // at the natural size every member, but of the two near nodes only the more connected;
        // zoomed far in both.
        QTest::newRow("far out") << 0.05 << QStringList();
        QTest::newRow("overview") << 0.2 << QStringList{QStringLiteral("Hub")};
        QStringList natural = members;
        natural << QStringLiteral("Hub") << QStringLiteral("Near one");
        natural.sort();
        QTest::newRow("natural size") << 1.0 << natural;
        QStringList close = natural;
        close << QStringLiteral("Near two");
        close.sort();
        QTest::newRow("zoomed in") << 8.0 << close;
    }

    void labelsByZoom()
    {
        QFETCH(double, zoom);
        QFETCH(QStringList, shown);
        GraphDocument document;
        document.setGraph(m_graph);
        GraphScene scene(&document);
        scene.setAnimated(false);
        document.setVisiblePositions(m_positions);
        QCOMPARE(scene.placeLabels(zoom), static_cast<int>(shown.size()));
        QCOMPARE(shownLabels(scene), shown);
        QCOMPARE(scene.labelCount(), static_cast<int>(shown.size()));
        // No two labels shown overlap, nor does a label cover a labelled node.
        std::vector<const NodeItem*> labelled;
        for (const NodeItem* n : scene.nodesByImportance())
            if (n->isLabelVisible())
                labelled.push_back(n);
        for (size_t i = 0; i < labelled.size(); ++i)
            for (size_t j = 0; j < labelled.size(); ++j) {
                if (i == j)
                    continue;
                QVERIFY2(!labelled[i]->labelRect(zoom).intersects(labelled[j]->labelRect(zoom)),
                         qPrintable(labelled[i]->label() + " / " + labelled[j]->label()));
                const QRectF node = labelled[j]->sceneBoundingRect();
                QVERIFY2(i < j || !labelled[i]->labelRect(zoom).intersects(node),
                         qPrintable(labelled[i]->label() + " covers " + labelled[j]->label()));
            }
    }

    void hoverAndSelectionAddLabels()
    {
        GraphDocument document;
        document.setGraph(m_graph);
        GraphScene scene(&document);
        document.setVisiblePositions(m_positions);
        scene.placeLabels(1.0);
        NodeItem* two = scene.nodeFor(m_graph->indexOf(QStringLiteral("state:n2")));
        QVERIFY(two && !two->isLabelVisible() && !two->showsLabel());
        two->setSelected(true);
        QVERIFY(two->showsLabel()); // a selected node is always named
    }

    void parallelRelationsAreArcs()
    {
        GraphDocument document;
        document.setGraph(m_graph);
        GraphScene scene(&document);
        document.setVisiblePositions(m_positions);
        std::vector<double> bends;
        for (const EdgeItem* e : scene.edgeItems()) {
            const bool pair = e->sourceNode()->label().startsWith(QStringLiteral("Near")) &&
                              e->targetNode()->label().startsWith(QStringLiteral("Near"));
            if (pair)
                bends.push_back(e->bend());
            else
                QCOMPARE(e->bend(), 0.0);
        }
        QCOMPARE(bends.size(), size_t(2));
        QVERIFY(bends[0] != 0 && bends[1] != 0);
        QCOMPARE(bends[0], -bends[1]); // one arc on each side
        // The arcs bow out on opposite sides of the straight line.
        const EdgeItem* a = nullptr;
        const EdgeItem* b = nullptr;
        for (const EdgeItem* e : scene.edgeItems())
            if (e->bend() != 0)
                (a ? b : a) = e;
        QVERIFY(a && b);
        QVERIFY((a->controlPoint().x() - 2000) * (b->controlPoint().x() - 2000) < 0);
        QVector<QLineF> segments;
        a->appendSegments(segments, 1.0);
        QVERIFY(segments.size() > 1);               // drawn as an arc zoomed in
        QCOMPARE(segments.first().p1(), a->from()); // from one end
        QCOMPARE(segments.last().p2(), a->to());    // to the other
        segments.clear();
        a->appendSegments(segments, 0.1);
        QCOMPARE(segments.size(), 1); // a line when arcs could not be seen
    }

    void edgesFadeZoomedOut()
    {
        QVERIFY(EdgeItem::fadeForZoom(0.05) < EdgeItem::fadeForZoom(0.5));
        QVERIFY(EdgeItem::fadeForZoom(0.5) < EdgeItem::fadeForZoom(1.0));
        QCOMPARE(EdgeItem::fadeForZoom(1.0), 1.0);
        QCOMPARE(EdgeItem::fadeForZoom(4.0), 1.0);
    }

    void largeViewsAreBatched()
    {
        // A grid of 2,500 entities in a chain: more than BatchNodes, so layers draw it.
        auto graph = std::make_shared<KnowledgeGraph>();
        graph->setVocabulary(vocabulary());
        const int side = 50;
        for (int i = 0; i < side * side; ++i)
            graph->addEntity(make(QStringLiteral("state:%1").arg(i), QStringLiteral("S%1").arg(i),
                                  i == 0 ? EntityKind::Organisation : EntityKind::Actor));
        for (int i = 1; i < side * side; ++i)
            graph->addRelation(QStringLiteral("r%1").arg(i), 0, i - 1, i, {});
        graph->finalize();
        std::vector<QPointF> positions;
        for (int i = 0; i < side * side; ++i)
            positions.emplace_back((i % side) * 40.0, (i / side) * 40.0);
        GraphDocument document;
        document.setGraph(graph);
        GraphScene scene(&document);
        scene.setAnimated(false);
        document.setVisiblePositions(positions);
        QVERIFY(scene.isBatched());
        QVERIFY(scene.edgeLayer());
        QCOMPARE(static_cast<int>(scene.edgeItems().size()), side * side - 1);
        // Edges are not scene items; nodes still are, and are hit by a click on their shape.
        for (QGraphicsItem* item : scene.items(QRectF(-10, -10, 100, 100)))
            QVERIFY(item->type() != EdgeItem::Type);
        NodeItem* n = scene.nodeFor(side + 1);
        QVERIFY(n);
        QVERIFY(scene.items(n->pos()).contains(n));
        QVERIFY(n->flags() & QGraphicsItem::ItemHasNoContents); // painted by the layer
        n->setSelected(true);
        QVERIFY(!(n->flags() & QGraphicsItem::ItemHasNoContents)); // paints itself, emphasised

        // Rendered, the node's colour is at its centre and the background between nodes.
        const QRectF source(0, 0, 400, 400);
        QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            scene.render(&p, QRectF(0, 0, 400, 400), source);
        }
        const QColor unselected = scene.nodeFor(2 * side + 3)->paintColour();
        const QColor atNode = image.pixelColor(3 * 40, 2 * 40);
        QVERIFY2(std::abs(atNode.red() - unselected.red()) < 40 &&
                     std::abs(atNode.blue() - unselected.blue()) < 40,
                 qPrintable(atNode.name()));
        // A point between four nodes that no label covers shows the background.
        QPoint empty(-1, -1);
        for (int y = 1; y < 8 && empty.x() < 0; ++y)
            for (int x = 1; x < 8 && empty.x() < 0; ++x) {
                const QPointF p(x * 40 + 20, y * 40 + 20);
                bool covered = false;
                for (const NodeItem* node : scene.nodesByImportance())
                    covered = covered || (node->showsLabel() &&
                                          node->labelRect(1.0).adjusted(-3, -3, 3, 3).contains(p));
                if (!covered)
                    empty = p.toPoint();
            }
        QVERIFY(empty.x() >= 0);
        QCOMPARE(image.pixelColor(empty).rgb(), KindStyle::background().rgb());
        // The chain's horizontal edges are drawn between neighbours on a row.
        QVERIFY(image.pixelColor(3 * 40 + 20, 2 * 40) != KindStyle::background());
        QVERIFY(scene.edgeLayer()->lastDrawn() > 0);
    }

    void themes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringLiteral("light") << false;
        QTest::newRow("dark") << QStringLiteral("dark") << true;
        QTest::newRow("print") << QStringLiteral("PRINT") << false;
    }

    void themes()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        Theme::Id id;
        QVERIFY(Theme::fromName(name, &id));
        Theme::setCurrent(id);
        GraphDocument document;
        document.setGraph(m_graph);
        GraphScene scene(&document);
        document.setVisiblePositions(m_positions);
        scene.applyTheme();
        QImage image(50, 50, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            scene.render(&p, QRectF(0, 0, 50, 50), QRectF(300, -200, 50, 50));
        }
        QCOMPARE(image.pixelColor(25, 25).rgb(), Theme::current().background.rgb());
        QCOMPARE(image.pixelColor(25, 25).lightness() < 128, dark);
        // Text contrasts with the ground, and the four kinds are four different colours.
        QVERIFY(std::abs(Theme::current().text.lightness() -
                         Theme::current().background.lightness()) > 150);
        QSet<QRgb> kinds;
        for (EntityKind k : allEntityKinds)
            kinds.insert(KindStyle::colour(k).rgb());
        QCOMPARE(kinds.size(), 4);
        Theme::setCurrent(Theme::Id::Light);
        Theme::Id unused;
        QVERIFY(!Theme::fromName(QStringLiteral("sepia"), &unused));
    }
};

QTEST_MAIN(TestCanvasLod)
#include "tst_canvaslod.moc"
