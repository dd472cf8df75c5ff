// entente: the desktop application.
#include "canvas/layoutrunner.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

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
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/entente/icons/entente.svg")));
    entente::MainWindow window;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(u'x');
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const QString project = parser.positionalArguments().value(0);
    if (!window.openProject(project) && parser.isSet(QStringLiteral("screenshot")))
        return 4;

    const QString select = parser.value(QStringLiteral("select"));
    QObject::connect(&window, &entente::MainWindow::layoutSettled, &window, [&] {
        if (!select.isEmpty() && !window.showEntity(select))
            qWarning("--select: no entity \"%s\"", qPrintable(select));
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
