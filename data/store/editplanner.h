#pragma once

#include "editstep.h"

#include <QStringList>

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/**
 * Turns what a user asks for (add, change, delete, merge, bulk edit) into an EditStep, reading
 * the store for the records an undo must restore (an entity's relations with their sources and
 * notes, the previous version of a changed record). Checks the edit with EditCheck first and
 * throws StoreError(InvalidData) with the reason, so nothing invalid reaches a transaction.
 */
class EditPlanner
{
public:
    EditPlanner(ProjectStore& store, const KnowledgeGraph& graph) : m_store(store), m_graph(graph)
    {
    }

    EditStep addEntity(const Entity& entity);
    EditStep updateEntity(const Entity& entity);
    /** Deletes the entity and every relation touching it; undo restores them all. */
    EditStep deleteEntity(const QString& id);
    EditStep addRelation(const Relation& relation);
    EditStep updateRelation(const Relation& relation);
    EditStep deleteRelation(const QString& id);
    /**
     * Merges `duplicate` into `kept`: its relations move over (a relation between the two
     * goes), its name and aliases become aliases of `kept`, its sources and missing fields
     * (description, region, dates) are kept, then it is deleted.
     */
    EditStep mergeEntities(const QString& kept, const QString& duplicate);
    /** Sets the category of every listed entity. */
    EditStep setCategory(const QStringList& ids, const QString& category);
    /** Adds a tag (the "tags" attribute, a list) to every listed entity. */
    EditStep addTag(const QStringList& ids, const QString& tag);

private:
    Entity requireEntity(const QString& id);
    Relation requireRelation(const QString& id);
    [[noreturn]] void refuse(const QString& why) const;

    ProjectStore& m_store;
    const KnowledgeGraph& m_graph;
};

} // namespace entente
