#include "canvas/graphcanvas.h"
#include "canvas/layoutrunner.h"
#include "exportdialog.h"
#include "graph/graphdocument.h"
#include "mainwindow.h"
#include "panels/slidespanel.h"
#include "presentationwindow.h"
#include "projectsession.h"
#include "slidecontroller.h"
#include "viewcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/**
 * Diagram export from the window and the CLI: the Export dialog offscreen (preview, fields,
 * files, clipboard), slides (order kept across reopen, rename, title, delete, deck, presentation
 * keys) and entente-cli export --format svg|png|pdf and --deck as a real process.
 */
class TestDiagramGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(ENTENTE_CLI_PATH), args);
        p.waitForFinished(180000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int pdfPages(const QByteArray& pdf)
    {
        return static_cast<int>(pdf.count("/Type /Page\n"));
    }

    /** An editable copy of the default dataset with three saved views, laid out and settled. */
    void openEditable(MainWindow& w, const QString& file)
    {
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy settled(&w, &MainWindow::layoutSettled);
        QVERIFY(w.openProject(QString()));
        QVERIFY(settled.wait(60000));
        w.session()->saveAs(file);
        QVERIFY(settled.wait(60000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName("EntenteTest");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath("settings"));
    }

    void exportDialogPreviewsAndWrites()
    {
        MainWindow w;
        openEditable(w, m_dir.filePath("dialog.entente"));
        ExportDialog* d = w.exportDialog();
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto* title = d->findChildren<QLineEdit*>().value(0);
        QVERIFY(title);
        title->setFocus();
        QTest::keyClicks(title, "Cooperation overview");
        const QList<QComboBox*> boxes = d->findChildren<QComboBox*>();
        QCOMPARE(boxes.size(), 4);    // format, frame, scale, scope
        boxes[3]->setCurrentIndex(2); // the whole drawn graph
        QTRY_VERIFY(!d->preview().isNull());
        QTRY_COMPARE(d->options().title, QStringLiteral("Cooperation overview"));
        QCOMPARE(d->preview().size(), QSize(1920, 1080));
        QVERIFY(d->findChild<QLabel*>() != nullptr);
        d->grab().save(m_dir.filePath("dialog.png"));
        if (qEnvironmentVariableIsSet("ENTENTE_SCREENSHOT_DIR"))
            d->grab().save(qEnvironmentVariable("ENTENTE_SCREENSHOT_DIR") + "/export-dialog.png");

        // SVG: the title and drawn labels come out as text.
        const QString svg = m_dir.filePath("overview.svg");
        QVERIFY(d->exportTo(svg));
        const QByteArray svgText = readAll(svg);
        QVERIFY(svgText.contains(">Cooperation overview<"));
        QVERIFY(svgText.contains(">North Atlantic Treaty Organization<") ||
                svgText.contains(">United Nations<"));

        // PNG at 2× with a transparent background.
        boxes[0]->setCurrentIndex(2);
        boxes[2]->setCurrentIndex(1);
        d->findChildren<QCheckBox*>().value(0)->setChecked(true);
        const QString png = m_dir.filePath("overview.png");
        QVERIFY(d->exportTo(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(3840, 2160));
        QCOMPARE(qAlpha(image.pixel(1, 1)), 0);

        // PDF on A4 with footnotes: the sources of the drawn relations are listed.
        boxes[0]->setCurrentIndex(1);
        boxes[1]->setCurrentIndex(2);
        d->findChildren<QCheckBox*>().value(1)->setChecked(true);
        QVERIFY(d->options().footnotes.size() > 3);
        const QString pdf = m_dir.filePath("overview.pdf");
        QVERIFY(d->exportTo(pdf));
        QCOMPARE(pdfPages(readAll(pdf)), 1);

        // Edit → Copy diagram: an image and SVG on the clipboard.
        d->copyToClipboard();
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(mime->data("image/svg+xml").contains("Cooperation overview"));

        // A file that cannot be written is reported with its name.
        QVERIFY(!d->exportTo(m_dir.filePath("missing/folder/x.svg")));
    }

    void slidesKeepTheirOrderAcrossReopen()
    {
        const QString file = m_dir.filePath("slides.entente");
        {
            MainWindow w;
            openEditable(w, file);
            w.layoutRunner()->cancel();
            QString error;
            for (const char* name : {"First", "Second", "Third"})
                QVERIFY2(w.viewController()->saveCurrent(name, &error), qPrintable(error));
            SlidesPanel* panel = w.slidesPanel();
            auto* list = panel->findChild<QListWidget*>();
            const int before = list->count();
            QVERIFY(before >= 3);
            // Move "Third" (last) to the top with the Move up button, one click per place.
            list->setCurrentRow(before - 1);
            auto* up = panel->findChildren<QPushButton*>().value(0);
            QCOMPARE(up->text(), QStringLiteral("Move up"));
            QSignalSpy reordered(panel, &SlidesPanel::orderChanged);
            for (int i = 0; i < before - 1; ++i)
                QTest::mouseClick(up, Qt::LeftButton);
            QCOMPARE(reordered.count(), before - 1);
            QCOMPARE(list->item(0)->text(), QStringLiteral("Third"));
            const qint64 second = w.session()->savedViews().at(before - 1).id;
            QVERIFY(w.slideController()->setTitle(w.session()->savedViews().at(0).id,
                                                  "The third, first"));
            QVERIFY(w.slideController()->rename(second, "Second (renamed)"));
        }
        MainWindow again;
        again.show();
        QSignalSpy settled(&again, &MainWindow::layoutSettled);
        QVERIFY(again.openProject(file));
        QVERIFY(settled.wait(60000));
        const QList<SavedView> views = again.session()->savedViews();
        QCOMPARE(views.first().name, QStringLiteral("Third"));
        QVERIFY(views.first().payload.contains("The third, first"));
        QCOMPARE(views.last().name, QStringLiteral("Second (renamed)"));
        auto* list = again.slidesPanel()->findChild<QListWidget*>();
        QCOMPARE(list->count(), views.size());
        QVERIFY(list->item(0)->text().startsWith("Third"));

        // The deck has one page per slide.
        QString error;
        const QString deck = m_dir.filePath("deck.pdf");
        QVERIFY2(again.slideController()->exportDeck(deck, "pdf", &error), qPrintable(error));
        QCOMPARE(pdfPages(readAll(deck)), static_cast<int>(views.size()));

        // Presentation: arrows and space step, End jumps, Esc closes.
        PresentationWindow* show = again.slideController()->present(false);
        QVERIFY(show);
        QVERIFY(QTest::qWaitForWindowExposed(show));
        QCOMPARE(show->current(), 0);
        QTest::keyClick(show, Qt::Key_Right);
        QCOMPARE(show->current(), 1);
        QTest::keyClick(show, Qt::Key_Space);
        QCOMPARE(show->current(), std::min(2, static_cast<int>(views.size()) - 1));
        QTest::keyClick(show, Qt::Key_Left);
        QTest::keyClick(show, Qt::Key_End);
        QCOMPARE(show->current(), static_cast<int>(views.size()) - 1);
        QPointer<PresentationWindow> guard(show);
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());

        // Delete.
        const int count = static_cast<int>(views.size());
        QVERIFY(again.slideController()->remove(views.last().id));
        QCOMPARE(again.session()->savedViews().size(), count - 1);
        QCOMPARE(list->count(), count - 1);

        // The CLI rebuilds the same deck by script.
        const Run r = cli({"export", "--deck", m_dir.filePath("cli-deck.pdf"), "--project", file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pdfPages(readAll(m_dir.filePath("cli-deck.pdf"))), count - 1);
        const Run pngs = cli({"export", "--deck", m_dir.filePath("cli-slides"), "--format", "png",
                              "--project", file});
        QVERIFY2(pngs.code == 0, qPrintable(pngs.err));
        QCOMPARE(pngs.out.count("wrote "), count - 1);

        // Footnotes on every slide, when asked: each slide numbers the sources of its relations.
        const Run noted = cli({"export", "--deck", m_dir.filePath("cli-noted"), "--format", "svg",
                               "--footnotes", "--project", file});
        QVERIFY2(noted.code == 0, qPrintable(noted.err));
        const QStringList svgs = QDir(m_dir.filePath("cli-noted")).entryList({"*.svg"}, QDir::Files);
        QCOMPARE(svgs.size(), count - 1);
        for (const QString& svg : svgs) {
            const QByteArray data = readAll(QDir(m_dir.filePath("cli-noted")).filePath(svg));
            QVERIFY2(data.contains(">1. "), qPrintable(svg));
        }
        const Run plain = cli({"export", "--deck", m_dir.filePath("cli-plain"), "--format", "svg", "--project", file});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        for (const QString& svg : QDir(m_dir.filePath("cli-plain")).entryList({"*.svg"}, QDir::Files))
            QVERIFY2(!readAll(QDir(m_dir.filePath("cli-plain")).filePath(svg)).contains(">1. "), qPrintable(svg));
        // The GUI's deck export does the same.
        QVERIFY2(again.slideController()->exportDeck(m_dir.filePath("gui-noted"), "svg", &error, true),
                 qPrintable(error));
        const QStringList guiSvgs = QDir(m_dir.filePath("gui-noted")).entryList({"*.svg"}, QDir::Files);
        QCOMPARE(guiSvgs, svgs);
        for (const QString& svg : guiSvgs)
            QVERIFY2(readAll(QDir(m_dir.filePath("gui-noted")).filePath(svg)).contains(">1. "), qPrintable(svg));
    }

    void cliDrawsDiagrams_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("file");
        QTest::newRow("svg") << QStringList{"--format", "svg", "--focus", "NATO",
                                            "--depth",  "1",   "--title", "NATO"}
                             << 0 << "nato.svg";
        QTest::newRow("png 2x transparent")
            << QStringList{"--format", "png", "--focus", "NATO", "--scale", "2", "--transparent"}
            << 0 << "nato.png";
        QTest::newRow("pdf a4 as of")
            << QStringList{"--format", "pdf",  "--focus", "Oslo I Accord", "--depth",
                           "2",        "--at", "1995",    "--frame",       "a4"}
            << 0 << "oslo.pdf";
        QTest::newRow("svg 1000x700")
            << QStringList{"--format", "svg", "--focus", "NATO", "--title", "NATO", "--width", "1000", "--height", "700"}
            << 0
            << "nato-1000x700.svg";
        QTest::newRow("png width alone keeps 16:9")
            << QStringList{"--format", "png", "--focus", "NATO", "--width", "800"} << 0 << "nato-800.png";
        QTest::newRow("pdf with footnotes")
            << QStringList{"--format", "pdf", "--focus", "NATO", "--width", "1200", "--height", "1200", "--footnotes"}
            << 0 << "nato-square.pdf";
        QTest::newRow("bad width")
            << QStringList{"--format", "svg", "--focus", "NATO", "--width", "12px"} << 2 << "bad-width.svg";
        QTest::newRow("too small height")
            << QStringList{"--format", "svg", "--focus", "NATO", "--height", "20"} << 2 << "small.svg";
        QTest::newRow("bad frame")
            << QStringList{"--format", "svg", "--focus", "NATO", "--frame", "5:4"} << 2
            << "bad.svg";
        QTest::newRow("bad scale")
            << QStringList{"--format", "png", "--focus", "NATO", "--scale", "3"} << 2 << "bad.png";
        QTest::newRow("unknown entity")
            << QStringList{"--format", "svg", "--focus", "Atlantis"} << 1 << "none.svg";
        QTest::newRow("unwritable")
            << QStringList{"--format", "svg", "--focus", "NATO"} << 4 << "no/such/dir/x.svg";
    }

    void cliDrawsDiagrams()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, file);
        const QString out = m_dir.filePath(file);
        const Run r = cli(QStringList{"export", "--out", out} + args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        if (code != 0) {
            QVERIFY(!r.err.isEmpty());
            if (code == 4)
                QVERIFY2(r.err.contains(out), qPrintable(r.err));
            return;
        }
        const QByteArray data = readAll(out);
        if (file == QLatin1String("nato-1000x700.svg")) {
            QVERIFY2(data.contains("viewBox=\"0 0 1000 700\""), data.left(600).constData());
        } else if (file == QLatin1String("nato-800.png")) {
            QCOMPARE(QImage(out).size(), QSize(800, 450));
            return;
        } else if (file == QLatin1String("nato-square.pdf")) {
            QCOMPARE(pdfPages(data), 1);
            QVERIFY(data.contains("/MediaBox [0 0 900")); // 1200 px at 96 dpi in points
            QVERIFY(data.contains(" 900.000000]") || data.contains(" 900]"));
            return;
        }
        if (file.endsWith(".svg")) {
            QVERIFY(data.contains("<svg"));
            QVERIFY(data.contains(">NATO<"));
            QVERIFY(data.contains(">North Atlantic Treaty Organization<"));
        } else if (file.endsWith(".png")) {
            const QImage image(out);
            QCOMPARE(image.size(), QSize(3840, 2160));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        } else {
            QCOMPARE(pdfPages(data), 1);
            QVERIFY(data.contains("/MediaBox [0 0 595"));
        }
    }

    void cliDiagramIsDeterministic()
    {
        const QStringList args{"export", "--format", "svg", "--focus", "NATO", "--title", "Same"};
        QVERIFY(cli(args + QStringList{"--out", m_dir.filePath("a.svg")}).code == 0);
        QVERIFY(cli(args + QStringList{"--out", m_dir.filePath("b.svg")}).code == 0);
        QCOMPARE(readAll(m_dir.filePath("a.svg")), readAll(m_dir.filePath("b.svg")));
    }
};

QTEST_MAIN(TestDiagramGui)
#include "tst_diagramgui.moc"
