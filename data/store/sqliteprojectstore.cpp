#include "sqliteprojectstore.h"

#include "core/progressreporter.h"
#include "filereplace.h"
#include "graph/knowledgegraph.h"
#include "projectschema.h"
#include "query/searchquery.h"
#include "multirowinsert.h"
#include "sqlitestatement.h"
#include "storeerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <limits>
#include <sqlite3.h>

namespace entente {

namespace {

constexpr QChar AliasSeparator(0x1f);

QString joinKinds(const QList<EntityKind>& kinds)
{
    QStringList names;
    for (EntityKind k : kinds)
        names << entityKindName(k);
    return names.join(u'|');
}

QList<EntityKind> splitKinds(const QString& text)
{
    QList<EntityKind> kinds;
    for (const QString& part : text.split(u'|', Qt::SkipEmptyParts))
        if (auto k = entityKindFromName(part))
            kinds << *k;
    return kinds;
}

QString attributesToJson(const QVariantMap& map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap attributesFromJson(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("{}"))
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

/**
 * A page cache big enough for one large write, for as long as it runs. SQLite's default (2 MB)
 * makes a write of a million relations spill index pages to the journal and read them back
 * again and again (the id and endpoint indexes are filled in no particular order); the cache
 * only grows as pages are touched, so a small write costs nothing, and the connection's own
 * setting is restored afterwards.
 */
class LargeWriteCache
{
public:
    LargeWriteCache(SqliteDatabase& db, qsizetype records) : m_db(db)
    {
        if (records < LargeWrite)
            return;
        m_previous = m_db.queryInt("PRAGMA cache_size");
        m_db.exec("PRAGMA cache_size = -524288"); // KiB: at most 512 MiB
        m_raised = true;
    }
    ~LargeWriteCache()
    {
        if (!m_raised)
            return;
        try {
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous).toUtf8().constData());
        } catch (...) {
            // Only the cache setting is lost; the write itself has committed or rolled back.
        }
    }
    LargeWriteCache(const LargeWriteCache&) = delete;
    LargeWriteCache& operator=(const LargeWriteCache&) = delete;

private:
    static constexpr qsizetype LargeWrite = 20000;
    SqliteDatabase& m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

/** Reads the first bytes to tell an SQLite file from anything else before SQLite sees it. */
void checkIsSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Code::FileMissing, QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        throw StoreError(StoreError::Code::NotAProject,
                         QStringLiteral("%1: is a folder, not an Entente project").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Code::Io, QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (head.isEmpty())
        throw StoreError(StoreError::Code::NotAProject,
                         QStringLiteral("%1: the file is empty, not an Entente project").arg(path));
    if (head != QByteArray("SQLite format 3\0", 16))
        throw StoreError(StoreError::Code::NotAProject,
                         QStringLiteral("%1: not an Entente project (the file is not an SQLite "
                                        "database)")
                             .arg(path));
}

/** Runs verify() and turns low-level SQLite failures into a message about the file. */
int verifyOrExplain(SqliteDatabase& db)
{
    try {
        return ProjectSchema::verify(db);
    } catch (const StoreError& e) {
        if (e.code() == StoreError::Code::Io || e.code() == StoreError::Code::NotAProject) {
            const QString detail = e.message();
            if (detail.contains(QLatin1String("malformed")) || detail.contains(QLatin1String("not a database")))
                throw StoreError(StoreError::Code::Corrupt,
                                 QStringLiteral("%1: the project file is damaged and cannot be "
                                                "read (%2)")
                                     .arg(db.label(), detail.section(QStringLiteral(": "), -1)));
        }
        throw;
    }
}

} // namespace

std::unique_ptr<SqliteProjectStore> SqliteProjectStore::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Code::Io, QStringLiteral("%1: already exists").arg(path));
    // Claim the name atomically (O_EXCL) before SQLite sees it: of two programs creating the
    // same project at once, exactly one wins, and the other never initialises the winner's file.
    if (path != QLatin1String(":memory:")) {
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw StoreError(StoreError::Code::Io,
                             QStringLiteral("%1: cannot create: %2")
                                 .arg(path, QFileInfo::exists(path)
                                                ? QStringLiteral("already exists")
                                                : claim.errorString()));
    }
    std::unique_ptr<SqliteProjectStore> store(new SqliteProjectStore);
    store->m_db.open(path, SqliteDatabase::Mode::Create);
    store->prepareForWrite();
    ProjectSchema::initialise(store->m_db);
    store->m_version = ProjectSchema::CurrentVersion;
    store->setMetadata(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return store;
}

