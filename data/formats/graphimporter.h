#pragma once

#include "csvcolumnmapping.h"
#include "graphformat.h"
#include "importresult.h"
#include "importsummary.h"

#include <QString>

namespace entente {

class ProgressReporter;
class ProjectStore;
class RelationKindVocabulary;

/**
 * The one entry point for reading graph files of other tools (DESIGN.md, `import`): tells the
 * format from the extension and the first bytes, hands the file to its reader, and — for the
 * command line — merges the result into a project in one transaction.
 *
 * Bad input throws FormatError (file:line:column and what was expected); a cancel through the
 * ProgressReporter throws ImportCancelled; neither has touched the project.
 */
class GraphImporter
{
public:
    /** The format of a file: its content when that is clear, else its extension. */
    static GraphFormat detect(const QString& path);

    /**
     * Reads a file (CSV, GraphML, GEXF, node-link or Cytoscape.js JSON, DOT). New edge types become
     * new relation kinds; kinds in `vocabulary` (the project's) are used, never replaced.
     * A non-empty `mapping` chooses what CSV columns mean; for any other format it is an error.
     */
    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             GraphFormat format = GraphFormat::Auto,
                             ProgressReporter* progress = nullptr,
                             const CsvColumnMapping& mapping = {});
    /** Reads a node table and an edge table as one graph; either path may be empty. */
    static ImportResult readCsvTables(const QString& nodesPath, const QString& edgesPath,
                                      const RelationKindVocabulary& vocabulary,
                                      ProgressReporter* progress = nullptr);

    /** Reads `path` and merges it into `store` (ImportMerger): all or nothing. */
    static ImportSummary importInto(ProjectStore& store, const QString& path,
                                    GraphFormat format = GraphFormat::Auto,
                                    ProgressReporter* progress = nullptr,
                                    const CsvColumnMapping& mapping = {});
};

} // namespace entente
