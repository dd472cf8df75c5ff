#pragma once

#include <QChar>
#include <QString>

class QIODevice;

namespace entente {

struct ExportOptions;
struct GraphSnapshot;

/**
 * Writes a node table and an edge table (UTF-8, comma, RFC 4180 quoting) with the column
 * names Gephi's spreadsheet import and CsvGraphReader both understand: Id, Label, Kind,
 * Category, Aliases, Description, Region, Country, Start, End, Sources and one column per
 * attribute; Id, Source, Target, Kind, Type (Directed/Undirected), Start, End, Note, Sources
 * and the attributes. Lists are joined with '|'.
 */
class CsvGraphWriter
{
public:
    static void write(const GraphSnapshot& snapshot, QIODevice& nodes, QIODevice& edges, const ExportOptions& options);
    /** A field quoted when it holds the delimiter, a quote, a line break or edge spaces. */
    static QString field(const QString& text, QChar delimiter = u',');
};

} // namespace entente
