#include "projectsession.h"

#include "defaultdataset.h"
#include "formats/importmerger.h"
#include "formats/importresult.h"
#include "formats/importsummary.h"
#include "graph/knowledgegraph.h"
#include "query/searchquery.h"
#include "store/entitydetailsloader.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}
ProjectSession::~ProjectSession() = default;

void ProjectSession::adopt(std::unique_ptr<ProjectStore> store, QString path, bool isDefault)
{
    auto graph = std::make_shared<KnowledgeGraph>();
    store->loadGraph(*graph);
    // Only replace the current project once the new one loaded completely.
    m_store = std::move(store);
    m_graph = std::move(graph);
    m_path = std::move(path);
    m_isDefault = isDefault;
    emit opened();
}

void ProjectSession::openDefault()
{
    adopt(DefaultDataset::open(), QString(), true);
}

void ProjectSession::openFile(const QString& path)
{
    adopt(SqliteProjectStore::open(path), QFileInfo(path).absoluteFilePath(), false);
}

void ProjectSession::saveAs(const QString& path)
{
    m_store->saveCopyAs(path);
    m_continuation = true;
    try {
        openFile(path);
    } catch (...) {
        m_continuation = false;
        throw;
    }
    m_continuation = false;
}

void ProjectSession::newFromDefault(const QString& path)
{
    DefaultDataset::open()->saveCopyAs(path);
    openFile(path);
    saveCheckpoint();
}

void ProjectSession::saveCheckpoint()
{
    if (!m_store || m_isDefault || m_store->isReadOnly())
        throw StoreError(StoreError::Code::ReadOnly, tr("Only an editable project has checkpoints."));
    m_store->saveCopyAs(checkpointPath());
}

void ProjectSession::revertToCheckpoint()
{
    const QString path = m_path;
    const QString checkpoint = checkpointPath();
    if (checkpoint.isEmpty() || !QFileInfo::exists(checkpoint))
        throw StoreError(StoreError::Code::FileMissing, tr("%1 has no checkpoint yet (File → Save checkpoint).").arg(path));
    // Check the checkpoint before letting go of the project, then close the project so that
    // its file (and WAL) can be replaced; the copy lands under a temporary name first.
    auto saved = SqliteProjectStore::open(checkpoint, true);
    m_store.reset();
    try {
        saved->saveCopyAs(path);
    } catch (...) {
        openFile(path);
        throw;
    }
    saved.reset();
    openFile(path);
}

void ProjectSession::newEmpty(const QString& path)
{
    {
        auto store = SqliteProjectStore::create(path);
        // Relations need kinds; the default vocabulary is what the dialogs and the CLI know.
        WriteBatch kinds;
        kinds.relationKinds = DefaultDataset::open()->vocabulary().kinds();
        store->write(kinds);
    }
    openFile(path);
    saveCheckpoint();
}

EditPlanner ProjectSession::planner()
{
    return EditPlanner(*m_store, *m_graph);
}

EditApplier::Result ProjectSession::applyEdit(const WriteBatch& batch)
{
    if (!m_store || !m_graph)
        throw StoreError(StoreError::Code::Io, tr("No project is open."));
    // Only this session and the document hold the graph while no worker thread reads it; then
    // the edit is made in place (no graph-sized copy), otherwise beside it (copy-on-write).
    EditApplier::Result result =
        m_graph.use_count() <= 2
            ? EditApplier::applyInPlace(*m_store, std::const_pointer_cast<KnowledgeGraph>(m_graph),
                                        batch)
            : EditApplier::apply(*m_store, *m_graph, batch);
    m_graph = result.patch.graph;
    return result;
}

bool ProjectSession::isReadOnly() const
{
    return !m_store || m_store->isReadOnly();
}

QString ProjectSession::displayName() const
{
    if (m_isDefault)
        return DefaultDataset::label();
    return QFileInfo(m_path).fileName();
}

std::optional<EntityDetails> ProjectSession::details(const QString& id)
{
    if (!m_store || !m_graph)
        return std::nullopt;
    return EntityDetailsLoader::load(*m_store, *m_graph, id);
}

QStringList ProjectSession::search(const QString& text, int limit)
{
    if (!m_store)
        return {};
    return m_store->search(SearchQuery::parse(text), QString(), limit);
}

} // namespace entente

namespace entente {

std::optional<Relation> ProjectSession::relation(const QString& id)
{
    return m_store ? m_store->relation(id) : std::nullopt;
}

QList<Source> ProjectSession::sources(const QStringList& keys)
{
    return m_store ? m_store->sources(keys) : QList<Source>{};
}

std::optional<Entity> ProjectSession::entity(const QString& id)
{
    return m_store ? m_store->entity(id) : std::nullopt;
}

QList<Source> ProjectSession::allSources()
{
    return m_store ? m_store->allSources() : QList<Source>{};
}

QList<SourceUse> ProjectSession::sourceUses()
{
    return m_store ? m_store->sourceUses() : QList<SourceUse>{};
}

FilterFacts ProjectSession::filterFacts()
{
    FilterFacts f;
    if (m_store) {
        f.entitiesByTag = m_store->tags(false);
        f.relationsByTag = m_store->tags(true);
    }
    return f;
}

} // namespace entente

namespace entente {

QStringList ProjectSession::overviewEntities(QString* title)
{
    if (!m_store)
        return {};
    for (const SavedView& v : m_store->savedViews()) {
        const QJsonObject o = QJsonDocument::fromJson(v.payload).object();
        const QJsonArray ids = o.value(QStringLiteral("entities")).toArray();
        if (ids.isEmpty())
            continue;
        if (title)
            *title = o.value(QStringLiteral("title")).toString(v.name);
        QStringList out;
        for (const auto& id : ids)
            out << id.toString();
        return out;
    }
    return {};
}

} // namespace entente

namespace entente {

void ProjectSession::deleteView(qint64 id)
{
    m_store->deleteView(id);
}

void ProjectSession::setViewOrder(const QList<qint64>& ids)
{
    m_store->setViewOrder(ids);
}

QList<SavedView> ProjectSession::savedViews()
{
    return m_store ? m_store->savedViews() : QList<SavedView>{};
}

qint64 ProjectSession::saveView(const SavedView& view)
{
    return m_store->saveView(view);
}

} // namespace entente

namespace entente {

QString ProjectSession::mergeImport(const ImportResult& result)
{
    const ImportSummary summary = ImportMerger::merge(*m_store, result);
    const QString path = m_path;
    openFile(path);
    QString text = tr("Imported: %1 entities and %2 relations added, %3 updated, %4 skipped")
                       .arg(summary.entitiesAdded)
                       .arg(summary.relationsAdded)
                       .arg(summary.updated)
                       .arg(summary.skipped);
    if (!summary.warnings.isEmpty())
        text += tr(" (%n warning(s))", nullptr, static_cast<int>(summary.warnings.size()));
    return text;
}

} // namespace entente
