// entente-build-default: the build step that turns data/default/tables into default.entente.
#include "defaultdatasetbuilder.h"
#include "formats/formaterror.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds the default Entente dataset from its CSV tables."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tables"), QStringLiteral("Folder of CSV tables."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Project file to write."), QStringLiteral("FILE")});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("tables")) || !parser.isSet(QStringLiteral("out"))) {
        err << "usage: entente-build-default --tables DIR --out FILE\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        const auto batch = entente::DefaultDatasetBuilder::build(parser.value(QStringLiteral("tables")),
                                                                 parser.value(QStringLiteral("out")));
        QTextStream(stdout) << "default dataset: " << batch.entities.size() << " entities, "
                            << batch.relations.size() << " relations, " << batch.sources.size()
                            << " sources, " << batch.relationKinds.size() << " relation kinds, 0 rows dropped ("
                            << timer.elapsed() << " ms)\n";
    } catch (const entente::FormatError& e) {
        err << e.toString() << "\n";
        return 3;
    } catch (const entente::StoreError& e) {
        err << e.message() << "\n";
        return 4;
    }
    return 0;
}
