#pragma once

#include "core/entity.h"
#include "core/relation.h"
#include "core/relationkindvocabulary.h"
#include "core/source.h"
#include "core/sourceuse.h"
#include "projectstatistics.h"
#include "savedview.h"
#include "writebatch.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace entente {

class KnowledgeGraph;
class ProgressReporter;
class SearchQuery;

/**
 * The one small interface between Entente and where a project lives. The SQLite file is the
 * implementation today; a shared PostgreSQL server could be another, without model/ or views/
 * noticing. Every method throws StoreError on failure; writes are transactions.
 */
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;

    /** File path, or a label such as "default dataset" for the embedded one. */
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    /** Fills an empty graph with every entity and relation; ready for queries on return. */
    virtual void loadGraph(KnowledgeGraph& graph, ProgressReporter* progress = nullptr) = 0;

    virtual std::optional<Entity> entity(const QString& id) = 0;
    virtual std::optional<Relation> relation(const QString& id) = 0;
    /** Every relation whose source or target is the entity, with attributes and sources. */
    virtual QList<Relation> relationsOf(const QString& entityId) = 0;
    virtual QList<Source> sources(const QStringList& keys) = 0;
    virtual QList<Source> allSources() = 0;
    /** Entity ids ranked by relevance; `kind` empty for all kinds. */
    virtual QStringList search(const SearchQuery& query, const QString& kind, int limit) = 0;
    virtual ProjectStatistics statistics() = 0;
    virtual QString metadata(const QString& key) = 0;

    /** Every entity, complete (description, attributes, sources), in the order they were added. */
    virtual QList<Entity> allEntities() = 0;
    /** Every relation, complete (attributes, sources, note), in the order they were added. */
    virtual QList<Relation> allRelations() = 0;
    /** The project's relation kinds. */
    virtual RelationKindVocabulary vocabulary() = 0;
    /** The ids of all entities; cheaper than allEntities() when only existence matters. */
    virtual QStringList entityIds() = 0;
    /** The ids of all relations. */
    virtual QStringList relationIds() = 0;

    /** Entities and relations citing each source (the library's "cited by"), up to `perSource`. */
    virtual QList<SourceUse> sourceUses(int perSource = 200) = 0;
    /** User tags → ids carrying them, of entities (`relations` false) or relations. */
    virtual QHash<QString, QSet<QString>> tags(bool relations) = 0;

    virtual WriteSummary write(const WriteBatch& batch) = 0;
    virtual void setMetadata(const QString& key, const QString& value) = 0;
    /** Writes a complete copy of the project to `path` (replacing it) and returns nothing. */
    virtual void saveCopyAs(const QString& path) = 0;

    virtual QList<SavedView> savedViews() = 0;
    /** Inserts (id 0) or replaces a saved view; returns its id. */
    virtual qint64 saveView(const SavedView& view) = 0;
    virtual void deleteView(qint64 id) = 0;
    /** Gives the views `ids` positions 0, 1, 2… (the slide order), in one transaction. */
    virtual void setViewOrder(const QList<qint64>& ids) = 0;
};

} // namespace entente
