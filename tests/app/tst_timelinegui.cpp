#include "canvas/edgeitem.h"
#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "settledwindow.h"
#include "time/timelineplayback.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelinepanel.h"
#include "timelinecontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace entente;

/**
 * The timeline dock offscreen, driven by real mouse events: clicking and dragging the as-of
 * handle changes what the canvas shows, comparing two years marks the changes, the lanes follow
 * the selection and a click on a bar highlights its relation, and playback steps the years.
 */
class TestTimelineGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    static void mouse(QWidget* w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
    {
        QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(w, &e);
    }

    /** Drawn vertices whose entity exists in `inForce` but not in `outOfForce`. */
    std::vector<int> bornBetween(int outOfForce, int inForce) const
    {
        std::vector<int> out;
        const KnowledgeGraph* g = m_window->document()->graph();
        for (int v : m_window->document()->visibleVertices()) {
            const DateInterval& life = g->entity(v).existence;
            if (life.contains(PartialDate::ofYear(inForce)) &&
                !life.contains(PartialDate::ofYear(outOfForce)))
                out.push_back(v);
        }
        return out;
    }

    int shownEdges() const
    {
        int n = 0;
        for (QGraphicsItem* item : m_window->canvas()->graphScene()->items())
            n += item->type() == EdgeItem::Type && item->isVisible();
        return n;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_window = settledWindow(m_settingsDir.path(), &error);
        QVERIFY2(m_window, qPrintable(error));
    }

    void overviewCountsTheDrawnRelations()
    {
        TimelineOverview* overview = m_window->timelinePanel()->overview();
        QVERIFY(!overview->histogram().isEmpty());
        int counted = 0;
        for (char c : m_window->timelineController()->countedRelations())
            counted += c;
        QCOMPARE(counted, static_cast<int>(m_window->document()->visibleRelations().size()));
        QCOMPARE(overview->asOf(), 0);
    }

    void dragTheAsOfHandle()
    {
        TimelineOverview* overview = m_window->timelinePanel()->overview();
        GraphDocument* doc = m_window->document();
        const int y = overview->height() / 2;
        const QPointF at2000(overview->axis().xFor(2000.5), y);
        const QPointF at1950(overview->axis().xFor(1950.5), y);
        const std::vector<int> newcomers = bornBetween(1950, 2000);
        QVERIFY2(!newcomers.empty(), "the overview should draw some states born after 1950");

        // A click sets the as-of year.
        mouse(overview, QEvent::MouseButtonPress, at2000, Qt::LeftButton);
        mouse(overview, QEvent::MouseButtonRelease, at2000, Qt::NoButton);
        QCOMPARE(m_window->filterController()->criteria().asOf, PartialDate::ofYear(2000));
        QCOMPARE(m_window->canvas()->caption(), QString("2000"));
        for (int v : newcomers)
            QVERIFY(doc->passes(v));
        QTRY_VERIFY(!m_window->canvas()->graphScene()->isFading());
        const int edges2000 = shownEdges();

        // Dragging the handle back to 1950 moves the canvas with it.
        mouse(overview, QEvent::MouseButtonPress, at2000, Qt::LeftButton);
        for (int step = 1; step <= 10; ++step)
            mouse(overview, QEvent::MouseMove, at2000 + (at1950 - at2000) * (step / 10.0),
                  Qt::LeftButton);
        mouse(overview, QEvent::MouseButtonRelease, at1950, Qt::NoButton);
        QCOMPARE(overview->asOf(), 1950);
        QCOMPARE(m_window->filterController()->criteria().asOf, PartialDate::ofYear(1950));
        QCOMPARE(m_window->canvas()->caption(), QString("1950"));
        for (int v : newcomers) {
            QVERIFY(!doc->passes(v));
            QTRY_VERIFY(!m_window->canvas()->graphScene()->nodeFor(v)->isVisible()); // faded out
        }
        QTRY_VERIFY(!m_window->canvas()->graphScene()->isFading());
        QVERIFY2(shownEdges() < edges2000,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shownEdges()).arg(edges2000)));
        // Nodes do not move while time changes: the layout stays stable.
        const QPointF before =
            m_window->canvas()->graphScene()->nodeFor(doc->visibleVertices().front())->pos();
        mouse(overview, QEvent::MouseButtonPress, at1950, Qt::LeftButton);
        mouse(overview, QEvent::MouseButtonRelease, at1950, Qt::NoButton);
        QCOMPARE(m_window->canvas()->graphScene()->nodeFor(doc->visibleVertices().front())->pos(),
                 before);

        // "All dates" clears the time filter.
        QTest::mouseClick(m_window->timelinePanel()->clearTimeButton(), Qt::LeftButton);
        QVERIFY(m_window->filterController()->criteria().asOf.isNull());
        QCOMPARE(m_window->canvas()->caption(), QString());
        for (int v : newcomers)
            QTRY_VERIFY(m_window->canvas()->graphScene()->nodeFor(v)->isVisible());
    }

    void brushAWindow()
    {
        TimelineOverview* overview = m_window->timelinePanel()->overview();
        const int y = overview->height() / 2;
        const QPointF from(overview->axis().xFor(1960.5), y), to(overview->axis().xFor(1970.5), y);
        mouse(overview, QEvent::MouseButtonPress, from, Qt::LeftButton);
        mouse(overview, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        mouse(overview, QEvent::MouseMove, to, Qt::LeftButton);
        mouse(overview, QEvent::MouseButtonRelease, to, Qt::NoButton);
        const FilterCriteria& c = m_window->filterController()->criteria();
        QVERIFY(c.hasWindow);
        QCOMPARE(c.windowFrom, PartialDate::ofYear(1960));
        QCOMPARE(c.windowTo, PartialDate::ofYear(1971)); // whole years: half-open at 1971
        QCOMPARE(overview->windowFrom(), 1960);
        QCOMPARE(overview->windowTo(), 1970);
        QTest::mouseDClick(overview, Qt::LeftButton, {}, from.toPoint());
        QVERIFY(!m_window->filterController()->criteria().hasWindow);
        QTest::mouseClick(m_window->timelinePanel()->clearTimeButton(), Qt::LeftButton);
    }

    void compareTwoYears()
    {
        TimelinePanel* panel = m_window->timelinePanel();
        GraphDocument* doc = m_window->document();
        panel->compareFrom()->setValue(1989);
        panel->compareTo()->setValue(1995);
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        QVERIFY(doc->hasRelationChanges());
        QVERIFY(panel->changesList()->count() > 0);
        QVERIFY(panel->changesList()->isVisible());
        QVERIFY(panel->changesSummary()->text().startsWith("1989 → 1995"));
        int added = 0, removed = 0;
        for (QGraphicsItem* item : m_window->canvas()->graphScene()->items()) {
            if (item->type() != EdgeItem::Type)
                continue;
            auto* edge = static_cast<EdgeItem*>(item);
            const auto change = doc->relationChange(edge->relation());
            QCOMPARE(edge->change(), static_cast<int>(change));
            if (change == GraphDocument::Change::Added) {
                ++added;
                QVERIFY(edge->isVisible());
                const DateInterval in = doc->graph()->relation(edge->relation()).interval();
                QVERIFY(in.contains(PartialDate::ofYear(1995)) &&
                        !in.contains(PartialDate::ofYear(1989)));
            } else if (change == GraphDocument::Change::Removed) {
                ++removed;
                QVERIFY(edge->isVisible());
            }
        }
        QVERIFY(added > 0);
        // Choosing a change in the list highlights it on the canvas.
        panel->changesList()->setCurrentRow(0);
        QCOMPARE(doc->highlightedRelations().size(), size_t(1));
        QTest::mouseClick(panel->clearCompareButton(), Qt::LeftButton);
        QVERIFY(!doc->hasRelationChanges());
        QVERIFY(!m_window->filterController()->criteria().hasWindow);
        QVERIFY(!panel->changesList()->isVisible());
        Q_UNUSED(removed);
    }

    void lanesFollowTheSelection()
    {
        TimelineLanes* lanes = m_window->timelinePanel()->lanes();
        QVERIFY(m_window->showEntity("state:FIN"));
        QTRY_VERIFY(!lanes->bars().isEmpty());
        const KnowledgeGraph* graph = m_window->document()->graph();
        for (const TimeLaneBar& bar : lanes->bars()) {
            QCOMPARE(bar.entity, QString("Finland"));
            if (bar.relation >= 0) // coloured like the canvas draws the kind
                QCOMPARE(bar.colour, graph->relationKind(bar.relation).colour);
        }
        // Finland's EU membership: a dated bar with its source in the tooltip.
        const KnowledgeGraph* g = m_window->document()->graph();
        int eu = -1;
        for (const TimeLaneBar& bar : lanes->bars())
            if (bar.relation >= 0 &&
                g->entity(static_cast<int>(g->relation(bar.relation).target)).id == "org:eu")
                eu = bar.relation;
        QVERIFY(eu >= 0);
        const QRectF box = lanes->barRect(eu);
        QVERIFY(!box.isEmpty());
        lanes->parentWidget()->parentWidget()->resize(lanes->width(),
                                                      4000); // everything in view for the click
        QTest::mouseClick(lanes, Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(lanes->currentRelation(), eu);
        QCOMPARE(m_window->document()->highlightedRelations(), std::vector<int>{eu});
    }

    void playbackStepsTheCanvas()
    {
        TimelinePanel* panel = m_window->timelinePanel();
        TimelinePlayback* playback = m_window->timelineController()->playback();
        panel->speedBox()->setCurrentIndex(panel->speedBox()->count() - 1); // fastest
        m_window->timelineController()->setAsOf(2015);
        QSignalSpy years(playback, &TimelinePlayback::yearChanged);
        QTest::mouseClick(panel->playButton(), Qt::LeftButton);
        QVERIFY(playback->isPlaying());
        QTRY_VERIFY(years.size() >= 3);
        QTest::mouseClick(panel->playButton(), Qt::LeftButton);
        QVERIFY(!playback->isPlaying());
        const int year = playback->year();
        QVERIFY(year > 2015);
        QCOMPARE(m_window->filterController()->criteria().asOf, PartialDate::ofYear(year));
        QCOMPARE(m_window->canvas()->caption(), QString::number(year));
    }
};

QTEST_MAIN(TestTimelineGui)
#include "tst_timelinegui.moc"
