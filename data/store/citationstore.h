#pragma once

#include "core/citation.h"
#include "core/sourceuse.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace entente {

class SqliteDatabase;

/**
 * The provenance side of the SQLite store: the source links of one entity or relation with
 * their quote, page and confidence (schema version 2; a version-1 file opened read-only has
 * links without them), where each source is used, which relations cite nothing, and user
 * tags. Kept apart from the bulk load and write paths of SqliteProjectStore.
 */
class CitationStore
{
public:
    enum class Owner
    {
        Entity,
        Relation
    };

    CitationStore(SqliteDatabase& db, int schemaVersion) : m_db(db), m_version(schemaVersion) {}

    /** Source keys linked to the row `pk` (sorted), filling `citations` for links with details. */
    QStringList read(Owner owner, qint64 pk, QMap<QString, Citation>* citations) const;
    /** Stores the details of an existing link (the link row must have been written). */
    void writeDetails(Owner owner, qint64 pk, qint64 sourcePk, const Citation& citation) const;

    /** Entities and relations citing each source, at most `perSource` of each kind per source. */
    QList<SourceUse> uses(int perSource) const;
    /** User tags (the "tags" attribute) → ids of the entities or relations carrying them. */
    QHash<QString, QSet<QString>> tags(Owner owner) const;

private:
    SqliteDatabase& m_db;
    int m_version;
};

} // namespace entente
