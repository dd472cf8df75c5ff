#include "canvas/canvastooltips.h"
#include "canvas/edgeitem.h"
#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/linkdraghandler.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "panels/relationeditdialog.h"
#include "panels/sourcelibrarypanel.h"
#include "panels/sourcepicker.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace entente;

/**
 * Editing widgets offscreen with real input: drag to link on the canvas viewport (Shift, link
 * mode, releases that do not link), the unsourced relation drawn dotted and its hover text, the
 * source picker in the relation dialog, and the source library panel's clicks.
 */
class TestEditCanvas : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeGraph> m_graph;

    static Entity entity(const char* id, EntityKind kind, const char* name)
    {
        Entity e;
        e.id = id;
        e.kind = kind;
        e.name = name;
        return e;
    }

    /** A canvas showing three entities far apart, laid out by hand. */
    struct Canvas
    {
        GraphDocument document;
        GraphCanvas* view = nullptr;
        explicit Canvas(std::shared_ptr<KnowledgeGraph> g)
        {
            document.setGraph(g);
            document.setVisiblePositions({QPointF(-200, 0), QPointF(200, 0), QPointF(0, 200)});
            view = new GraphCanvas(&document);
            view->resize(800, 600);
            view->show();
            view->fitInView(view->scene()->itemsBoundingRect().adjusted(-50, -50, 50, 50),
                            Qt::KeepAspectRatio);
        }
        ~Canvas() { delete view; }
        QPoint at(int vertex) const { return view->mapFromScene(document.position(vertex)); }
    };