std::unique_ptr<SqliteProjectStore> SqliteProjectStore::open(const QString& path, bool readOnly)
{
    checkIsSqliteFile(path);
    std::unique_ptr<SqliteProjectStore> store(new SqliteProjectStore);
    // First look read-only: a file that is not ours is refused before anything is written.
    store->m_db.open(path, SqliteDatabase::Mode::ReadOnly);
    const int version = verifyOrExplain(store->m_db);
    // A damaged file is refused before anything could write to it. The check reads the whole
    // file, so it is limited to files small enough to check in a blink; larger ones are
    // checked page by page as they load.
    if (QFileInfo(path).size() <= QuickCheckLimit) {
        SqliteStatement check(store->m_db, "PRAGMA quick_check(1)");
        const QString verdict = check.step() ? check.text(0) : QStringLiteral("no answer");
        if (verdict != QLatin1String("ok"))
            throw StoreError(StoreError::Code::Corrupt,
                             QStringLiteral("%1: the project file is damaged (%2)").arg(path, verdict));
    }
    const bool writable = QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if (readOnly || !writable) {
        // An older file is read as it is (a version-1 file has source links without quote,
        // page or confidence); it is migrated only when opened for writing. Version 0 has no
        // tables yet, so there is nothing to read before an upgrade.
        if (version < 1)
            throw StoreError(StoreError::Code::ReadOnly,
                             QStringLiteral("%1: uses schema version %2 and must be upgraded, "
                                            "which needs write access")
                                 .arg(path)
                                 .arg(version));
        store->m_readOnly = true;
        store->m_version = version;
        return store;
    }
    store->m_db.close();
    store->m_db.open(path, SqliteDatabase::Mode::ReadWrite);
    const int current = verifyOrExplain(store->m_db);
    if (current < ProjectSchema::CurrentVersion) {
        store->prepareForWrite();
        ProjectSchema::migrate(store->m_db, current);
    }
    store->m_version = ProjectSchema::CurrentVersion;
    return store;
}

