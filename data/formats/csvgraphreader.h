#pragma once

#include "csvcolumnmapping.h"
#include "importresult.h"

#include <QByteArray>
#include <QString>

namespace entente {

class ProgressReporter;
class RelationKindVocabulary;

/**
 * Reads graphs kept as spreadsheets: a node table and an edge table (Gephi's data laboratory,
 * our own export), or a single edge list in the "From, To, Type" style of Kumu, where the
 * nodes are implied by the edges. Columns are mapped by their header names (GraphFields), the
 * delimiter (`,` `;` or tab) is sniffed from the header, values are typed by their look
 * (numbers, true/false), and slash dates are read day-first or month-first as the file shows.
 * A CsvColumnMapping overrides the guess column by column. Tables are streamed row by row
 * (CsvStreamReader), never held whole, so their size is bounded only by the graph they make.
 */
class CsvGraphReader
{
public:
    /**
     * Reads one table; when it is one of a pair (`X-nodes.csv` / `X-edges.csv`, `nodes.csv` /
     * `edges.csv`, also with `_` or `.`) and the other exists beside it, reads both.
     */
    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             ProgressReporter* progress = nullptr,
                             const CsvColumnMapping& mapping = {});
    /** Reads a node table and an edge table; either path may be empty. */
    static ImportResult readTables(const QString& nodesPath, const QString& edgesPath,
                                   const RelationKindVocabulary& vocabulary,
                                   ProgressReporter* progress = nullptr,
                                   const CsvColumnMapping& mapping = {});
    /** The header (blank names as "column N") and then up to `rows` rows of a table, as text. */
    static QList<QStringList> head(const QString& path, int rows);

    /** The delimiter that splits the header best: ',', ';' or '\t' (',' when in doubt). */
    static QChar sniffDelimiter(const QByteArray& bytes);
    /** The existing other table of a pair, or an empty string. */
    static QString partnerTable(const QString& path);
};

} // namespace entente
