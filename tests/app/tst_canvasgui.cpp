#include "canvas/edgeitem.h"
#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/layoutrunner.h"
#include "canvas/nodeitem.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "settledwindow.h"
#include "navigationcontroller.h"
#include "panels/legendwidget.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/**
 * The canvas offscreen with real events on its viewport: hovering a node keeps its neighbours
 * and lets the rest recede; the legend switches kinds off and on; directed kinds get arrows.
 */
class TestCanvasGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    GraphScene* scene() const { return m_window->canvas()->graphScene(); }

    void moveTo(QPoint at)
    {
        QWidget* viewport = m_window->canvas()->viewport();
        QMouseEvent e(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_window = settledWindow(m_settingsDir.path(), &error);
        QVERIFY2(m_window, qPrintable(error));
    }

    void hoverKeepsNeighbours()
    {
        // A node with a few drawn neighbours, and one node that is not among them.
        NodeItem* hub = nullptr;
        for (int v : m_window->document()->visibleVertices()) {
            NodeItem* n = scene()->nodeFor(v);
            if (n->edges().size() >= 2 && n->edges().size() <= 12) {
                hub = n;
                break;
            }
        }
        QVERIFY(hub);
        QSet<NodeItem*> near{hub};
        for (EdgeItem* e : hub->edges())
            near.insert(e->sourceNode() == hub ? e->targetNode() : e->sourceNode());
        NodeItem* far = nullptr;
        for (int v : m_window->document()->visibleVertices())
            if (!near.contains(scene()->nodeFor(v)))
                far = scene()->nodeFor(v);
        QVERIFY(far);
        GraphCanvas* canvas = m_window->canvas();
        canvas->centerOn(hub);
        QTest::qWait(50);
        moveTo(canvas->mapFromScene(hub->pos()));
        QTRY_COMPARE(scene()->hoveredVertex(), hub->vertex());
        QTRY_VERIFY(!scene()->isFading());
        QVERIFY2(far->opacity() < 0.3, qPrintable(QString::number(far->opacity())));
        for (NodeItem* n : near)
            QCOMPARE(n->opacity(), 1.0);
        for (EdgeItem* e : hub->edges())
            QCOMPARE(e->opacity(), 1.0);
        // Leaving the node brings everything back.
        const QPoint empty(2, 2);
        QVERIFY(!canvas->itemAt(empty));
        moveTo(empty);
        QTRY_COMPARE(scene()->hoveredVertex(), -1);
        QTRY_VERIFY(!scene()->isFading());
        QCOMPARE(far->opacity(), 1.0);
    }

    void legendSwitchesKindsOffAndOn()
    {
        LegendWidget* legend = m_window->findChild<LegendWidget*>();
        QVERIFY(legend);
        const QRect row = legend->relationKindRow("member_of");
        QVERIFY(!row.isEmpty());
        EdgeItem* membership = nullptr;
        for (QGraphicsItem* item : scene()->items())
            if (item->type() == EdgeItem::Type) {
                auto* e = static_cast<EdgeItem*>(item);
                if (m_window->document()->graph()->relationKind(e->relation()).id == "member_of")
                    membership = e;
            }
        QVERIFY(membership);
        QVERIFY(membership->isVisible());
        QTest::mouseClick(legend, Qt::LeftButton, {}, row.center());
        QVERIFY(!m_window->filterController()->criteria().relationKinds.isEmpty());
        QVERIFY(!m_window->filterController()->criteria().relationKinds.contains("member_of"));
        QTRY_VERIFY(!membership->isVisible());
        QTest::mouseClick(legend, Qt::LeftButton, {},
                          legend->relationKindRow("member_of").center());
        QVERIFY(
            m_window->filterController()->criteria().relationKinds.isEmpty()); // all shown again
        QTRY_VERIFY(membership->isVisible());

        // Entity kinds too: switching mechanisms off hides the hexagons.
        QTest::mouseClick(legend, Qt::LeftButton, {},
                          legend->entityKindRow(EntityKind::Mechanism).center());
        QVERIFY(
            !m_window->filterController()->criteria().entityKinds.contains(EntityKind::Mechanism));
        QVERIFY(m_window->filterController()->criteria().entityKinds.contains(EntityKind::Actor));
        QTest::mouseClick(legend, Qt::LeftButton, {},
                          legend->entityKindRow(EntityKind::Mechanism).center());
        QVERIFY(m_window->filterController()->criteria().entityKinds.isEmpty());
    }

    void doubleClickExpandsFocusAndHistory()
    {
        GraphDocument* doc = m_window->document();
        NavigationController* nav = m_window->navigation();
        GraphCanvas* canvas = m_window->canvas();
        const KnowledgeGraph* g = doc->graph();
        // A drawn node with neighbours that are not drawn yet.
        int node = -1;
        for (int v : doc->visibleVertices()) {
            int hidden = 0;
            g->forEachIncident(v, [&](std::uint32_t, std::uint32_t other, bool) {
                hidden += !doc->isVisible(static_cast<int>(other));
            });
            if (hidden >= 3 && hidden <= 60) {
                node = v;
                break;
            }
        }
        QVERIFY(node >= 0);
        const size_t before = doc->visibleVertices().size();
        const int other = doc->visibleVertices().front() == node ? doc->visibleVertices().back()
                                                                 : doc->visibleVertices().front();
        const QPointF otherWas = doc->position(other);
        canvas->centerOn(scene()->nodeFor(node));
        QTest::qWait(50);
        QSignalSpy settled(m_window.get(), &MainWindow::layoutSettled);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {},
                           canvas->mapFromScene(scene()->nodeFor(node)->pos()));
        QVERIFY(doc->visibleVertices().size() > before);
        QVERIFY(settled.wait(30000));
        QCOMPARE(doc->position(other),
                 otherWas); // what was drawn stayed pinned while newcomers settled
        QCOMPARE(nav->trail().size(), 2);
        QVERIFY(m_window->findChild<QLabel*>("breadcrumbs")->isVisible());

        // Focus shows the ego network only; Back returns to the expanded view, Forward again.
        nav->focus(node, 1);
        QVERIFY(settled.wait(30000));
        for (int v : doc->visibleVertices()) {
            bool adjacent = v == node;
            g->forEachIncident(node, [&](std::uint32_t, std::uint32_t o, bool) {
                adjacent = adjacent || static_cast<int>(o) == v;
            });
            QVERIFY(adjacent);
        }
        const size_t focused = doc->visibleVertices().size();
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(doc->visibleVertices().size() > focused);
        QCOMPARE(doc->position(other), otherWas);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(doc->visibleVertices().size(), focused);
        // Hide takes one node away; Back twice returns to the overview.
        nav->hide(doc->visibleVertices().back());
        QCOMPARE(doc->visibleVertices().size(), focused - 1);
        nav->back();
        nav->back();
        nav->back();
        QCOMPARE(doc->visibleVertices().size(), before);
        QVERIFY(!nav->canGoBack());
    }

    void directedKindsHaveArrows()
    {
        int directed = 0, undirected = 0;
        for (QGraphicsItem* item : scene()->items())
            if (item->type() == EdgeItem::Type) {
                auto* e = static_cast<EdgeItem*>(item);
                QCOMPARE(e->isDirected(),
                         m_window->document()->graph()->relationKind(e->relation()).directed);
                (e->isDirected() ? directed : undirected)++;
            }
        QVERIFY(directed > 0);
    }
};

QTEST_MAIN(TestCanvasGui)
#include "tst_canvasgui.moc"
