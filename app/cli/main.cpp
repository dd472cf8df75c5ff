// entente-cli: the scriptable face of Entente (DESIGN.md, command line contract).
#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("entente-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    entente::CliRunner runner(out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
