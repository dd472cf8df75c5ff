#pragma once

#include "store/writebatch.h"

#include <QFlags>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace entente {

/**
 * The fields of an entity or relation that an imported file actually gave. A re-import merges
 * by id, and a field the file lacks (a node without a label gets its id as name, an edge
 * without a type gets a generic kind) must not overwrite what the project already knows.
 */
enum class ImportedField : quint16
{
    Name = 0x1,
    Kind = 0x2,
    Category = 0x4,
    Aliases = 0x8,
    Description = 0x10,
    Region = 0x20,
    Country = 0x40,
    Start = 0x80,
    End = 0x100,
    Note = 0x200,
};
Q_DECLARE_FLAGS(ImportedFields, ImportedField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ImportedFields)

/**
 * What reading one graph file produced, before it touches a project: the records to write as
 * one transaction, what was noticed on the way, and the layout hints (positions, colours) that
 * the project store has no place for but a view may want to keep.
 */
struct ImportResult
{
    WriteBatch batch;     ///< new relation kinds, the import source, entities, relations
    QStringList warnings; ///< things a user should know; never errors
    int skipped = 0; ///< records left out (blank rows, hyperedges, …), each explained in warnings
    QHash<QString, QPointF> positions; ///< entity id → position from the file (viz:position, x/y…)
    QHash<QString, QString> colours; ///< entity id → "#RRGGBB" from the file
    /** The fields the file gave, one per entity of `batch` in the same order: a list, not a map
     *  by id, because an import of millions of records should not hash every id once more. */
    QList<ImportedFields> entityFields;
    QList<ImportedFields> relationFields; ///< one per relation of `batch`, in the same order
    /** Keys of sources cited by the file but unknown to it: titled with the key only, and left
     *  out on merge when the project already has a source of that key. */
    QStringList placeholderSources;
    QString sourceKey; ///< key of the Source describing the imported file ("import:<file name>")
};

} // namespace entente
