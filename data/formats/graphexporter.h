#pragma once

#include "exportoptions.h"
#include "graphformat.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace entente {

class ProjectStore;
struct GraphSnapshot;

/**
 * The one entry point for writing a project, or a chosen part of it, to other tools' formats
 * (DESIGN.md, `export`): GraphML, GEXF 1.3, CSV node + edge tables, Cytoscape.js JSON and
 * Graphviz DOT. Files are replaced only once completely written; a failure throws StoreError
 * (code Io) and leaves any earlier file in place.
 */
class GraphExporter
{
public:
    /** Loads the scope of `options` from the store and writes it; returns the files written. */
    static QStringList exportProject(ProjectStore& store, GraphFormat format, const QString& path,
                                     const ExportOptions& options = {});
    /** Writes a snapshot; returns the files written (two for CSV). */
    static QStringList write(const GraphSnapshot& snapshot, GraphFormat format, const QString& path,
                             const ExportOptions& options = {});
    /**
     * Where the two CSV tables go for `path`: a folder gets nodes.csv and edges.csv; a file
     * name `X` or `X.csv` gets `X-nodes.csv` and `X-edges.csv` beside it.
     */
    static std::pair<QString, QString> csvPaths(const QString& path);
};

} // namespace entente
