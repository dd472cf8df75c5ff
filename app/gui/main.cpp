// entente: the desktop application.
#include "canvas/layoutrunner.h"
#include "mainwindow.h"
#include "themecontroller.h"
#include "timelinecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QElapsedTimer>
#include <QTextStream>

#include "canvas/graphcanvas.h"
#include "graph/graphdocument.h"
#include <QTimer>

namespace {

/** Remembers when the canvas was first painted with something on it. */
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(const QElapsedTimer* clock, entente::MainWindow* window) : QObject(window), m_clock(clock), m_window(window) {}
    qint64 elapsed() const { return m_elapsed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_elapsed < 0 && event->type() == QEvent::Paint && m_window->document()->graph())
            m_elapsed = m_clock->elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer* m_clock;
    entente::MainWindow* m_window;
    qint64 m_elapsed = -1;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Entente"));
    QApplication::setApplicationName(QStringLiteral("Entente"));
    QApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore a knowledge graph of political cooperation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file to open (default: the embedded dataset)."));
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Grab the main window to FILE once it has settled, then exit."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("select"), QStringLiteral("Select ENTITY (an id) after opening."), QStringLiteral("ENTITY")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size WIDTHxHEIGHT (for screenshots)."), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("at"), QStringLiteral("Show the graph as of YEAR (the timeline's as-of handle)."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("Mark what changed between two years, FROM:TO (e.g. 1989:1995)."), QStringLiteral("FROM:TO")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("Canvas theme for this session: light, dark or print."), QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("timing"), QStringLiteral("Print the time to the first painted canvas and to the settled layout, then exit.")});
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/entente/icons/entente.svg")));
    QElapsedTimer sinceStart;
    sinceStart.start();
    entente::MainWindow window;
    if (parser.isSet(QStringLiteral("theme"))) {
        entente::Theme::Id theme;
        if (!entente::Theme::fromName(parser.value(QStringLiteral("theme")), &theme)) {
            QTextStream(stderr) << "entente: --theme takes light, dark or print, not \"" << parser.value(QStringLiteral("theme")) << "\"\n";
            return 2;
        }
        window.themes()->apply(theme, false);
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(u'x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const QString project = parser.positionalArguments().value(0);
    if (!window.openProject(project) && parser.isSet(QStringLiteral("screenshot")))
        return 4;

    if (parser.isSet(QStringLiteral("timing"))) {
        // A benchmark, not a test: how long until a person sees the graph, and until it is still.
        auto* firstPaint = new FirstPaintWatcher(&sinceStart, &window);
        window.canvas()->viewport()->installEventFilter(firstPaint);
        QObject::connect(&window, &entente::MainWindow::layoutSettled, &window, [&sinceStart, firstPaint] {
            QTextStream(stderr) << "entente: first painted canvas after " << firstPaint->elapsed() << " ms; layout settled after "
                                << sinceStart.elapsed() << " ms\n";
            QApplication::exit(0);
        }, Qt::QueuedConnection);
    }

    const QString select = parser.value(QStringLiteral("select"));
    const int at = parser.value(QStringLiteral("at")).toInt();
    const QStringList compare = parser.value(QStringLiteral("compare")).split(u':', Qt::SkipEmptyParts);
    if ((parser.isSet(QStringLiteral("at")) && at <= 0) || (parser.isSet(QStringLiteral("compare")) && compare.size() != 2)) {
        QTextStream(stderr) << "entente: --at takes a year, --compare takes FROM:TO years\n";
        return 2;
    }
    QObject::connect(&window, &entente::MainWindow::layoutSettled, &window, [&] {
        if (!select.isEmpty() && !window.showEntity(select))
            qWarning("--select: no entity \"%s\"", qPrintable(select));
        if (at > 0)
            window.timelineController()->setAsOf(at);
        if (compare.size() == 2)
            window.timelineController()->compare(compare[0].toInt(), compare[1].toInt());
    });
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(&window, &entente::MainWindow::layoutSettled, &window, [&window, file] {
            // Let the canvas paint the settled layout before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 4);
            });
        }, Qt::QueuedConnection);
    }
    return app.exec();
}
