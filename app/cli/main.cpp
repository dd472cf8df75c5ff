// entente-cli: the scriptable face of Entente (DESIGN.md, command line contract).
#include "clirunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char** argv)
{
    // Diagrams (svg, png, pdf, --deck) draw with the canvas's widgets-based scene, which needs a
    // QApplication; offscreen, so the CLI runs without a display. Everything else stays core-only.
    std::unique_ptr<QCoreApplication> app;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (entente::CliRunner::needsGui(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("entente-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    entente::CliRunner runner(out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
