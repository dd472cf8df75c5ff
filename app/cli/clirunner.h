#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace entente {

class KnowledgeGraph;
class PathConstraints;
class ProjectStore;

/**
 * entente-cli: parses a command line per the contract in DESIGN.md, runs the command against
 * a project (or the embedded default dataset) and prints text or JSON. Exit codes: 0 success,
 * 1 nothing found, 2 usage error, 3 bad input, 4 I/O or storage error.
 */
class CliRunner
{
public:
    enum ExitCode { Ok = 0, NothingFound = 1, Usage = 2, BadInput = 3, StorageError = 4 };

    CliRunner(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    int run(const QStringList& arguments);
    /** Whether these arguments draw a diagram, which needs a QApplication (offscreen is enough). */
    static bool needsGui(const QStringList& arguments);

private:
    struct Options;
    int info(const Options& o);
    int search(const Options& o);
    int show(const Options& o);
    int timeline(const Options& o);
    int path(const Options& o);
    int neighbours(const Options& o);
    int importFile(const Options& o);
    int exportFile(const Options& o);
    /** svg, png, pdf: the diagram of the chosen entities (diagramcommand.cpp draws it). */
    int exportDiagram(const Options& o);
    /** --deck: every saved view as a slide, into one PDF or a folder of PNG/SVG files. */
    int exportDeck(const Options& o);
    /** The entities --focus/--depth/--at/--kinds choose (all without them); prints why none. */
    int chooseEntities(const Options& o, const KnowledgeGraph& graph, std::vector<int>& out, QStringList* relationKindIds);

    /** Parts of the path options, so "which constraint cut the graph" can drop one at a time. */
    enum Facet : unsigned { KindsFacet = 1, AvoidFacet = 2, TimeFacet = 4, DirectedFacet = 8, AllFacets = 15 };
    bool buildConstraints(const Options& o, const KnowledgeGraph& graph, PathConstraints& c, int* exitCode, unsigned facets);

    std::unique_ptr<ProjectStore> openStore(const QString& project);
    /** Loads the graph and resolves an entity; prints the error and returns -1 if it fails. */
    int resolve(const KnowledgeGraph& graph, const QString& text, int* exitCode);
    /** Notes on stderr when --at lies outside the data's years or the entity's existence. */
    void noteTime(const Options& o, const KnowledgeGraph& graph, int vertex = -1);
    /** Checks for one ENTITY argument, opens the project, loads it and resolves the entity. */
    int openAndResolve(const Options& o, const QString& command, std::unique_ptr<ProjectStore>& store,
                       KnowledgeGraph& graph, int* exitCode);
    void usage();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace entente
