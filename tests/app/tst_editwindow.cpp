#include "canvas/graphcanvas.h"
#include "canvaseditcontroller.h"
#include "editcontroller.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "mainwindow.h"
#include "navigationcontroller.h"
#include "panels/relationeditdialog.h"
#include "projectsession.h"
#include "store/editplanner.h"
#include "store/sqliteprojectstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <tuple>

using namespace entente;

/**
 * Editing in the main window offscreen: Shift-drag between two entities on the canvas opens the
 * relation dialog with both ends filled and the accepted relation is drawn (dotted: it cites
 * nothing) and undoable; an edit keeps the filter and the navigation history; tags from the
 * canvas selection feed the tag filter; the unsourced filter from the filter panel.
 */
class TestEditWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    /** A project with two states, an organisation and one sourced relation, open in `w`. */
    void open(MainWindow& w)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.entente").arg(++m_files));
        {
            ProjectSession s;
            s.newEmpty(path);
        }
        WriteBatch b;
        b.sources << Source{"s1", "Members", "", "", "", ""};
        for (auto [id, kind, name] : {std::tuple{"state:A", EntityKind::Actor, "Alpha"},
                                      std::tuple{"state:B", EntityKind::Actor, "Beta"},
                                      std::tuple{"org:X", EntityKind::Organisation, "Xorg"}}) {
            Entity e;
            e.id = id;
            e.kind = kind;
            e.name = name;
            e.category = kind == EntityKind::Actor ? "state" : "igo";
            b.entities << e;
        }
        Relation r;
        r.id = "r1";
        r.kind = "member_of";
        r.source = "state:A";
        r.target = "org:X";
        r.sources = {"s1"};
        b.relations << r;
        SqliteProjectStore::open(path)->write(b);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(path));
        QVERIFY(settled.wait(20000));
    }

    static int relationCount(MainWindow& w) { return w.document()->graph()->relationCount(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shiftDragOpensPrefilledDialog()
    {
        MainWindow w;
        open(w);
        GraphDocument* doc = w.document();
        const int a = doc->graph()->indexOf("state:B");
        const int x = doc->graph()->indexOf("org:X");
        w.canvas()->fitInView(w.canvas()->scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
        const QPoint from = w.canvas()->mapFromScene(doc->position(a));
        const QPoint to = w.canvas()->mapFromScene(doc->position(x));
        QString seenSource, seenTarget;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<RelationEditDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seenSource = dialog->findChild<QLineEdit*>("source")->text();
            seenTarget = dialog->findChild<QLineEdit*>("target")->text();
            dialog->accept();
        });
        QWidget* viewport = w.canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(seenSource, QStringLiteral("state:B"));
        QCOMPARE(seenTarget, QStringLiteral("org:X"));
        QCOMPARE(relationCount(w), 2);
        const KnowledgeGraph* g = doc->graph();
        QVERIFY(g->relation(1).unsourced); // nothing cited: drawn dotted, counted as unsourced
        QVERIFY(!g->relation(0).unsourced);
        w.editController()->undoStack()->undo();
        QCOMPARE(relationCount(w), 1);
    }

    void editKeepsFilterAndHistory()
    {
        MainWindow w;
        open(w);
        GraphDocument* doc = w.document();
        FilterCriteria c;
        c.categories = {"state"};
        w.filterController()->setCriteria(c);
        w.navigation()->focus(doc->graph()->indexOf("org:X"), 1);
        const QStringList trail = w.navigation()->trail();
        QCOMPARE(trail.size(), 2);
        Entity renamed;
        renamed.id = "state:A";
        renamed.kind = EntityKind::Actor;
        renamed.name = "Alpha Republic";
        renamed.category = "state";
        QVERIFY(
            w.editController()->perform([&](EditPlanner& p) { return p.updateEntity(renamed); }));
        QCOMPARE(w.filterController()->criteria(), c);
        QCOMPARE(w.navigation()->trail(), trail);
        QVERIFY(!doc->passes(doc->graph()->indexOf("org:X"))); // still filtered out
        // Back still returns to the view before the focus, across the edit.
        w.navigation()->back();
        QCOMPARE(w.navigation()->trail().size(), 1);
    }

    void tagSelectionThenFilterByTag()
    {
        MainWindow w;
        open(w);
        GraphDocument* doc = w.document();
        auto* canvasEdit = w.findChild<CanvasEditController*>();
        QVERIFY(canvasEdit);
        doc->select(doc->graph()->indexOf("state:B"));
        const QStringList ids = canvasEdit->selectedIds();
        QCOMPARE(ids, QStringList{"state:B"});
        QVERIFY(
            w.editController()->perform([&](EditPlanner& p) { return p.addTag(ids, "story"); }));
        auto* tags = w.findChild<QLineEdit*>("tagFilter");
        QVERIFY(tags);
        QTest::keyClicks(tags, "story");
        QCOMPARE(w.filterController()->criteria().tags, QSet<QString>{"story"});
        QVERIFY(doc->passes(doc->graph()->indexOf("state:B")));
        QVERIFY(!doc->passes(doc->graph()->indexOf("state:A")));
        tags->clear();
        auto* unsourced = w.findChild<QCheckBox*>("unsourcedOnly");
        QVERIFY(unsourced);
        unsourced->setChecked(true); // only r1 exists, and it cites s1: nothing passes
        QVERIFY(w.filterController()->criteria().unsourcedOnly);
        QVERIFY(!doc->passes(doc->graph()->indexOf("state:A")));
        QVERIFY(!doc->relationPasses(0));
    }
};

QTEST_MAIN(TestEditWindow)
#include "tst_editwindow.moc"
