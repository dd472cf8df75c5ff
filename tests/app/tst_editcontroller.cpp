#include "canvas/graphcanvas.h"
#include "editcommand.h"
#include "editcontroller.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "store/sqliteprojectstore.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace entente;

/**
 * The edit controller and its undo stack on real project files: push, undo and redo reach
 * store, graph and document; refused and failed writes leave the stack consistent; history
 * survives Save as; checkpoints; and the main window's Edit menu and keys.
 */
class TestEditController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("e%1.entente").arg(++m_files)); }

    /** An empty project with the default vocabulary plus two states and an organisation. */
    QString makeProject(ProjectSession& session)
    {
        const QString path = newPath();
        session.newEmpty(path);
        auto entity = [](const char* id, EntityKind k, const char* name) {
            Entity e;
            e.id = id;
            e.kind = k;
            e.name = name;
            e.category = k == EntityKind::Actor ? "state" : "igo";
            return e;
        };
        WriteBatch b;
        b.entities << entity("state:A", EntityKind::Actor, "Alpha")
                   << entity("state:B", EntityKind::Actor, "Beta")
                   << entity("org:X", EntityKind::Organisation, "Xorg");
        Relation r;
        r.id = "r1";
        r.kind = "member_of";
        r.source = "state:A";
        r.target = "org:X";
        b.relations << r;
        SqliteProjectStore::open(path)->write(b);
        session.openFile(path);
        return path;
    }

    static Entity person(const char* id, const char* name)
    {
        Entity e;
        e.id = id;
        e.name = name;
        e.category = "person";
        return e;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pushUndoRedoReachStoreGraphAndDocument()
    {
        ProjectSession session;
        makeProject(session);
        GraphDocument doc;
        doc.setGraph(session.graph());
        doc.setPosition(0, QPointF(10, 20));
        QWidget window;
        EditController edit(&session, &doc, &window);
        QSignalSpy resets(&doc, &GraphDocument::graphReset);

        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:jane", "Jane Doe")); }));
        QCOMPARE(edit.undoStack()->count(), 1);
        QCOMPARE(edit.undoStack()->undoText(), QString("Add Jane Doe"));
        QCOMPARE(resets.size(), 1);
        const int jane = doc.graph()->indexOf("actor:jane");
        QVERIFY(jane >= 0);
        QVERIFY(doc.isVisible(jane));
        QCOMPARE(doc.position(doc.graph()->indexOf("state:A")),
                 QPointF(10, 20)); // untouched entities stay put
        QVERIFY(SqliteProjectStore::open(session.filePath())->entity("actor:jane"));

        edit.undoStack()->undo();
        QCOMPARE(doc.graph()->indexOf("actor:jane"), -1);
        QVERIFY(!SqliteProjectStore::open(session.filePath())->entity("actor:jane"));
        QCOMPARE(doc.graph(), session.graph().get());

        edit.undoStack()->redo();
        QVERIFY(doc.graph()->indexOf("actor:jane") >= 0);
        QVERIFY(SqliteProjectStore::open(session.filePath())->entity("actor:jane"));
        QCOMPARE(edit.undoStack()->count(), 1);
        QCOMPARE(edit.undoStack()->index(), 1);
    }

    void refusedEditIsNotPushed()
    {
        ProjectSession session;
        makeProject(session);
        GraphDocument doc;
        doc.setGraph(session.graph());
        EditController edit(&session, &doc, nullptr);
        QSignalSpy failed(&edit, &EditController::failed);
        QVERIFY(!edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("state:A", "Another")); }));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed[0][0].toString().contains("already used by Alpha"));
        QCOMPARE(edit.undoStack()->count(), 0);
    }

    void failedUndoDropsTheCommandAndKeepsStoreAndGraphInStep()
    {
        ProjectSession session;
        const QString path = makeProject(session);
        GraphDocument doc;
        doc.setGraph(session.graph());
        EditController edit(&session, &doc, nullptr);
        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:jane", "Jane Doe")); }));
        QVERIFY(edit.perform([](EditPlanner& p) { return p.deleteEntity("state:A"); }));
        QCOMPARE(edit.undoStack()->count(), 2);
        // Another writer removes the organisation state:A was a member of: the undo (restore
        // state:A and its membership) cannot be written any more.
        {
            auto other = SqliteProjectStore::open(path);
            WriteBatch b;
            b.deletedEntities << "org:X";
            other->write(b);
        }
        QSignalSpy failed(&edit, &EditController::failed);
        edit.undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(edit.undoStack()->count(), 1); // the command that could not be undone is gone
        QCOMPARE(edit.undoStack()->index(), 1);
        QCOMPARE(edit.undoStack()->undoText(), QString("Add Jane Doe"));
        QVERIFY(!SqliteProjectStore::open(path)->entity("state:A"));
        QCOMPARE(doc.graph()->indexOf("state:A"), -1);
        // The rest of the history still works.
        edit.undoStack()->undo();
        QCOMPARE(doc.graph()->indexOf("actor:jane"), -1);
        QVERIFY(!SqliteProjectStore::open(path)->entity("actor:jane"));
    }

    void deleteAsksAboutRelations()
    {
        ProjectSession session;
        const QString path = makeProject(session);
        GraphDocument doc;
        doc.setGraph(session.graph());
        EditController edit(&session, &doc, nullptr);
        int asked = 0;
        bool answer = false;
        edit.confirmDelete = [&](const QString& name, int relations) {
            ++asked;
            return name == "Alpha" && relations == 1 && answer;
        };
        edit.deleteEntity("state:A");
        QCOMPARE(asked, 1);
        QVERIFY(doc.graph()->indexOf("state:A") >= 0); // cancelled
        QCOMPARE(edit.undoStack()->count(), 0);
        answer = true;
        edit.deleteEntity("state:A");
        QCOMPARE(doc.graph()->indexOf("state:A"), -1);
        QCOMPARE(doc.graph()->relationCount(), 0);
        edit.deleteEntity("state:B"); // no relations: nothing to ask
        QCOMPARE(asked, 2);
        edit.undoStack()->undo();
        edit.undoStack()->undo();
        QCOMPARE(doc.graph()->relationCount(), 1);
        QCOMPARE(SqliteProjectStore::open(path)->relationsOf("state:A").size(), 1);
    }

    void historySurvivesSaveAs()
    {
        ProjectSession session;
        const QString first = makeProject(session);
        GraphDocument doc;
        doc.setGraph(session.graph());
        EditController edit(&session, &doc, nullptr);
        QObject::connect(&session, &ProjectSession::opened, &doc,
                         [&] { doc.setGraph(session.graph()); });
        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:jane", "Jane Doe")); }));
        const QString second = newPath();
        session.saveAs(second);
        QCOMPARE(edit.undoStack()->count(), 1);
        edit.undoStack()->undo();
        QVERIFY(!SqliteProjectStore::open(second)->entity("actor:jane"));
        QVERIFY(SqliteProjectStore::open(first)->entity(
            "actor:jane")); // the earlier file keeps its state
        // Opening another project starts a new history.
        session.openFile(first);
        QCOMPARE(edit.undoStack()->count(), 0);
    }

    void readOnlyProjectRefusesEdits()
    {
        ProjectSession session;
        session.openDefault();
        GraphDocument doc;
        doc.setGraph(session.graph());
        EditController edit(&session, &doc, nullptr);
        QSignalSpy failed(&edit, &EditController::failed);
        QVERIFY(!edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:jane", "Jane Doe")); }));
        QVERIFY(failed[0][0].toString().contains("read-only"));
        QCOMPARE(edit.savedIndicator()->text(), QString("Read-only"));
    }

    void revertToCheckpoint()
    {
        ProjectSession session;
        const QString path = newPath();
        session.newEmpty(path);
        QVERIFY(QFileInfo::exists(session.checkpointPath()));
        GraphDocument doc;
        EditController edit(&session, &doc, nullptr);
        QObject::connect(&session, &ProjectSession::opened, &doc,
                         [&] { doc.setGraph(session.graph()); });
        doc.setGraph(session.graph());
        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:jane", "Jane Doe")); }));
        session.saveCheckpoint();
        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:joe", "Joe Bloggs")); }));
        session.revertToCheckpoint();
        QCOMPARE(session.graph()->entityCount(), 1);
        QVERIFY(session.graph()->indexOf("actor:jane") >= 0);
        QCOMPARE(edit.undoStack()->count(), 0);
        QVERIFY(!session.isReadOnly());
        QVERIFY(edit.perform(
            [](EditPlanner& p) { return p.addEntity(person("actor:joe", "Joe Bloggs")); }));
    }

    void mainWindowEditMenuAndKeys()
    {
        ProjectSession filler;
        const QString path = makeProject(filler);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        EditController* edit = w.editController();
        QVERIFY(edit);
        edit->confirmDelete = [](const QString&, int) { return true; };
        QVERIFY(w.showEntity("state:A"));
        QCOMPARE(w.document()->selected(), w.document()->graph()->indexOf("state:A"));

        QMenu* menu = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->text() == "&Edit")
                menu = a->menu();
        QVERIFY(menu);
        QAction* del = menu->findChild<QAction*>("deleteEntity", Qt::FindDirectChildrenOnly);
        if (!del)
            for (QAction* a : menu->actions())
                if (a->objectName() == "deleteEntity")
                    del = a;
        QVERIFY(del);
        QCOMPARE(del->shortcut(), QKeySequence(Qt::Key_Delete));
        w.canvas()->setFocus();
        QTest::keyClick(w.canvas(), Qt::Key_Delete);
        QCOMPARE(w.document()->graph()->indexOf("state:A"), -1);
        QVERIFY(edit->savedIndicator()->text().startsWith("✓ All changes saved"));
        auto* history = w.findChild<QUndoView*>();
        QVERIFY(history);
        QCOMPARE(history->stack()->count(), 1);
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w.document()->graph()->indexOf("state:A") >= 0);
        QVERIFY(w.grab().save(QDir::temp().filePath("entente-edit-window.png")));
    }
};

QTEST_MAIN(TestEditController)
#include "tst_editcontroller.moc"
