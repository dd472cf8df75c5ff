#include "projectschema.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storeerror.h"

#include <QMap>
#include <QString>
#include <algorithm>

namespace entente {

namespace {

// Version 1. Tables are STRICT so a tampered value type is refused; dates are packed
// integers (year*10000 + month*100 + day) so they sort and compare in SQL; no triggers or
// views: the full-text index is kept in step by the store's own writes.
const char* const SchemaV1 = R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE source(
  pk INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  accessed TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE relation_kind(
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  inverse_label TEXT NOT NULL,
  directed INTEGER NOT NULL,
  from_kinds TEXT NOT NULL,
  to_kinds TEXT NOT NULL,
  colour TEXT NOT NULL
) STRICT;
CREATE TABLE entity(
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('actor', 'organisation', 'treaty', 'mechanism')),
  category TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  start_date INTEGER,
  end_date INTEGER,
  attributes TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TABLE relation(
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind INTEGER NOT NULL REFERENCES relation_kind(pk),
  source INTEGER NOT NULL REFERENCES entity(pk) ON DELETE CASCADE,
  target INTEGER NOT NULL REFERENCES entity(pk) ON DELETE CASCADE,
  start_date INTEGER,
  end_date INTEGER,
  attributes TEXT NOT NULL DEFAULT '{}',
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX relation_by_source ON relation(source);
CREATE INDEX relation_by_target ON relation(target);
CREATE TABLE entity_source(
  entity INTEGER NOT NULL REFERENCES entity(pk) ON DELETE CASCADE,
  source INTEGER NOT NULL REFERENCES source(pk),
  PRIMARY KEY(entity, source)
) STRICT, WITHOUT ROWID;
CREATE TABLE relation_source(
  relation INTEGER NOT NULL REFERENCES relation(pk) ON DELETE CASCADE,
  source INTEGER NOT NULL REFERENCES source(pk),
  PRIMARY KEY(relation, source)
) STRICT, WITHOUT ROWID;
CREATE INDEX relation_source_by_source ON relation_source(source);
CREATE TABLE saved_view(
  pk INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  payload TEXT NOT NULL DEFAULT '{}',
  modified TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE VIRTUAL TABLE entity_fts USING fts5(name, aliases, description, tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Version 2: provenance belongs to the link. The passage quoted, the page and how sure the
// person citing was differ from fact to fact for one source, so they are columns of the link
// tables. Added with ALTER TABLE so a version-1 file keeps every row; the defaults say
// "nothing stated". Confidence: 0 unstated, 1 low, 2 medium, 3 high (Citation::Confidence).
const char* const SchemaV2 = R"sql(
ALTER TABLE entity_source ADD COLUMN quote TEXT NOT NULL DEFAULT '';
ALTER TABLE entity_source ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE entity_source ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 3);
ALTER TABLE relation_source ADD COLUMN quote TEXT NOT NULL DEFAULT '';
ALTER TABLE relation_source ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE relation_source ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 3);
CREATE INDEX entity_source_by_source ON entity_source(source);
)sql";

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
    bool operator==(const SchemaObject&) const = default;
};

QMap<QString, SchemaObject> readSchema(SqliteDatabase& db)
{
    QMap<QString, SchemaObject> objects;
    SqliteStatement st(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (st.step()) {
        const QString name = st.text(1);
        SchemaObject o{st.text(0), st.text(2), st.text(3).simplified()};
        // Statistics tables written by ANALYZE / PRAGMA optimize are harmless — but only as
        // tables: a trigger or view can be given such a name by editing sqlite_schema directly.
        if (name.startsWith(QLatin1String("sqlite_stat")) && o.type == QLatin1String("table") &&
            o.table == name)
            continue;
        // Names are unique in a sound schema; a second row under a known name would hide an
        // object from the comparison below.
        if (objects.contains(name))
            throw StoreError(
                StoreError::Code::Corrupt,
                QStringLiteral("%1: the project schema names \"%2\" twice — the file was "
                               "altered outside Entente and is not opened")
                    .arg(db.label(), name));
        // FTS5 writes its shadow tables' SQL itself; it may vary between SQLite versions.
        if (name.startsWith(QLatin1String("entity_fts_")))
            o.sql.clear();
        objects.insert(name, o);
    }
    return objects;
}

} // namespace

void ProjectSchema::applyStep(SqliteDatabase& db, int toVersion)
{
    switch (toVersion) {
    case 1:
        db.exec(SchemaV1);
        break;
    case 2:
        db.exec(SchemaV2);
        break;
    default:
        throw StoreError(StoreError::Code::Io, QStringLiteral("no migration to version %1").arg(toVersion));
    }
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion).toUtf8().constData());
}

void ProjectSchema::initialise(SqliteDatabase& db, int version)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId).toUtf8().constData());
    migrate(db, 0, version);
}

void ProjectSchema::migrate(SqliteDatabase& db, int fromVersion, int toVersion)
{
    for (int v = fromVersion + 1; v <= std::min(toVersion, int(CurrentVersion)); ++v) {
        SqliteTransaction tx(db);
        applyStep(db, v);
        tx.commit();
    }
}

int ProjectSchema::verify(SqliteDatabase& db)
{
    const qint64 appId = db.queryInt("PRAGMA application_id");
    const qint64 version = db.queryInt("PRAGMA user_version");
    if (appId != ApplicationId)
        throw StoreError(StoreError::Code::NotAProject,
                         QStringLiteral("%1: not an Entente project (an SQLite database with "
                                        "application id %2, expected %3)")
                             .arg(db.label())
                             .arg(appId)
                             .arg(ApplicationId));
    if (version > CurrentVersion)
        throw StoreError(StoreError::Code::NewerSchema,
                         QStringLiteral("%1: written by a newer Entente (schema version %2; this "
                                        "version reads up to %3) — update Entente to open it")
                             .arg(db.label())
                             .arg(version)
                             .arg(CurrentVersion));
    if (version < 0)
        throw StoreError(StoreError::Code::Corrupt,
                         QStringLiteral("%1: invalid schema version %2").arg(db.label()).arg(version));

    SqliteDatabase reference;
    reference.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create);
    for (int v = 1; v <= version; ++v)
        applyStep(reference, v);
    const auto expected = readSchema(reference);
    const auto actual = readSchema(db);
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        const auto e = expected.constFind(it.key());
        if (e == expected.constEnd())
            throw StoreError(StoreError::Code::Corrupt,
                             QStringLiteral("%1: unexpected %2 \"%3\" in the project schema — the "
                                            "file was altered outside Entente and is not opened")
                                 .arg(db.label(), it->type, it.key()));
        if (!(*e == *it))
            throw StoreError(StoreError::Code::Corrupt,
                             QStringLiteral("%1: %2 \"%3\" differs from the schema of version %4 "
                                            "— the file was altered outside Entente")
                                 .arg(db.label(), it->type, it.key())
                                 .arg(version));
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (!actual.contains(it.key()))
            throw StoreError(StoreError::Code::Corrupt,
                             QStringLiteral("%1: the project schema lacks %2 \"%3\"")
                                 .arg(db.label(), it->type, it.key()));
    return static_cast<int>(version);
}

} // namespace entente
