#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/layoutrunner.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "panels/detailspanel.h"
#include "panels/searchbox.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/** The main window offscreen: opens the default dataset, searches, clicks, shows details. */
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("EntenteTest");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void opensDefaultSearchesAndShowsDetails()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(QString()));
        QVERIFY(w.document()->graph()->entityCount() > 0);
        QVERIFY(settled.wait(30000));
        QCOMPARE(w.canvas()->graphScene()->nodeCount(), static_cast<int>(w.document()->visibleVertices().size()));
        QVERIFY(w.detailsPanel()->toPlainText().contains("entities"));

        // Type a search and press Enter: full-text search focuses the best match.
        QSignalSpy selection(w.document(), &GraphDocument::selectionChanged);
        w.searchBox()->setFocus();
        QTest::keyClicks(w.searchBox(), "atlantic treaty organization");
        QTest::keyClick(w.searchBox(), Qt::Key_Return);
        QTRY_COMPARE(w.detailsPanel()->shownEntity(), QString("org:nato"));
        QVERIFY(!selection.isEmpty());
        const QString text = w.detailsPanel()->toPlainText();
        QVERIFY(text.contains("North Atlantic Treaty Organization"));
        QVERIFY(text.contains("has member"));
        QVERIFY(text.contains("France"));
        QVERIFY(text.contains("Sources"));

        // Click France on the canvas: the details follow.
        const int fra = w.document()->graph()->indexOf("state:FRA");
        NodeItem* node = w.canvas()->graphScene()->nodeFor(fra);
        QVERIFY(node);
        w.canvas()->centerOn(node);
        const QPoint where = w.canvas()->mapFromScene(node->scenePos());
        QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE(w.detailsPanel()->shownEntity(), QString("state:FRA"));
        QCOMPARE(w.document()->selected(), fra);
    }

    void refusesBadFileAndKeepsProject()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(QString()));
        const int before = w.document()->graph()->entityCount();
        QVERIFY(!w.openProject(QStringLiteral(ENTENTE_FIXTURES_DIR "/minitables/entities.csv")));
        QCOMPARE(w.document()->graph()->entityCount(), before);
        w.layoutRunner()->cancel();
        w.layoutRunner()->wait();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
