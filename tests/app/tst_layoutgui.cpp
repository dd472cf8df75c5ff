#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/layoutrunner.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "layoutcontroller.h"
#include "mainwindow.h"
#include "settledwindow.h"

#include <QApplication>
#include <QLineF>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace entente;

/**
 * The layouts in the main window on the default dataset: no overlapping discs after the force
 * layout, every View → Layout entry animating into a finite picture, and live mode following a
 * node dragged with real mouse events.
 */
class TestLayoutGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    GraphDocument* document() const { return m_window->document(); }
    LayoutController* layouts() const { return m_window->layoutController(); }

    QMenu* layoutMenu() const
    {
        for (QAction* top : m_window->menuBar()->actions())
            if (top->menu() && top->text().remove(QLatin1Char('&')) == QLatin1String("View"))
                for (QAction* a : top->menu()->actions())
                    if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Layout"))
                        return a->menu();
        return nullptr;
    }

    void sendMouse(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QWidget* viewport = m_window->canvas()->viewport();
        QMouseEvent e(type, at, viewport->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_window = settledWindow(m_settingsDir.path(), &error);
        QVERIFY2(m_window, qPrintable(error));
    }

    void forceLayoutLeavesNoOverlappingDiscs()
    {
        const auto& visible = document()->visibleVertices();
        QVERIFY(visible.size() > 100);
        GraphScene* scene = m_window->canvas()->graphScene();
        for (size_t i = 0; i < visible.size(); ++i)
            for (size_t j = i + 1; j < visible.size(); ++j) {
                const double d =
                    QLineF(document()->position(visible[i]), document()->position(visible[j]))
                        .length();
                const double touch = scene->nodeFor(visible[i])->baseRadius() +
                                     scene->nodeFor(visible[j])->baseRadius();
                QVERIFY2(d >= touch,
                         qPrintable(QStringLiteral("%1 and %2 overlap")
                                        .arg(document()->graph()->entity(visible[i]).id,
                                             document()->graph()->entity(visible[j]).id)));
            }
    }

    void menuOffersEveryLayout()
    {
        QMenu* menu = layoutMenu();
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().remove(QLatin1Char('&'));
        for (const char* want :
             {"Force", "Kamada", "Circular", "Radial", "Hierarchy", "Time", "live"})
            QVERIFY2(texts.filter(QLatin1String(want)).size() == 1, qPrintable(texts.join(", ")));
    }

    void everyLayoutAnimatesIntoAFinitePicture_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("force") << int(LayoutController::Kind::Force);
        QTest::newRow("kamada-kawai") << int(LayoutController::Kind::KamadaKawai);
        QTest::newRow("circular") << int(LayoutController::Kind::Circular);
        QTest::newRow("radial") << int(LayoutController::Kind::Radial);
        QTest::newRow("hierarchy") << int(LayoutController::Kind::Hierarchy);
        QTest::newRow("time") << int(LayoutController::Kind::Time);
    }
    void everyLayoutAnimatesIntoAFinitePicture()
    {
        QFETCH(int, kind);
        QVERIFY(m_window->showEntity(QStringLiteral("org:nato"))); // the radial layout's focus
        const auto& visible = document()->visibleVertices();
        std::vector<QPointF> before;
        for (int v : visible)
            before.push_back(document()->position(v));
        QSignalSpy frames(layouts()->runner(), &LayoutRunner::frame);
        QSignalSpy settled(layouts(), &LayoutController::settled);
        QSignalSpy refused(layouts(), &LayoutController::refused);
        layouts()->action(static_cast<LayoutController::Kind>(kind))->trigger(); // as the menu does
        QVERIFY(settled.wait(60000));
        QCOMPARE(refused.count(), 0);
        QVERIFY(frames.count() >= 1); // it animated: the canvas showed a picture before the end
        int moved = 0;
        for (size_t i = 0; i < visible.size(); ++i) {
            const QPointF p = document()->position(visible[i]);
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
            moved += QLineF(p, before[i]).length() > 1 ? 1 : 0;
        }
        QVERIFY(moved > 0);
        // The canvas was fitted to the result: the selected entity's node is in the scene rect.
        QVERIFY(
            m_window->canvas()->sceneRect().contains(document()->position(document()->selected())));
    }

    void radialPutsTheSelectionInTheMiddle()
    {
        QVERIFY(m_window->showEntity(QStringLiteral("org:nato")));
        QSignalSpy settled(layouts(), &LayoutController::settled);
        layouts()->run(LayoutController::Kind::Radial);
        QVERIFY(settled.wait(30000));
        const int nato = document()->selected();
        const QPointF centre = document()->position(nato);
        // Every drawn neighbour of NATO is on the first ring: all at one distance.
        double ring = -1;
        document()->graph()->forEachIncident(nato, [&](int, int other, bool) {
            const auto& visible = document()->visibleVertices();
            if (std::find(visible.begin(), visible.end(), other) == visible.end() || other == nato)
                return;
            const double d = QLineF(centre, document()->position(other)).length();
            if (ring < 0)
                ring = d;
            QVERIFY(std::abs(d - ring) < 1e-6);
        });
        QVERIFY(ring > 0);
    }

    void liveModeFollowsADraggedNode()
    {
        QSignalSpy settled(layouts(), &LayoutController::settled);
        layouts()->run(LayoutController::Kind::Force);
        QVERIFY(settled.wait(30000));
        // Pick a node with drawn neighbours, and drag it with real mouse events.
        GraphScene* scene = m_window->canvas()->graphScene();
        NodeItem* node = nullptr;
        for (int v : document()->visibleVertices())
            if (scene->nodeFor(v)->edges().size() >= 3) {
                node = scene->nodeFor(v);
                break;
            }
        QVERIFY(node);
        layouts()->liveAction()->setChecked(true);
        QTRY_VERIFY(layouts()->runner()->isLive());
        GraphCanvas* canvas = m_window->canvas();
        canvas->centerOn(node);
        const QPoint from = canvas->mapFromScene(node->pos());
        const QPoint to = from + QPoint(120, 80);
        sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int k = 1; k <= 10; ++k) {
            sendMouse(QEvent::MouseMove, from + (to - from) * k / 10, Qt::NoButton, Qt::LeftButton);
            QTest::qWait(20);
        }
        const QPointF target = canvas->mapToScene(to);
        // The running layout holds the node under the pointer and the document follows. The
        // worker runs at a lower priority than the GUI; under a loaded test run it may take a while.
        QTRY_VERIFY_WITH_TIMEOUT(QLineF(document()->position(node->vertex()), target).length() < 25,
                                 45000);
        sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        layouts()->liveAction()->setChecked(false); // stop: keeps the picture
        QVERIFY(settled.wait(30000));
        // The worker reports the last frame before its thread returns: give it that moment.
        QTRY_VERIFY(!layouts()->runner()->isRunning());
        const auto& visible = document()->visibleVertices();
        for (int v : visible) {
            const QPointF p = document()->position(v);
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        }
    }

    void kamadaKawaiRefusesAHugeView()
    {
        // A view larger than Kamada–Kawai takes is refused with a message, and nothing moves.
        std::vector<int> all(static_cast<size_t>(document()->graph()->entityCount()));
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = static_cast<int>(i);
        document()->setGraph(document()->sharedGraph(), all);
        QSignalSpy refused(layouts(), &LayoutController::refused);
        layouts()->run(LayoutController::Kind::KamadaKawai);
        QVERIFY(refused.wait(10000));
        QVERIFY2(refused.first().first().toString().contains(QLatin1String("1,000")),
                 qPrintable(refused.first().first().toString()));
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->layoutRunner()->cancel();
            m_window->layoutRunner()->wait();
        }
    }
};

QTEST_MAIN(TestLayoutGui)
#include "tst_layoutgui.moc"
