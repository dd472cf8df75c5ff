#pragma once

#include "store/writebatch.h"

#include <QString>

namespace entente {

/**
 * Turns the default dataset's CSV tables (data/default/tables, see TABLES.md) into a project
 * file. Every row is validated — ids, kinds, dates, endpoint kinds, sources, name clashes —
 * and the first invalid one stops the build with FormatError at its file:line:column; no row
 * is ever dropped silently.
 */
class DefaultDatasetBuilder
{
public:
    /** Reads and validates every table of `tablesDir` into one batch. */
    static WriteBatch readTables(const QString& tablesDir);
    /** Builds `outFile` (replacing it) from the tables; returns the batch that was written. */
    static WriteBatch build(const QString& tablesDir, const QString& outFile);
};

} // namespace entente
