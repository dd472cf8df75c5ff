#pragma once

#include "core/entitydetails.h"
#include "core/sourceuse.h"
#include "query/filterfacts.h"
#include "store/editapplier.h"
#include "store/editplanner.h"
#include "store/savedview.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/**
 * The open project: its store and its loaded graph. Opens the default dataset or a file,
 * makes editable copies (Save As), and answers the questions panels ask (details, search)
 * so that views never touch the store. Throws StoreError; the window shows the message.
 */
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    void openDefault();
    void openFile(const QString& path);
    /** Copies the default dataset to a new editable file at `path` and opens it. */
    void newFromDefault(const QString& path);
    /** Creates an empty project at `path` with the default relation vocabulary and opens it. */
    void newEmpty(const QString& path);
    /**
     * A checkpoint is a complete copy of the project beside it, `<file>.checkpoint`, made on
     * request (and when a project is created). Reverting copies it back over the project.
     */
    QString checkpointPath() const { return m_path.isEmpty() ? QString() : m_path + QStringLiteral(".checkpoint"); }
    void saveCheckpoint();
    /** Replaces the project with its checkpoint and reopens it. Throws StoreError. */
    void revertToCheckpoint();
    /** Copies the project to `path` and continues on the copy, which is editable. */
    void saveAs(const QString& path);

    bool isOpen() const { return m_graph != nullptr; }
    bool isDefault() const { return m_isDefault; }
    bool isReadOnly() const;
    QString displayName() const;
    QString filePath() const { return m_path; }
    std::shared_ptr<const KnowledgeGraph> graph() const { return m_graph; }

    std::optional<EntityDetails> details(const QString& id);
    QStringList search(const QString& text, int limit = 20);
    std::optional<Relation> relation(const QString& id);
    QList<SavedView> savedViews();
    /** Merges an imported file into the project (one transaction), reloads, returns a summary. */
    QString mergeImport(const struct ImportResult& result);
    /** Throws StoreError (read-only project, I/O). */
    qint64 saveView(const SavedView& view);
    /** Throws StoreError (read-only project, I/O). */
    void deleteView(qint64 id);
    /** The slide order: views `ids` get positions 0, 1, 2… in one transaction. Throws StoreError. */
    void setViewOrder(const QList<qint64>& ids);
    /** Entity ids of the project's first saved view that lists entities (its overview), if any. */
    QStringList overviewEntities(QString* title = nullptr);
    QList<Source> sources(const QStringList& keys);
    std::optional<Entity> entity(const QString& id);
    /** The source library: every source, and every entity and relation citing each. */
    QList<Source> allSources();
    QList<SourceUse> sourceUses();
    /** User tags of entities and relations, for a tag filter (read from the store). */
    FilterFacts filterFacts();

    /** Plans edits against the open project (reads the store for what an undo restores). */
    EditPlanner planner();
    /**
     * Writes one edit batch as a transaction and continues on the patched graph. Throws
     * StoreError; then nothing changed. Does not emit opened(): the caller updates the views.
     */
    EditApplier::Result applyEdit(const WriteBatch& batch);
    /** True while opened() is emitted for a copy of the same project (Save as): history stays valid. */
    bool isContinuation() const { return m_continuation; }

signals:
    void opened();

private:
    void adopt(std::unique_ptr<ProjectStore> store, QString path, bool isDefault);

    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const KnowledgeGraph> m_graph;
    QString m_path;
    bool m_isDefault = false;
    bool m_continuation = false;
};

} // namespace entente