std::unique_ptr<SqliteProjectStore> SqliteProjectStore::openImage(const QByteArray& image, const QString& label)
{
    if (!image.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw StoreError(StoreError::Code::NotAProject,
                         QStringLiteral("%1: not an Entente project image").arg(label));
    std::unique_ptr<SqliteProjectStore> store(new SqliteProjectStore);
    store->m_db.openImage(image, label);
    const int version = verifyOrExplain(store->m_db);
    if (version != ProjectSchema::CurrentVersion)
        throw StoreError(StoreError::Code::NewerSchema,
                         QStringLiteral("%1: image has schema version %2, expected %3")
                             .arg(label)
                             .arg(version)
                             .arg(ProjectSchema::CurrentVersion));
    store->m_readOnly = true;
    store->m_version = version;
    return store;
}

void SqliteProjectStore::prepareForWrite()
{
    requireWritable();
    if (m_walReady)
        return;
    // Switched on the first write rather than at open, so merely opening a file (even a
    // damaged or foreign one) never rewrites its header.
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_walReady = true;
}

void SqliteProjectStore::requireWritable() const
{
    if (m_readOnly)
        throw StoreError(StoreError::Code::ReadOnly,
                         QStringLiteral("%1 is read-only; use Save As to make an editable copy")
                             .arg(m_db.label()));
}

void SqliteProjectStore::loadGraph(KnowledgeGraph& graph, ProgressReporter* progress)
{
    QHash<qint64, int> kindByPk;
    graph.setVocabulary(readVocabulary(&kindByPk));
    const qint64 entityCount = m_db.queryInt("SELECT count(*) FROM entity");
    const qint64 relationCount = m_db.queryInt("SELECT count(*) FROM relation");
    const qint64 maxPk = m_db.queryInt("SELECT coalesce(max(pk), 0) FROM entity");
    graph.reserve(entityCount, relationCount);
    const qint64 total = entityCount + relationCount;
    qint64 done = 0;

    std::vector<int> vertexByPk(static_cast<size_t>(maxPk + 1), -1);
    {
        SqliteStatement st(m_db, "SELECT pk, id, kind, category, name, aliases, region, country, "
                                 "start_date, end_date FROM entity ORDER BY pk");
        QHash<QString, QString> categories; // share one string per category
        while (st.step()) {
            Entity e;
            e.id = st.text(1);
            e.kind = entityKindFromName(st.text(2)).value_or(EntityKind::Actor);
            const QString category = st.text(3);
            auto c = categories.constFind(category);
            if (c == categories.constEnd())
                c = categories.insert(category, category);
            e.category = *c;
            e.name = st.text(4);
            const QString aliases = st.text(5);
            if (!aliases.isEmpty())
                e.aliases = aliases.split(AliasSeparator, Qt::SkipEmptyParts);
            e.region = st.text(6);
            e.country = st.text(7);
            e.existence = DateInterval(st.date(8), st.date(9));
            vertexByPk[static_cast<size_t>(st.int64(0))] = graph.addEntity(std::move(e));
            if ((++done & 0xffff) == 0 && !reportProgress(progress, done, total))
                return;
        }
    }
    {
        SqliteStatement st(m_db, "SELECT id, kind, source, target, start_date, end_date, pk FROM "
                                 "relation ORDER BY pk");
        // Which relations cite a source, by walking the link table's primary key in the same
        // pk order beside the relations: one sequential pass, no lookup per relation.
        SqliteStatement cited(m_db,
                              "SELECT DISTINCT relation FROM relation_source ORDER BY relation");
        qint64 nextCited = cited.step() ? cited.int64(0) : std::numeric_limits<qint64>::max();
        while (st.step()) {
            const qint64 pk = st.int64(6);
            while (nextCited < pk)
                nextCited = cited.step() ? cited.int64(0) : std::numeric_limits<qint64>::max();
            const int kind = kindByPk.value(st.int64(1), -1);
            const auto s = static_cast<size_t>(st.int64(2));
            const auto t = static_cast<size_t>(st.int64(3));
            if (kind < 0 || s >= vertexByPk.size() || t >= vertexByPk.size())
                throw StoreError(StoreError::Code::Corrupt,
                                 QStringLiteral("%1: relation %2 refers to a missing kind or entity")
                                     .arg(m_db.label(), st.text(0)));
            graph.addRelation(st.text(0), kind, vertexByPk[s], vertexByPk[t],
                              DateInterval(st.date(4), st.date(5)), nextCited != pk);
            if ((++done & 0xffff) == 0 && !reportProgress(progress, done, total))
                return;
        }
    }
    graph.finalize();
    reportProgress(progress, total, total);
}

namespace {
const char* const EntityColumns = "SELECT pk, id, kind, category, name, aliases, description, region, country, "
                                  "start_date, end_date, attributes FROM entity ";

/** One full entity row of EntityColumns (its sources are read separately). */
Entity readEntity(const SqliteStatement& st)
{
    Entity e;
    e.id = st.text(1);
    e.kind = entityKindFromName(st.text(2)).value_or(EntityKind::Actor);
    e.category = st.text(3);
    e.name = st.text(4);
    e.aliases = st.text(5).split(AliasSeparator, Qt::SkipEmptyParts);
    e.description = st.text(6);
    e.region = st.text(7);
    e.country = st.text(8);
    e.existence = DateInterval(st.date(9), st.date(10));
    e.attributes = attributesFromJson(st.text(11));
    return e;
}
} // namespace

std::optional<Entity> SqliteProjectStore::entity(const QString& id)
{
    const QByteArray sql = QByteArray(EntityColumns) + "WHERE id = ?1";
    SqliteStatement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Entity e = readEntity(st);
    e.sources = citations().read(CitationStore::Owner::Entity, st.int64(0), &e.citations);
    return e;
}

void SqliteProjectStore::readRelationSources(qint64 pk, Relation& r)
{
    r.sources = citations().read(CitationStore::Owner::Relation, pk, &r.citations);
}

namespace {
const char* const RelationColumns =
    "SELECT r.pk, r.id, k.id, s.id, t.id, r.start_date, r.end_date, r.attributes, r.note "
    "FROM relation r JOIN relation_kind k ON k.pk = r.kind JOIN entity s ON s.pk = r.source "
    "JOIN entity t ON t.pk = r.target ";

Relation readRelation(const SqliteStatement& st)
{
    Relation r;
    r.id = st.text(1);
    r.kind = st.text(2);
    r.source = st.text(3);
    r.target = st.text(4);
    r.interval = DateInterval(st.date(5), st.date(6));
    r.attributes = attributesFromJson(st.text(7));
    r.note = st.text(8);
    return r;
}
} // namespace

std::optional<Relation> SqliteProjectStore::relation(const QString& id)
{
    const QByteArray sql = QByteArray(RelationColumns) + "WHERE r.id = ?1";
    SqliteStatement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Relation r = readRelation(st);
    readRelationSources(st.int64(0), r);
    return r;
}

QList<Relation> SqliteProjectStore::relationsOf(const QString& entityId)
{
    const QByteArray sql = QByteArray(RelationColumns) +
                           "WHERE r.source = (SELECT pk FROM entity WHERE id = ?1) UNION ALL " +
                           RelationColumns +
                           "WHERE r.target = (SELECT pk FROM entity WHERE id = ?1) "
                           "AND r.source <> r.target ORDER BY 6, 2";
    SqliteStatement st(m_db, sql.constData());
    st.bind(1, entityId);
    QList<Relation> out;
    QList<qint64> pks;
    while (st.step()) {
        out << readRelation(st);
        pks << st.int64(0);
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        readRelationSources(pks[i], out[i]);
    return out;
}

QList<Source> SqliteProjectStore::sources(const QStringList& keys)
{
    SqliteStatement st(m_db, "SELECT key, title, publisher, url, version, accessed FROM source WHERE key = ?1");
    QList<Source> out;
    for (const QString& key : keys) {
        st.bind(1, key);
        if (st.step())
            out << Source{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
        st.reset();
    }
    return out;
}

QList<Source> SqliteProjectStore::allSources()
{
    SqliteStatement st(m_db, "SELECT key, title, publisher, url, version, accessed FROM source ORDER BY key");
    QList<Source> out;
    while (st.step())
        out << Source{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
    return out;
}

QStringList SqliteProjectStore::search(const SearchQuery& query, const QString& kind, int limit)
{
    if (query.isEmpty() || limit <= 0)
        return {};
    QStringList parts;
    QStringList words;
    for (const SearchQuery::Term& t : query.terms()) {
        QString quoted = u'"' + QString(t.text).replace(u'"', QStringLiteral("\"\"")) + u'"';
        parts << (t.phrase ? quoted : quoted + u'*');
        words << t.text;
    }
    // An exact name or alias ("WTO") ranks first, then text relevance (bm25, lower is better)
    // nudged by how connected an entity is, so NATO comes before an obscure namesake.
    QStringList out;
    const QString typed = words.join(u' ');
    SqliteStatement st(m_db,
                       "SELECT e.id FROM entity_fts JOIN entity e ON e.pk = entity_fts.rowid "
                       "WHERE entity_fts MATCH ?1 AND (?2 = '' OR e.kind = ?2) "
                       "ORDER BY (lower(e.name) = lower(?3) OR instr(char(31) || lower(e.aliases) || char(31), "
                       "char(31) || lower(?3) || char(31)) > 0) DESC, "
                       "(substr(lower(e.name), 1, length(?3)) = lower(?3)) DESC, "
                       "(instr(lower(e.name), lower(?3)) > 0) DESC, "
                       "bm25(entity_fts, 12.0, 3.0, 0.5) - 0.4 * ln(1 + "
                       "(SELECT count(*) FROM relation r WHERE r.source = e.pk) + "
                       "(SELECT count(*) FROM relation r WHERE r.target = e.pk)), e.name LIMIT ?4");
    st.bind(1, parts.join(u' ')).bind(2, kind).bind(3, typed).bind(4, limit);
    while (st.step())
        out << st.text(0);
    return out;
}

ProjectStatistics SqliteProjectStore::statistics()
{
    ProjectStatistics s;
    s.entities = m_db.queryInt("SELECT count(*) FROM entity");
    s.relations = m_db.queryInt("SELECT count(*) FROM relation");
    s.sources = m_db.queryInt("SELECT count(*) FROM source");
    s.unsourcedRelations = m_db.queryInt(
        "SELECT count(*) FROM relation r WHERE NOT EXISTS (SELECT 1 FROM relation_source rs WHERE "
        "rs.relation = r.pk)");
    s.datedRelations = m_db.queryInt("SELECT count(*) FROM relation WHERE start_date IS NOT NULL");
    s.endedRelations = m_db.queryInt("SELECT count(*) FROM relation WHERE end_date IS NOT NULL");
    s.censoredRelations = m_db.queryInt("SELECT count(*) FROM relation WHERE instr(attributes, '\"observed_until\"') > 0");
    s.entitiesWithoutRelations = m_db.queryInt(
        "SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM relation WHERE source = e.pk) "
        "AND NOT EXISTS (SELECT 1 FROM relation WHERE target = e.pk)");
    s.entitiesWithoutDescription = m_db.queryInt("SELECT count(*) FROM entity WHERE description = ''");
    auto fill = [this](const char* sql, QMap<QString, qint64>& into) {
        SqliteStatement st(m_db, sql);
        while (st.step())
            into.insert(st.text(0), st.int64(1));
    };
    fill("SELECT kind, count(*) FROM entity GROUP BY kind", s.entityKinds);
    fill("SELECT category, count(*) FROM entity GROUP BY category", s.categories);
    fill("SELECT k.id, count(*) FROM relation r JOIN relation_kind k ON k.pk = r.kind GROUP BY k.id",
         s.relationKinds);
    return s;
}

QString SqliteProjectStore::metadata(const QString& key)
{
    SqliteStatement st(m_db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void SqliteProjectStore::setMetadata(const QString& key, const QString& value)
{
    prepareForWrite();
    SqliteStatement st(m_db, "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

QList<Entity> SqliteProjectStore::allEntities()
{
    // Sources in one pass rather than one query per entity: exports read whole projects.
    QHash<qint64, QStringList> sourcesByEntity;
    {
        SqliteStatement st(m_db, "SELECT es.entity, s.key FROM entity_source es JOIN source s ON s.pk = es.source "
                                 "ORDER BY es.entity, s.key");
        while (st.step())
            sourcesByEntity[st.int64(0)] << st.text(1);
    }
    const QByteArray sql = QByteArray(EntityColumns) + "ORDER BY pk";
    SqliteStatement st(m_db, sql.constData());
    QList<Entity> out;
    while (st.step()) {
        Entity e = readEntity(st);
        e.sources = sourcesByEntity.value(st.int64(0));
        out << e;
    }
    return out;
}

QList<Relation> SqliteProjectStore::allRelations()
{
    QHash<qint64, QStringList> sourcesByRelation;
    {
        SqliteStatement st(m_db, "SELECT rs.relation, s.key FROM relation_source rs JOIN source s ON s.pk = "
                                 "rs.source ORDER BY rs.relation, s.key");
        while (st.step())
            sourcesByRelation[st.int64(0)] << st.text(1);
    }
    const QByteArray sql = QByteArray(RelationColumns) + "ORDER BY r.pk";
    SqliteStatement st(m_db, sql.constData());
    QList<Relation> out;
    while (st.step()) {
        Relation r = readRelation(st);
        r.sources = sourcesByRelation.value(st.int64(0));
        out << r;
    }
    return out;
}

RelationKindVocabulary SqliteProjectStore::vocabulary()
{
    return readVocabulary(nullptr);
}

RelationKindVocabulary SqliteProjectStore::readVocabulary(QHash<qint64, int>* indexByPk)
{
    RelationKindVocabulary vocabulary;
    SqliteStatement st(m_db, "SELECT pk, id, label, inverse_label, directed, from_kinds, to_kinds, colour "
                             "FROM relation_kind ORDER BY pk");
    while (st.step()) {
        RelationKind k;
        k.id = st.text(1);
        k.label = st.text(2);
        k.inverseLabel = st.text(3);
        k.directed = st.int64(4) != 0;
        k.fromKinds = splitKinds(st.text(5));
        k.toKinds = splitKinds(st.text(6));
        k.colour = st.text(7);
        const int index = vocabulary.add(k);
        if (indexByPk)
            indexByPk->insert(st.int64(0), index);
    }
    return vocabulary;
}

QStringList SqliteProjectStore::entityIds()
{
    SqliteStatement st(m_db, "SELECT id FROM entity ORDER BY pk");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList SqliteProjectStore::relationIds()
{
    SqliteStatement st(m_db, "SELECT id FROM relation ORDER BY pk");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<SourceUse> SqliteProjectStore::sourceUses(int perSource)
{
    return citations().uses(perSource);
}

QHash<QString, QSet<QString>> SqliteProjectStore::tags(bool relations)
{
    return citations().tags(relations ? CitationStore::Owner::Relation
                                      : CitationStore::Owner::Entity);
}

WriteSummary SqliteProjectStore::write(const WriteBatch& batch)
{
    prepareForWrite();
    if (batch.isEmpty())
        return {};
    // Many relations into a project that has none (an import into a new project): written
    // in bulk. Should the batch name one relation id twice, the bulk write stops at the
    // conflict, rolls back, and the batch is written again record by record.
    const bool bulk = batch.relations.size() >= BulkRelations && batch.deletedEntities.isEmpty() &&
                      batch.deletedRelations.isEmpty() && m_db.queryInt("SELECT EXISTS (SELECT 1 FROM relation)") == 0;
    if (bulk) {
        try {
            return writeBatch(batch, true);
        } catch (const BulkConflict&) {
        }
    }
    return writeBatch(batch, false);
}

WriteSummary SqliteProjectStore::writeBatch(const WriteBatch& batch, bool bulk)
{
    WriteSummary summary;
    auto invalid = [this](const QString& what) {
        return StoreError(StoreError::Code::InvalidData, QStringLiteral("%1: %2").arg(m_db.label(), what));
    };
    const LargeWriteCache cache(m_db, batch.entities.size() + batch.relations.size());
    SqliteTransaction tx(m_db);

    SqliteStatement putKind(m_db,
        "INSERT INTO relation_kind(id, label, inverse_label, directed, from_kinds, to_kinds, colour) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
        "inverse_label = excluded.inverse_label, directed = excluded.directed, "
        "from_kinds = excluded.from_kinds, to_kinds = excluded.to_kinds, colour = excluded.colour");
    for (const RelationKind& k : batch.relationKinds) {
        if (k.id.trimmed().isEmpty())
            throw invalid(QStringLiteral("a relation kind has an empty id"));
        putKind.bind(1, k.id).bind(2, k.label).bind(3, k.inverseLabel).bind(4, k.directed ? 1 : 0)
            .bind(5, joinKinds(k.fromKinds)).bind(6, joinKinds(k.toKinds)).bind(7, k.colour).run();
    }

    SqliteStatement putSource(m_db,
        "INSERT INTO source(key, title, publisher, url, version, accessed) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(key) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, "
        "url = excluded.url, version = excluded.version, accessed = excluded.accessed");
    for (const Source& s : batch.sources) {
        if (s.key.trimmed().isEmpty() || s.title.trimmed().isEmpty())
            throw invalid(QStringLiteral("source \"%1\" needs a key and a title").arg(s.key));
        putSource.bind(1, s.key).bind(2, s.title).bind(3, s.publisher).bind(4, s.url)
            .bind(5, s.version).bind(6, s.accessed).run();
    }

    QHash<QString, qint64> sourcePk;
    SqliteStatement findSource(m_db, "SELECT pk FROM source WHERE key = ?1");
    // Owners are named (`relation r1`) only in an error: a large import cites millions of times.
    auto sourceOf = [&](const QString& key, QStringView what, const QString& id) {
        auto it = sourcePk.constFind(key);
        if (it != sourcePk.constEnd())
            return *it;
        findSource.bind(1, key);
        if (!findSource.step())
            throw invalid(QStringLiteral("%1 %2 cites source \"%3\", which does not exist").arg(what, id, key));
        const qint64 pk = findSource.int64(0);
        findSource.reset();
        sourcePk.insert(key, pk);
        return pk;
    };

    QHash<QString, qint64> entityPk;
    SqliteStatement findEntity(m_db, "SELECT pk FROM entity WHERE id = ?1");
    auto lookupEntity = [&](const QString& id) -> qint64 {
        auto it = entityPk.constFind(id);
        if (it != entityPk.constEnd())
            return *it;
        findEntity.bind(1, id);
        const qint64 pk = findEntity.step() ? findEntity.int64(0) : 0;
        findEntity.reset();
        if (pk)
            entityPk.insert(id, pk);
        return pk;
    };

    // New ids are inserted without looking them up first (an import into a new project has
    // only new ones); an id the project has makes the insert do nothing, and is then updated.
    SqliteStatement insertEntity(m_db,
        "INSERT INTO entity(id, kind, category, name, aliases, description, region, country, "
        "start_date, end_date, attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(id) DO NOTHING");
    SqliteStatement updateEntity(m_db,
        "UPDATE entity SET kind = ?2, category = ?3, name = ?4, aliases = ?5, description = ?6, "
        "region = ?7, country = ?8, start_date = ?9, end_date = ?10, attributes = ?11 WHERE pk = ?1");
    SqliteStatement deleteFts(m_db, "DELETE FROM entity_fts WHERE rowid = ?1");
    SqliteStatement insertFts(m_db, "INSERT INTO entity_fts(rowid, name, aliases, description) VALUES (?1, ?2, ?3, ?4)");
    SqliteStatement clearEntitySources(m_db, "DELETE FROM entity_source WHERE entity = ?1");
    SqliteStatement addEntitySource(m_db, "INSERT OR IGNORE INTO entity_source(entity, source) VALUES (?1, ?2)");
    for (const Entity& e : batch.entities) {
        if (e.id.trimmed().isEmpty())
            throw invalid(QStringLiteral("an entity has an empty id"));
        if (e.name.trimmed().isEmpty())
            throw invalid(QStringLiteral("entity %1 has no name").arg(e.id));
        if (!e.existence.isValid())
            throw invalid(QStringLiteral("entity %1 ends (%2) before it starts (%3)")
                              .arg(e.id, e.existence.end().toString(), e.existence.start().toString()));
        auto bindEntity = [&](SqliteStatement& st) {
            st.bind(2, entityKindName(e.kind)).bind(3, e.category).bind(4, e.name)
                .bind(5, e.aliases.join(AliasSeparator)).bind(6, e.description).bind(7, e.region)
                .bind(8, e.country).bind(9, e.existence.start()).bind(10, e.existence.end())
                .bind(11, attributesToJson(e.attributes))
                .run();
        };
        // Known to this write already (an id twice in one batch), else tried as new.
        qint64 pk = entityPk.value(e.id, 0);
        if (!pk) {
            insertEntity.bind(1, e.id);
            bindEntity(insertEntity);
            if (sqlite3_changes(m_db.handle()) > 0) {
                pk = sqlite3_last_insert_rowid(m_db.handle());
                entityPk.insert(e.id, pk);
                ++summary.entitiesAdded;
            } else {
                pk = lookupEntity(e.id);
                updateEntity.bind(1, pk);
                bindEntity(updateEntity);
                ++summary.entitiesUpdated;
                deleteFts.bind(1, pk).run();
                clearEntitySources.bind(1, pk).run();
            }
        } else {
            updateEntity.bind(1, pk);
            bindEntity(updateEntity);
            ++summary.entitiesUpdated;
            deleteFts.bind(1, pk).run();
            clearEntitySources.bind(1, pk).run();
        }
        insertFts.bind(1, pk).bind(2, e.name).bind(3, e.aliases.join(u' ')).bind(4, e.description).run();
        for (const QString& key : e.sources) {
            const qint64 spk = sourceOf(key, u"entity", e.id);
            addEntitySource.bind(1, pk).bind(2, spk).run();
            if (const auto c = e.citations.constFind(key); c != e.citations.constEnd())
                citations().writeDetails(CitationStore::Owner::Entity, pk, spk, *c);
        }
    }

    QHash<QString, qint64> kindPk;
    SqliteStatement findKind(m_db, "SELECT pk FROM relation_kind WHERE id = ?1");
    auto kindOf = [&](const Relation& r) {
        qint64 kpk = kindPk.value(r.kind, 0);
        if (!kpk) {
            findKind.bind(1, r.kind);
            if (!findKind.step())
                throw invalid(QStringLiteral("relation %1 has unknown kind \"%2\"").arg(r.id, r.kind));
            kpk = findKind.int64(0);
            findKind.reset();
            kindPk.insert(r.kind, kpk);
        }
        return kpk;
    };
    auto endpointsOf = [&](const Relation& r) {
        const qint64 spk = lookupEntity(r.source);
        if (!spk)
            throw invalid(QStringLiteral("relation %1 starts at \"%2\", which is not an entity").arg(r.id, r.source));
        const qint64 tpk = lookupEntity(r.target);
        if (!tpk)
            throw invalid(QStringLiteral("relation %1 ends at \"%2\", which is not an entity").arg(r.id, r.target));
        if (!r.interval.isValid())
            throw invalid(QStringLiteral("relation %1 ends (%2) before it starts (%3)")
                              .arg(r.id, r.interval.end().toString(), r.interval.start().toString()));
        return std::pair{spk, tpk};
    };
    if (bulk) {
        // The project has no relations: every id is new, so each gets the next key without a
        // lookup, and the rows go in many to a statement. The secondary indexes of the two
        // tables are dropped first and built again at the end, inside this transaction: sorting
        // once is far cheaper than a million inserts in no particular order.
        QList<QByteArray> indexNames, indexSql;
        {
            SqliteStatement st(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                     "tbl_name IN ('relation', 'relation_source') AND sql IS NOT NULL");
            while (st.step()) {
                indexNames << st.text(0).replace(u'"', QStringLiteral("\"\"")).toUtf8();
                indexSql << st.text(1).toUtf8();
            }
        }
        for (const QByteArray& name : std::as_const(indexNames))
            m_db.exec("DROP INDEX \"" + name + '"');
        // Citations are written a statement at a time, possibly before the statement holding
        // their relation: foreign keys are checked at commit (the pragma ends with the transaction).
        m_db.exec("PRAGMA defer_foreign_keys = ON");
        qint64 pk = m_db.queryInt("SELECT coalesce(max(pk), 0) FROM relation");
        qsizetype citations = 0;
        for (const Relation& r : batch.relations)
            citations += r.sources.size();
        MultiRowInsert relations(m_db,
            "INSERT INTO relation(pk, id, kind, source, target, start_date, end_date, attributes, note) VALUES ",
            9, batch.relations.size());
        MultiRowInsert cited(m_db, "INSERT OR IGNORE INTO relation_source(relation, source) VALUES ", 2, citations);
        // One id twice in the batch makes a statement fail on the unique id: the record-by-record
        // write then updates the first with the second, as for any known id.
        auto endRow = [this](MultiRowInsert& insert) {
            try {
                insert.endRow();
            } catch (const StoreError&) {
                if (sqlite3_extended_errcode(m_db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
                    throw BulkConflict();
                throw;
            }
        };
        for (const Relation& r : batch.relations) {
            if (r.id.trimmed().isEmpty())
                throw invalid(QStringLiteral("a relation has an empty id"));
            const qint64 kpk = kindOf(r);
            const auto ends = endpointsOf(r);
            ++pk;
            relations.bind(1, pk).bind(2, r.id).bind(3, kpk).bind(4, ends.first).bind(5, ends.second)
                .bind(6, r.interval.start()).bind(7, r.interval.end())
                .bind(8, attributesToJson(r.attributes)).bind(9, r.note);
            endRow(relations);
            for (const QString& key : r.sources) {
                cited.bind(1, pk).bind(2, sourceOf(key, u"relation", r.id));
                endRow(cited);
            }
        }
        summary.relationsAdded = static_cast<int>(batch.relations.size());
        for (const QByteArray& sql : std::as_const(indexSql))
            m_db.exec(sql.constData());
    }

    SqliteStatement findRelation(m_db, "SELECT pk FROM relation WHERE id = ?1");
    SqliteStatement insertRelation(m_db,
        "INSERT INTO relation(id, kind, source, target, start_date, end_date, attributes, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO NOTHING");
    SqliteStatement updateRelation(m_db,
        "UPDATE relation SET kind = ?2, source = ?3, target = ?4, start_date = ?5, end_date = ?6, "
        "attributes = ?7, note = ?8 WHERE pk = ?1");
    SqliteStatement clearRelationSources(m_db, "DELETE FROM relation_source WHERE relation = ?1");
    SqliteStatement addRelationSource(m_db, "INSERT OR IGNORE INTO relation_source(relation, source) VALUES (?1, ?2)");
    for (const Relation& r : bulk ? QList<Relation>() : batch.relations) {
        if (r.id.trimmed().isEmpty())
            throw invalid(QStringLiteral("a relation has an empty id"));
        const qint64 kpk = kindOf(r);
        const auto ends = endpointsOf(r);
        const qint64 spk = ends.first;
        const qint64 tpk = ends.second;
        auto bindRelation = [&](SqliteStatement& st) {
            st.bind(2, kpk).bind(3, spk).bind(4, tpk).bind(5, r.interval.start()).bind(6, r.interval.end())
                .bind(7, attributesToJson(r.attributes)).bind(8, r.note)
                .run();
        };
        // As for entities: tried as new, updated when the id is taken.
        insertRelation.bind(1, r.id);
        bindRelation(insertRelation);
        qint64 pk = 0;
        if (sqlite3_changes(m_db.handle()) > 0) {
            pk = sqlite3_last_insert_rowid(m_db.handle());
            ++summary.relationsAdded;
        } else {
            findRelation.bind(1, r.id);
            pk = findRelation.step() ? findRelation.int64(0) : 0;
            findRelation.reset();
            updateRelation.bind(1, pk);
            bindRelation(updateRelation);
            ++summary.relationsUpdated;
            clearRelationSources.bind(1, pk).run();
        }
        for (const QString& key : r.sources) {
            const qint64 spk = sourceOf(key, u"relation", r.id);
            addRelationSource.bind(1, pk).bind(2, spk).run();
            if (const auto c = r.citations.constFind(key); c != r.citations.constEnd())
                citations().writeDetails(CitationStore::Owner::Relation, pk, spk, *c);
        }
    }

    SqliteStatement deleteRelation(m_db, "DELETE FROM relation WHERE id = ?1");
    for (const QString& id : batch.deletedRelations) {
        deleteRelation.bind(1, id).run();
        summary.deleted += sqlite3_changes(m_db.handle());
    }
    SqliteStatement deleteEntity(m_db, "DELETE FROM entity WHERE pk = ?1");
    for (const QString& id : batch.deletedEntities) {
        const qint64 pk = lookupEntity(id);
        if (!pk)
            continue;
        deleteFts.bind(1, pk).run();
        deleteEntity.bind(1, pk).run();
        entityPk.remove(id);
        ++summary.deleted;
    }
    tx.commit();
    return summary;
}

void SqliteProjectStore::saveCopyAs(const QString& path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString temp = target + QStringLiteral(".saving");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
    {
        // The backup API copies page by page from any source, the in-memory image included.
        SqliteDatabase copy;
        copy.open(temp, SqliteDatabase::Mode::Create);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", m_db.handle(), "main");
        if (!backup)
            copy.fail(QStringLiteral("cannot start the copy"));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            copy.close();
            QFile::remove(temp);
            throw StoreError(StoreError::Code::Io,
                             QStringLiteral("%1: cannot write the copy (%2)").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
        }
        // The copy carries the source's journal mode in its header; a rollback journal keeps it
        // one self-contained file, and the store switches to WAL again at its first write.
        copy.exec("PRAGMA journal_mode = DELETE");
    }
    // Only a complete copy replaces the target, in one rename: a crash at any moment leaves
    // the old file or the new one.
    replaceFileAtomically(temp, target);
}

void SqliteProjectStore::finishForDistribution()
{
    requireWritable();
    m_walReady = false;
    m_db.exec("PRAGMA journal_mode = DELETE");
    m_db.exec("VACUUM");
}

QList<SavedView> SqliteProjectStore::savedViews()
{
    SqliteStatement st(m_db, "SELECT pk, name, position, payload FROM saved_view ORDER BY position, pk");
    QList<SavedView> out;
    while (st.step())
        out << SavedView{st.int64(0), st.text(1), static_cast<int>(st.int64(2)), st.text(3).toUtf8()};
    return out;
}

qint64 SqliteProjectStore::saveView(const SavedView& view)
{
    prepareForWrite();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (view.id == 0) {
        SqliteStatement st(m_db, "INSERT INTO saved_view(name, position, payload, modified) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, view.name).bind(2, view.position).bind(3, QString::fromUtf8(view.payload)).bind(4, now).run();
        return sqlite3_last_insert_rowid(m_db.handle());
    }
    SqliteStatement st(m_db, "UPDATE saved_view SET name = ?2, position = ?3, payload = ?4, modified = ?5 WHERE pk = ?1");
    st.bind(1, view.id).bind(2, view.name).bind(3, view.position).bind(4, QString::fromUtf8(view.payload)).bind(5, now).run();
    return view.id;
}

void SqliteProjectStore::setViewOrder(const QList<qint64>& ids)
{
    prepareForWrite();
    SqliteTransaction tx(m_db);
    SqliteStatement st(m_db, "UPDATE saved_view SET position = ?2 WHERE pk = ?1");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        st.bind(1, ids[i]).bind(2, static_cast<qint64>(i)).run();
        st.reset();
    }
    tx.commit();
}

void SqliteProjectStore::deleteView(qint64 id)
{
    prepareForWrite();
    SqliteStatement st(m_db, "DELETE FROM saved_view WHERE pk = ?1");
    st.bind(1, id).run();
}

} // namespace entente
