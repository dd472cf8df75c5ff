#pragma once

#include "citationstore.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <memory>

namespace entente {

/**
 * The project store as one SQLite file (DESIGN.md, Storage): WAL journal, foreign keys, FTS5
 * over names, aliases and descriptions, saved views, schema version with forward migrations,
 * and a defensive open that refuses anything it does not recognise before touching the disk.
 */
class SqliteProjectStore : public ProjectStore
{
public:
    /** Files up to this size get a full integrity check when opened. */
    static constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

    /** Creates a new, empty project; refuses to overwrite an existing file. */
    static std::unique_ptr<SqliteProjectStore> create(const QString& path);
    /**
     * Opens an existing project. Read-only opens never write to the file; a writable open
     * migrates an older schema forward. A file that cannot be written is opened read-only.
     */
    static std::unique_ptr<SqliteProjectStore> open(const QString& path, bool readOnly = false);
    /** Opens a database image held in memory (the embedded default dataset), read-only. */
    static std::unique_ptr<SqliteProjectStore> openImage(const QByteArray& image, const QString& label);

    QString location() const override { return m_db.label(); }
    bool isReadOnly() const override { return m_readOnly; }

    void loadGraph(KnowledgeGraph& graph, ProgressReporter* progress = nullptr) override;
    std::optional<Entity> entity(const QString& id) override;
    std::optional<Relation> relation(const QString& id) override;
    QList<Relation> relationsOf(const QString& entityId) override;
    QList<Source> sources(const QStringList& keys) override;
    QList<Source> allSources() override;
    QStringList search(const SearchQuery& query, const QString& kind, int limit) override;
    ProjectStatistics statistics() override;
    QString metadata(const QString& key) override;
    QList<Entity> allEntities() override;
    QList<Relation> allRelations() override;
    RelationKindVocabulary vocabulary() override;
    QStringList entityIds() override;
    QStringList relationIds() override;

    QList<SourceUse> sourceUses(int perSource = 200) override;
    QHash<QString, QSet<QString>> tags(bool relations) override;

    WriteSummary write(const WriteBatch& batch) override;
    void setMetadata(const QString& key, const QString& value) override;
    void saveCopyAs(const QString& path) override;

    QList<SavedView> savedViews() override;
    qint64 saveView(const SavedView& view) override;
    void deleteView(qint64 id) override;
    void setViewOrder(const QList<qint64>& ids) override;

    /** Compacts the file and leaves it in rollback-journal mode, so it can be embedded. */
    void finishForDistribution();
    /** Direct access for tests and tools in data/ (never for views). */
    SqliteDatabase& database() { return m_db; }

private:
    SqliteProjectStore() = default;
    void requireWritable() const;
    /** A write of this many relations or more into a project without any goes in bulk. */
    static constexpr qsizetype BulkRelations = 20000;
    /** Thrown by a bulk write that met one relation id twice (it has rolled back). */
    struct BulkConflict
    {
    };
    /** write() in one transaction; `bulk` only for a project without relations. */
    WriteSummary writeBatch(const WriteBatch& batch, bool bulk);
    /** Checks the store is writable and puts the file in WAL mode before its first write. */
    void prepareForWrite();
    /** Reads a relation's source keys and citation details. */
    void readRelationSources(qint64 pk, Relation& r);
    CitationStore citations() { return CitationStore(m_db, m_version); }
    /** The relation kinds in pk order; fills pk → vocabulary index when asked. */
    RelationKindVocabulary readVocabulary(QHash<qint64, int>* indexByPk);

    SqliteDatabase m_db;
    bool m_readOnly = false;
    bool m_walReady = false;
    int m_version = 0; ///< schema version of the open file (a read-only open may be older)
};

} // namespace entente
