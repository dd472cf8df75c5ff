#include "editapplier.h"

#include "graph/knowledgegraph.h"
#include "projectstore.h"
#include "storeerror.h"

#include <stdexcept>

namespace entente {

GraphChange EditApplier::graphChangeOf(const WriteBatch& batch)
{
    GraphChange c;
    c.relationKinds = batch.relationKinds;
    c.entities = batch.entities;
    c.relations = batch.relations;
    c.deletedRelations = batch.deletedRelations;
    c.deletedEntities = batch.deletedEntities;
    return c;
}

namespace {

void requireWritable(ProjectStore& store)
{
    if (store.isReadOnly())
        throw StoreError(
            StoreError::Code::ReadOnly,
            QStringLiteral(
                "%1 is read-only; make an editable copy first (File → Save as or New project).")
                .arg(store.location()));
}

QStringList addedEntities(const KnowledgeGraph& graph, const WriteBatch& batch)
{
    QStringList out;
    for (const Entity& e : batch.entities)
        if (graph.indexOf(e.id) < 0 && !batch.deletedEntities.contains(e.id))
            out << e.id;
    return out;
}

} // namespace

EditApplier::Result EditApplier::applyInPlace(ProjectStore& store,
                                              std::shared_ptr<KnowledgeGraph> graph,
                                              const WriteBatch& batch)
{
    requireWritable(store);
    const GraphChange change = graphChangeOf(batch);
    try {
        GraphPatch::check(*graph, change);
    } catch (const std::invalid_argument& e) {
        throw StoreError(StoreError::Code::InvalidData, QString::fromStdString(e.what()));
    }
    store.write(batch);
    Result out;
    out.addedEntities = addedEntities(*graph, batch);
    out.patch = GraphPatch::applyInPlace(std::move(graph), change);
    return out;
}

EditApplier::Result EditApplier::apply(ProjectStore& store, const KnowledgeGraph& graph,
                                       const WriteBatch& batch)
{
    requireWritable(store);
    Result out;
    try {
        out.patch = GraphPatch::apply(graph, graphChangeOf(batch));
    } catch (const std::invalid_argument& e) {
        throw StoreError(StoreError::Code::InvalidData, QString::fromStdString(e.what()));
    }
    store.write(batch);
    out.addedEntities = addedEntities(graph, batch);
    return out;
}

} // namespace entente