private slots:
    void initTestCase()
    {
        m_graph = std::make_shared<KnowledgeGraph>();
        RelationKindVocabulary v;
        v.add({"member_of",
               "member of",
               "has member",
               true,
               {EntityKind::Actor, EntityKind::Organisation},
               {EntityKind::Organisation},
               "#0072B2"});
        m_graph->setVocabulary(v);
        m_graph->addEntity(entity("state:A", EntityKind::Actor, "Alpha"));
        m_graph->addEntity(entity("org:X", EntityKind::Organisation, "Xorg"));
        m_graph->addEntity(entity("state:B", EntityKind::Actor, "Beta"));
        m_graph->addRelation("r1", 0, 0, 1, {}, false);
        m_graph->addRelation("r2", 0, 2, 1, {}, true);
        m_graph->finalize();
    }

    void dragToLink_data()
    {
        QTest::addColumn<bool>("shift");
        QTest::addColumn<bool>("linkMode");
        QTest::addColumn<int>("to"); // -1: release on empty canvas
        QTest::addColumn<bool>("links");
        QTest::newRow("shift-drag onto another entity") << true << false << 1 << true;
        QTest::newRow("link mode, plain drag") << false << true << 2 << true;
        QTest::newRow("plain drag moves, does not link") << false << false << 1 << false;
        QTest::newRow("released on empty canvas") << true << false << -1 << false;
        QTest::newRow("released on itself") << true << false << 0 << false;
    }

    void dragToLink()
    {
        QFETCH(bool, shift);
        QFETCH(bool, linkMode);
        QFETCH(int, to);
        QFETCH(bool, links);
        Canvas c(m_graph);
        QVERIFY(QTest::qWaitForWindowExposed(c.view));
        LinkDragHandler handler(c.view);
        handler.setLinkMode(linkMode);
        QSignalSpy spy(&handler, &LinkDragHandler::linkRequested);
        QWidget* viewport = c.view->viewport();
        const Qt::KeyboardModifiers mods = shift ? Qt::ShiftModifier : Qt::NoModifier;
        const QPoint from = c.at(0);
        const QPoint target = to >= 0 ? c.at(to) : QPoint(viewport->width() - 5, 5);
        const int itemsBefore = static_cast<int>(c.view->scene()->items().size());
        QTest::mousePress(viewport, Qt::LeftButton, mods, from);
        QTest::mouseMove(viewport, (from + target) / 2);
        if (links || shift || linkMode) // the dashed guide line is up while dragging
            QCOMPARE(static_cast<int>(c.view->scene()->items().size()), itemsBefore + 1);
        QTest::mouseMove(viewport, target);
        QTest::mouseRelease(viewport, Qt::LeftButton, mods, target);
        QCOMPARE(spy.count(), links ? 1 : 0);
        if (links) {
            QCOMPARE(spy[0][0].toInt(), 0);
            QCOMPARE(spy[0][1].toInt(), to);
        }
        QCOMPARE(static_cast<int>(c.view->scene()->items().size()), itemsBefore); // guide removed
    }

    void unsourcedEdgeIsDottedAndSaysSo()
    {
        Canvas c(m_graph);
        QVERIFY(QTest::qWaitForWindowExposed(c.view));
        c.document.setToolTipProvider([](bool relation, int index) {
            return relation ? QStringLiteral("provider says relation %1").arg(index) : QString();
        });
        CanvasToolTips tips(c.view, &c.document);
        EdgeItem* sourced = nullptr;
        EdgeItem* unsourced = nullptr;
        for (QGraphicsItem* item : c.view->scene()->items())
            if (item->type() == EdgeItem::Type) {
                auto* e = static_cast<EdgeItem*>(item);
                (e->relation() == 0 ? sourced : unsourced) = e;
            }
        QVERIFY(sourced && unsourced);
        QVERIFY(!sourced->isUnsourced());
        QVERIFY(unsourced->isUnsourced());
        // Hover text over the middle of the unsourced edge: its own line plus the provider's.
        const QPoint mid =
            c.view->mapFromScene((c.document.position(2) + c.document.position(1)) / 2);
        const QString text = tips.textAt(mid);
        QVERIFY2(text.contains(QLatin1String("provider says relation 1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Beta")), qPrintable(text));
        QVERIFY(tips.textAt(QPoint(2, 2)).isEmpty());
    }

    void sourcePickerInRelationDialog()
    {
        Relation r;
        r.id = "edit:x";
        r.source = "state:A";
        r.target = "org:X";
        r.kind = "member_of";
        r.sources = {"s1"};
        r.citations.insert("s1", Citation{"quoted", "4", Citation::Medium});
        RelationEditDialog dialog(*m_graph, r, false);
        SourcePicker* picker = dialog.sourcePicker();
        picker->setLibrary({Source{"s1", "Members", "Org X", "", "", ""},
                            Source{"s2", "Yearbook", "Press", "", "", ""}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = picker->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Members")); // title, not key
        auto* hint = picker->findChild<QLabel*>("unsourcedHint");
        QVERIFY(hint->isHidden());

        // Pick the second library entry and press Cite; type a page into its row.
        picker->libraryBox()->setCurrentIndex(1);
        QTest::mouseClick(picker->findChild<QPushButton*>("cite"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 1)->setText(QStringLiteral("p. 9")); // the page cell, as edited in place
        const Relation edited = dialog.relation();
        QCOMPARE(edited.sources, (QStringList{"s1", "s2"}));
        QCOMPARE(edited.citations.value("s1").quote, QStringLiteral("quoted"));
        QCOMPARE(edited.citations.value("s1").confidence, int(Citation::Medium));
        QCOMPARE(edited.citations.value("s2").page, QStringLiteral("p. 9"));

        // Remove both: the dialog says the relation will be unsourced.
        for (int i = 0; i < 2; ++i) {
            table->setCurrentCell(0, 0);
            QTest::mouseClick(picker->findChild<QPushButton*>("removeCitation"), Qt::LeftButton);
        }
        QVERIFY(dialog.relation().sources.isEmpty());
        QVERIFY(!hint->isHidden());
        QVERIFY(hint->text().contains(QLatin1String("unsourced")));

        // A new source is cited and kept for the edit to write.
        picker->citeNew(Source{"src:new", "Fresh report", "", "", "", ""});
        QCOMPARE(dialog.relation().sources, QStringList{"src:new"});
        QCOMPARE(picker->newSources().size(), 1);
        QCOMPARE(picker->newSources()[0].title, QStringLiteral("Fresh report"));
    }

    void sourceLibraryClicks()
    {
        SourceLibraryPanel panel;
        panel.resize(400, 300);
        panel.setSources({Source{"s1", "Members", "Org X", "https://x", "", "2026-01-01"},
                          Source{"s2", "Yearbook", "", "", "", ""}},
                         {SourceUse{"s1", false, "org:X", "Xorg"},
                          SourceUse{"s1", true, "r1", "Alpha — member of — Xorg"}});
        panel.setUnsourcedCount(3);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeWidget* tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("0"));
        QSignalSpy entities(&panel, &SourceLibraryPanel::entityActivated);
        QSignalSpy relations(&panel, &SourceLibraryPanel::relationActivated);
        tree->expandAll();
        auto clickOn = [&](QTreeWidgetItem* item) {
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                              tree->visualItemRect(item).center());
        };
        clickOn(tree->topLevelItem(0)->child(1));
        QCOMPARE(relations.count(), 1);
        QCOMPARE(relations[0][0].toString(), QStringLiteral("r1"));
        clickOn(tree->topLevelItem(0)->child(0));
        QCOMPARE(entities.count(), 1);
        QCOMPARE(entities[0][0].toString(), QStringLiteral("org:X"));
        // Search hides sources that do not match.
        QTest::keyClicks(panel.findChild<QLineEdit*>("sourceSearch"), "year");
        QVERIFY(tree->topLevelItem(0)->isHidden());
        QVERIFY(!tree->topLevelItem(1)->isHidden());
        QVERIFY(panel.findChild<QLabel*>("unsourcedCount")
                    ->text()
                    .contains(QLatin1String("3 relation")));
    }
};

QTEST_MAIN(TestEditCanvas)
#include "tst_editcanvas.moc"
