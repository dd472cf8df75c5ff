#include "browsecontroller.h"
#include "canvas/graphcanvas.h"
#include "canvas/layoutrunner.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "models/commandpalettemodel.h"
#include "models/concepttreemodel.h"
#include "navigationcontroller.h"
#include "panels/commandpalette.h"
#include "panels/conceptbrowser.h"
#include "panels/detailspanel.h"
#include "projectsession.h"
#include "settledwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeView>

using namespace entente;

/**
 * The concept browser and the Ctrl+K palette in the main window on the default dataset,
 * offscreen, driven by real key and mouse events: what a concept says, the palette found and
 * run from the keyboard alone, and clicks in the browser's tree and links reaching the canvas.
 * Set ENTENTE_SCREENSHOT_DIR to keep pictures of both.
 */
class TestBrowseGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    BrowseController* browse() const { return m_window->browseController(); }
    GraphDocument* document() const { return m_window->document(); }
    int vertex(const QString& id) const { return document()->graph()->indexOf(id); }

    void openPalette()
    {
        // The shortcut, sent where the keyboard is: the canvas.
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas()->viewport(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(browse()->palette()->isVisible());
        QVERIFY(browse()->palette()->lineEdit()->hasFocus());
        QVERIFY(browse()->palette()->lineEdit()->text().isEmpty());
    }

    /** Clicks the link with `href` in a text browser, as a user would. */
    static bool clickLink(QTextBrowser* browser, const QString& href)
    {
        QTextDocument* doc = browser->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().anchorHref() != href || f.length() < 2)
                    continue;
                QTextCursor c(doc);
                c.setPosition(f.position() + f.length() / 2);
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                const QPoint at = browser->cursorRect(c).center();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
                return true;
            }
        }
        return false;
    }

    QModelIndex treeIndex(const QString& id) const
    {
        QAbstractItemModel* m = browse()->conceptBrowser()->tree()->model();
        for (int root = 0; root < m->rowCount(); ++root) {
            const QModelIndexList found = m->match(m->index(root, 0), ConceptTreeModel::IdRole, id,
                                                   1, Qt::MatchExactly | Qt::MatchRecursive);
            if (!found.isEmpty())
                return found.first();
        }
        return {};
    }

    static QStringList ids(const KnowledgeGraph& g, const std::vector<int>& vertices)
    {
        QStringList out;
        for (int v : vertices)
            out << g.entity(v).id;
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_window = settledWindow(m_settingsDir.path(), &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void conceptsOfTheDefaultDataset_data()
    {
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QStringList>("broader");
        QTest::addColumn<QStringList>("someNarrower");
        QTest::addColumn<QStringList>("someUsers");
        QTest::newRow("summit diplomacy")
            << "mech:summit-diplomacy" << QStringList{"mech:diplomacy"}
            << QStringList{"mech:unfccc-cop", "mech:cpc-world-parties-dialogue"}
            << QStringList{"org:g7", "org:g20", "treaty:camp-david-accords", "state:USA"};
        QTest::newRow("mediation") << "mech:mediation" << QStringList{"mech:conflict-resolution"}
                                   << QStringList{"mech:facilitation"}
                                   << QStringList{"org:un", "org:au", "treaty:egypt-israel-peace"};
        QTest::newRow("peacekeeping")
            << "mech:peacekeeping" << QStringList{"mech:conflict-resolution"}
            << QStringList{"mech:un-peacekeeping"} << QStringList{"org:unsc", "org:au"};
    }
    void conceptsOfTheDefaultDataset()
    {
        QFETCH(QString, conceptId);
        QFETCH(QStringList, someNarrower);
        QFETCH(QStringList, someUsers);
        const KnowledgeGraph& g = *document()->graph();
        const ConceptTreeModel::Info info = ConceptTreeModel::info(g, vertex(conceptId));
        QTEST(ids(g, info.broader), "broader");
        const QStringList narrower = ids(g, info.narrower);
        for (const QString& n : someNarrower)
            QVERIFY2(narrower.contains(n), qPrintable(n + " not in " + narrower.join(',')));
        QStringList users;
        for (const auto& list : info.users)
            users += ids(g, list);
        for (const QString& u : someUsers)
            QVERIFY2(users.contains(u), qPrintable(u + " not in " + users.join(',')));
        // The tree holds the concept under each broader one, and the pane names them all.
        QVERIFY(treeIndex(conceptId).isValid());
        QVERIFY(
            ids(g, info.broader)
                .contains(treeIndex(conceptId).parent().data(ConceptTreeModel::IdRole).toString()));
        const QString html = browse()->conceptBrowser()->detailHtml(vertex(conceptId));
        for (const QString& u : someUsers)
            QVERIFY2(html.contains(g.entity(vertex(u)).name.toHtmlEscaped()), qPrintable(u));
        // The description comes from the project (the in-memory graph does not keep it).
        const auto details = m_window->session()->details(conceptId);
        QVERIFY(details && !details->entity.description.isEmpty());
        QVERIFY(html.contains(details->entity.description.toHtmlEscaped()));
    }

    void paletteJumpsToEntity_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("drawn, by alias") << "org:nato"
                                         << "NATO" << true;
        QTest::newRow("not drawn, by name") << "party:fi-parlgov-1118"
                                            << "National Coalition Party" << false;
    }
    void paletteJumpsToEntity()
    {
        QFETCH(QString, id);
        QFETCH(QString, typed);
        const int v = vertex(id);
        QVERIFY(v >= 0);
        const bool drawnBefore = document()->isVisible(v);
        QTEST(drawnBefore, "drawn");
        QSignalSpy settled(m_window.get(), &MainWindow::layoutSettled);
        const int trailBefore = m_window->navigation()->trail().size();
        openPalette();
        CommandPalette* palette = browse()->palette();
        QTest::keyClicks(palette->lineEdit(), typed);
        QVERIFY(palette->model()->rowCount() > 0);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QCOMPARE(palette->list()->currentIndex().data(CommandPaletteModel::IdRole).toString(), id);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(document()->selected(), v);
        QVERIFY(document()->isVisible(v));
        if (!drawnBefore) {
            // Drawn with its neighbours as a new step of the history, so Alt+← goes back.
            QCOMPARE(m_window->navigation()->trail().size(), trailBefore + 1);
            QVERIFY(document()->visibleVertices().size() > 1);
            QVERIFY(settled.wait(30000));
        }
    }

    void paletteArrowKeysAndEscape()
    {
        openPalette();
        CommandPalette* palette = browse()->palette();
        QTest::keyClicks(palette->lineEdit(), QStringLiteral("peacekeeping"));
        QVERIFY(palette->model()->rowCount() >= 2);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Up);
        QTest::keyClick(palette->lineEdit(), Qt::Key_Up); // stays on the first row
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        const int selected = document()->selected();
        QTest::keyClick(palette->lineEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QCOMPARE(document()->selected(), selected); // Esc chose nothing
    }

    void paletteRunsCommand()
    {
        QDockWidget* dock = browse()->conceptDock();
        const bool hiddenBefore = dock->isHidden();
        openPalette();
        CommandPalette* palette = browse()->palette();
        QTest::keyClicks(palette->lineEdit(), QStringLiteral(">concept browser"));
        QCOMPARE(palette->model()->rowCount(), 1);
        QCOMPARE(palette->list()->currentIndex().data().toString(),
                 QStringLiteral("View › Concept browser"));
        QCOMPARE(palette->list()->currentIndex().siblingAtColumn(1).data().toString(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText));
        QTest::keyClick(palette->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(dock->isHidden(), !hiddenBefore);
        // And back with its own shortcut.
        QTest::keyClick(m_window->canvas()->viewport(), Qt::Key_K,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(dock->isHidden(), hiddenBefore);
    }

    void conceptBrowserClicks()
    {
        QDockWidget* dock = browse()->conceptDock();
        dock->show();
        dock->raise();
        ConceptBrowser* browser = browse()->conceptBrowser();
        QTRY_VERIFY(browser->isVisible());
        QTreeView* tree = browser->tree();
        // A click on a row of the tree explains that concept.
        const QModelIndex mediation = treeIndex(QStringLiteral("mech:mediation"));
        QVERIFY(mediation.isValid());
        for (QModelIndex p = mediation.parent(); p.isValid(); p = p.parent())
            tree->expand(p);
        tree->scrollTo(mediation);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                          tree->visualRect(mediation).center());
        QCOMPARE(browser->shownConcept(), vertex(QStringLiteral("mech:mediation")));
        QVERIFY(browser->detail()->toPlainText().contains(QStringLiteral("Broader concepts")));

        // A broader concept is a link that moves the browser…
        QVERIFY(clickLink(browser->detail(), QStringLiteral("concept:mech%3Aconflict-resolution")));
        QCOMPARE(browser->shownConcept(), vertex(QStringLiteral("mech:conflict-resolution")));
        QCOMPARE(tree->currentIndex().data(ConceptTreeModel::IdRole).toString(),
                 QStringLiteral("mech:conflict-resolution"));
        QVERIFY(clickLink(browser->detail(), QStringLiteral("concept:mech%3Amediation")));
        QCOMPARE(browser->shownConcept(), vertex(QStringLiteral("mech:mediation")));

        // …and a user is a link that selects it on the canvas.
        const int au = vertex(QStringLiteral("org:au"));
        QVERIFY(clickLink(browser->detail(), QStringLiteral("entity:org%3Aau")));
        QTRY_COMPARE(document()->selected(), au);
        QVERIFY(document()->isVisible(au));
        QTRY_COMPARE(m_window->detailsPanel()->shownEntity(), QStringLiteral("org:au"));
        // The browser keeps its place: focusing on the canvas does not rebuild the tree.
        QCOMPARE(browser->shownConcept(), vertex(QStringLiteral("mech:mediation")));
    }

    void filterKeepsPathToMatch()
    {
        ConceptBrowser* browser = browse()->conceptBrowser();
        QTest::keyClicks(browser->filterEdit(), QStringLiteral("facilitation"));
        QAbstractItemModel* m = browser->tree()->model();
        const QModelIndex hit = treeIndex(QStringLiteral("mech:facilitation"));
        QVERIFY(hit.isValid());
        // Its broader concepts stay around it, though they do not match themselves.
        QCOMPARE(hit.parent().data(ConceptTreeModel::IdRole).toString(),
                 QStringLiteral("mech:mediation"));
        QVERIFY(!treeIndex(QStringLiteral("mech:peacekeeping")).isValid());
        browser->filterEdit()->clear();
        QCOMPARE(m->rowCount(), 3);
    }

    void breadcrumbClickGoesBack()
    {
        // Two jumps to entities that are not drawn make two steps of history.
        NavigationController* nav = m_window->navigation();
        for (const QString& id :
             {QStringLiteral("party:fi-parlgov-1118"), QStringLiteral("party:au-parlgov-1905")}) {
            QSignalSpy settled(m_window.get(), &MainWindow::layoutSettled);
            if (!document()->isVisible(vertex(id))) {
                QVERIFY(browse()->goTo(id));
                QVERIFY(settled.wait(30000));
            }
        }
        const QStringList trail = nav->trail();
        QVERIFY(trail.size() >= 3);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("breadcrumbs"));
        QVERIFY(label->isVisible());
        // Find where the first crumb stands in the label, laid out as the label lays it out.
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        const int at = doc.toPlainText().indexOf(trail.first()) + 2;
        QVERIFY(at > 2);
        QTextBlock block = doc.findBlock(at);
        QTextLayout* layout = block.layout();
        doc.documentLayout(); // lays the document out
        const QTextLine line = layout->lineForTextPosition(at - block.position());
        QVERIFY(line.isValid());
        const QPoint click(label->contentsRect().left() +
                               qRound(line.cursorToX(at - block.position())),
                           label->contentsRect().center().y());
        QSignalSpy changed(nav, &NavigationController::trailChanged);
        QTest::mouseClick(label, Qt::LeftButton, Qt::NoModifier, click);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(nav->trail(), QStringList{trail.first()}); // straight back to the first view
        QVERIFY(nav->canGoForward());
        QVERIFY(!label->isVisible());
        QTRY_VERIFY(!m_window->layoutRunner()->isRunning());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ENTENTE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ENTENTE_SCREENSHOT_DIR to keep screenshots");
        browse()->conceptDock()->raise();
        browse()->conceptBrowser()->showConcept(vertex(QStringLiteral("mech:summit-diplomacy")));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/concept-browser.png")));
        openPalette();
        QTest::keyClicks(browse()->palette()->lineEdit(), QStringLiteral("nat"));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/command-palette.png")));
        QTest::keyClick(browse()->palette()->lineEdit(), Qt::Key_Escape);
    }
};

QTEST_MAIN(TestBrowseGui)
#include "tst_browsegui.moc"
