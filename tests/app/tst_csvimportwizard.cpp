#include "csvimportdialog.h"
#include "formats/importresult.h"
#include "graph/knowledgegraph.h"
#include "import/csvmappingpanel.h"
#include "importcontroller.h"
#include "projectsession.h"
#include "store/sqliteprojectstore.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(ENTENTE_FIXTURES_DIR "/formats/") + name;
}

QComboBox* meaningOf(CsvImportDialog* dialog, const QString& column)
{
    QTableWidget* table = dialog->panel()->columnTable();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == column)
            return qobject_cast<QComboBox*>(table->cellWidget(row, 2));
    return nullptr;
}

/** Chooses a meaning the way a keyboard user does: focus the menu, Home, then Down until it shows.
 */
bool choose(CsvImportDialog* dialog, const QString& column, const QString& key)
{
    QComboBox* combo = meaningOf(dialog, column);
    if (!combo)
        return false;
    const int wanted = combo->findData(key);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < wanted; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toString() == key;
}

QStringList rowOf(QTableWidget* table, int row)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return cells;
}

} // namespace

/** The CSV import wizard offscreen: map columns with the keyboard, watch the preview, import. */
class TestCsvImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** An editable project that already knows Egypt, so one entity of the file is an update. */
    QString project(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto store = SqliteProjectStore::create(path);
        WriteBatch b;
        Entity egypt;
        egypt.id = QStringLiteral("Egypt");
        egypt.name = QStringLiteral("Egypt");
        egypt.category = QStringLiteral("state");
        b.entities << egypt;
        store->write(b);
        return path;
    }

private slots:
    void mapColumnsAndImport()
    {
        ProjectSession session;
        session.openFile(project(QStringLiteral("wizard.entente")));
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImportController controller(&session, &window);
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy failed(&controller, &ImportController::failed);

        QVERIFY(controller.start(fixture(QStringLiteral("mapping/treaty_links.csv"))));
        CsvImportDialog* dialog = controller.csvDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy ready(dialog, &CsvImportDialog::previewReady);
        CsvMappingPanel* panel = dialog->panel();
        QCOMPARE(panel->columnNames(),
                 (QStringList{"Who", "Whom", "Link", "Since", "Comment", "Type"}));
        QCOMPARE(panel->columnTable()->item(0, 1)->text(),
                 QStringLiteral("Egypt")); // the example value
        // Nothing in the header is recognisable: no import yet, and the problem says why.
        QTRY_VERIFY(panel->problemList()->count() > 0 &&
                    panel->problemList()->item(0)->text().contains("found columns: Who"));
        QVERIFY(!dialog->importButton()->isEnabled());
        // Not yet an edge list, so "Type" is guessed as an entity kind.
        QCOMPARE(meaningOf(dialog, "Type")->currentData().toString(), QStringLiteral("kind"));

        QVERIFY(choose(dialog, "Who", "source"));
        QVERIFY(choose(dialog, "Whom", "target"));
        // A meaning relations cannot have is named at its header cell.
        QVERIFY(choose(dialog, "Type", "category"));
        QTRY_VERIFY(panel->problemList()->item(0)->text().startsWith(
            "treaty_links.csv:1:29: column \"Type\" is mapped to category"));
        QVERIFY(!dialog->importButton()->isEnabled());

        QVERIFY(choose(dialog, "Type", "attribute"));
        QVERIFY(choose(dialog, "Link", "relation_kind"));
        QVERIFY(choose(dialog, "Since", "start"));
        QVERIFY(choose(dialog, "Comment", "description"));
        QTRY_VERIFY(dialog->result() && dialog->importButton()->isEnabled());
        QCOMPARE(dialog->mapping().roleFor(u"Who"), CsvColumnMapping::Role::Source);
        QTableWidget* relations = panel->relationPreview();
        QCOMPARE(relations->rowCount(), 3);
        const QStringList first = rowOf(relations, 0);
        QCOMPARE(first.mid(0, 4),
                 (QStringList{"Egypt", "party_to", "Camp David Accords", "1978-09-17"}));
        QCOMPARE(first.at(5), QStringLiteral("Signed at the White House"));
        QVERIFY2(first.at(6).contains("Type=bilateral"), qPrintable(first.at(6)));
        QVERIFY2(panel->summary().contains("add 3 entities and 3 relations, update 1 and skip 0"),
                 qPrintable(panel->summary()));
        QCOMPARE(panel->problemList()->item(0)->text(), QStringLiteral("No problems found."));
        if (qEnvironmentVariableIsSet("ENTENTE_WIZARD_SHOT"))
            dialog->grab().save(qEnvironmentVariable("ENTENTE_WIZARD_SHOT"));

        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY2(finished.first().first().toString().contains(
                     "3 entities and 3 relations added, 1 updated"),
                 qPrintable(finished.first().first().toString()));
        const auto graph = session.graph();
        QCOMPARE(graph->entityCount(), 4);
        QCOMPARE(graph->relationCount(), 3);
        QCOMPARE(graph->entity(graph->indexOf("Egypt")).category,
                 QStringLiteral("state")); // kept: the file lacks it
        QTRY_VERIFY(!controller.csvDialog());
    }

    void cancelLeavesTheProject()
    {
        ProjectSession session;
        session.openFile(project(QStringLiteral("cancel.entente")));
        QWidget window;
        window.show();
        ImportController controller(&session, &window);
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start(fixture(QStringLiteral("kumu_connections.csv"))));
        CsvImportDialog* dialog = controller.csvDialog();
        QVERIFY(dialog);
        // A Kumu sheet is recognised as it is: importable at once.
        QTRY_VERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(meaningOf(dialog, "From")->currentData().toString(), QStringLiteral("source"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!controller.csvDialog());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(session.graph()->entityCount(), 1);
        QCOMPARE(session.graph()->relationCount(), 0);
    }

    void unreadableFileFailsAtOnce()
    {
        ProjectSession session;
        session.openFile(project(QStringLiteral("bad.entente")));
        QWidget window;
        ImportController controller(&session, &window);
        QSignalSpy failed(&controller, &ImportController::failed);
        QVERIFY(!controller.start(fixture(QStringLiteral("broken/empty.csv"))));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains("empty.csv:1:1: the file is empty"),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!controller.csvDialog());
    }
};

QTEST_MAIN(TestCsvImportWizard)
#include "tst_csvimportwizard.moc"
