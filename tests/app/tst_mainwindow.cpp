#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/layoutrunner.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "panels/detailspanel.h"
#include "panels/filterchipbar.h"
#include "panels/filterpanel.h"
#include "panels/pathpanel.h"
#include "models/entitylistmodel.h"
#include "panels/searchbox.h"
#include "filtercontroller.h"
#include "projectsession.h"
#include "viewcontroller.h"
#include "importcontroller.h"
#include "metricscontroller.h"
#include "models/metricstablemodel.h"
#include "panels/metricspanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QToolButton>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineF>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QAbstractItemView>
#include <QCompleter>
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

        // Type an abbreviation: the suggestions list the alias's owner first; choosing it with
        // the keyboard shows it, without a full-text search.
        w.searchBox()->clear();
        QTest::keyClicks(w.searchBox(), "osc");
        QCompleter* completer = w.searchBox()->entityCompleter();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionModel()->rowCount() <= 12);
        QCOMPARE(completer->completionModel()->index(0, 0).data(EntityListModel::IdRole).toString(),
                 QString("org:cow-osce"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(w.detailsPanel()->shownEntity(), QString("org:cow-osce"));
        QCOMPARE(w.searchBox()->text(), w.document()->graph()->entity(w.document()->graph()->indexOf("org:cow-osce")).name);

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

    void pathPanelFindsExplainsAndExports()
    {
        MainWindow w;
        w.resize(1300, 850);
        w.show();
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(QString()));
        QVERIFY(settled.wait(30000));
        PathPanel* panel = w.pathPanel();
        QTest::keyClicks(panel->fromEdit(), "Norway");
        QTest::keyClicks(panel->toEdit(), "Israel");
        QTest::keyClick(panel->toEdit(), Qt::Key_Return);
        QTRY_VERIFY(!panel->results().isEmpty());
        QVERIFY(panel->resultList()->count() >= 1);
        const PathRow& first = panel->results().first();
        QVERIFY(first.sentence.startsWith("Norway"));
        QVERIFY(first.sentence.endsWith("Israel"));
        QCOMPARE(first.hops.size(), static_cast<qsizetype>(first.relations.size()));
        for (const QString& s : first.hopSources)
            QVERIFY(!s.isEmpty() && s != "unsourced");
        // The first path is highlighted on the canvas.
        const int norway = w.document()->graph()->indexOf("state:NOR");
        QVERIFY(std::find(w.document()->highlightedVertices().begin(), w.document()->highlightedVertices().end(), norway) !=
                w.document()->highlightedVertices().end());
        QVERIFY(w.canvas()->graphScene()->nodeFor(norway)->isHighlighted());
        QTemporaryDir dir;
        const QString csv = dir.filePath("paths.csv");
        QVERIFY(panel->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("path,hop,from_id"));
        QCOMPARE(lines.size(), 1 + first.relations.size() + (panel->results().size() > 1 ? panel->results()[1].relations.size() : 0) +
                                   (panel->results().size() > 2 ? panel->results()[2].relations.size() : 0));
        QVERIFY(panel->resultsAsText().contains("source:"));
        // An unknown name is answered with suggestions, not silence.
        panel->fromEdit()->clear();
        QTest::keyClicks(panel->fromEdit(), "Norwya");
        QTest::keyClick(panel->fromEdit(), Qt::Key_Return);
        QTRY_VERIFY(panel->results().isEmpty());
        QVERIFY(panel->findChild<QLabel*>() != nullptr);
    }

    void filterChipsHideAndRestore()
    {
        MainWindow w;
        w.resize(1300, 850);
        w.show();
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(QString()));
        QVERIFY(settled.wait(30000));
        auto visibleNodes = [&] {
            int n = 0;
            for (int v : w.document()->visibleVertices())
                n += w.canvas()->graphScene()->nodeFor(v)->isVisible() ? 1 : 0;
            return n;
        };
        const int all = visibleNodes();
        QLineEdit* asOf = nullptr;
        for (QLineEdit* e : w.filterPanel()->findChildren<QLineEdit*>())
            if (e->placeholderText().startsWith("YYYY"))
                asOf = e;
        QVERIFY(asOf);
        QTest::keyClicks(asOf, "1950");
        QTest::keyClick(asOf, Qt::Key_Return);
        QTRY_VERIFY(!w.filterController()->criteria().asOf.isNull());
        QVERIFY(w.chipBar()->isVisible());
        QTRY_VERIFY(!w.canvas()->graphScene()->isFading()); // relations fade out over a fifth of a second
        const int in1950 = visibleNodes();
        QVERIFY2(in1950 < all, qPrintable(QStringLiteral("%1 of %2").arg(in1950).arg(all)));
        // France was in NATO in 1950; Poland was not.
        const int fra = w.document()->graph()->indexOf("state:FRA");
        QVERIFY(w.document()->passes(fra));
        auto* chip = w.chipBar()->findChild<QToolButton*>("chip-asof");
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_VERIFY(w.filterController()->criteria().asOf.isNull());
        QTRY_COMPARE(visibleNodes(), all);
        QVERIFY(asOf->text().isEmpty());
    }

    void metricsComputeOffThread()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(QString()));
        QSignalSpy computed(w.metricsController(), &MetricsController::computed);
        w.metricsController()->compute();
        QVERIFY(computed.wait(60000));
        QTableView* table = w.metricsPanel()->table();
        QVERIFY(table->model()->rowCount() == w.document()->graph()->entityCount());
        // Sorted by ties, most connected first.
        const double top = table->model()->index(0, MetricsTableModel::Degree).data().toDouble();
        const double next = table->model()->index(1, MetricsTableModel::Degree).data().toDouble();
        QVERIFY(top >= next && top > 0);
        // Colour by community: the checkbox recolours the nodes, unticking restores the kinds.
        auto* box = w.metricsPanel()->findChild<QCheckBox*>();
        QVERIFY(box && box->isEnabled());
        const int fra = w.document()->graph()->indexOf("state:FRA");
        NodeItem* node = w.canvas()->graphScene()->nodeFor(fra);
        QVERIFY(!node->fill().isValid());
        box->click();
        QVERIFY(node->fill().isValid());
        box->click();
        QVERIFY(!node->fill().isValid());
        w.layoutRunner()->cancel();
        w.layoutRunner()->wait();
    }

    void savedViewKeepsFilterAndPositions()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("mine.entente");
        MainWindow w;
        w.show();
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(QString()));
        QVERIFY(settled.wait(30000));
        QString error;
        QVERIFY(!w.viewController()->saveCurrent("nope", &error)); // the default dataset is read-only
        QVERIFY(error.contains("Save as"));
        w.session()->saveAs(file);
        QVERIFY(!w.session()->isReadOnly());
        QVERIFY(settled.wait(30000));
        FilterCriteria c;
        c.asOf = PartialDate::ofYear(1975);
        c.relationKinds = {"member_of"};
        w.filterController()->setCriteria(c);
        const int fra = w.document()->graph()->indexOf("state:FRA");
        const QPointF where = w.document()->position(fra);
        QVERIFY(w.viewController()->saveCurrent("Cold War memberships", &error));

        MainWindow again;
        again.show();
        QSignalSpy settledAgain(&again, &MainWindow::layoutSettled);
        QVERIFY(again.openProject(file));
        QVERIFY(settledAgain.wait(30000));
        again.layoutRunner()->cancel();
        QVERIFY(again.viewController()->restore("Cold War memberships"));
        QCOMPARE(again.filterController()->criteria(), c);
        const int fra2 = again.document()->graph()->indexOf("state:FRA");
        QVERIFY(QLineF(again.document()->position(fra2), where).length() < 0.1);
        QVERIFY(!again.viewController()->restore("no such view"));
    }

    void importFromTheGui()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(QString()));
        QSignalSpy failed(w.importController(), &ImportController::failed);
        QSignalSpy finished(w.importController(), &ImportController::finished);
        // The default dataset is read-only: the user is told how to proceed.
        QVERIFY(!w.importController()->start(ENTENTE_FIXTURES_DIR "/formats/gephi_dynamic.gexf"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains("Save as"));
        w.session()->saveAs(dir.filePath("mine.entente"));
        const int before = w.document()->graph()->entityCount();
        QVERIFY(w.importController()->start(ENTENTE_FIXTURES_DIR "/formats/gephi_dynamic.gexf"));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toString().contains("added"));
        QVERIFY(w.document()->graph()->entityCount() > before);
        const int after = w.document()->graph()->entityCount();
        QVERIFY(w.importController()->start(ENTENTE_FIXTURES_DIR "/formats/broken/edge_missing_node.gexf"));
        QVERIFY(failed.wait(30000));
        QVERIFY(QRegularExpression(R"(edge_missing_node\.gexf:\d+:\d+)").match(failed.last().first().toString()).hasMatch());
        QCOMPARE(w.document()->graph()->entityCount(), after);
        w.layoutRunner()->cancel();
        w.layoutRunner()->wait();
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
