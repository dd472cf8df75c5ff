#pragma once

#include "core/entity.h"
#include "core/relationkindvocabulary.h"
#include "graphadapter.h"
#include "relationedge.h"

#include <QHash>
#include <QString>

#include <mutex>
#include <vector>

namespace entente {

/**
 * The in-memory knowledge graph: entities (summary fields), compact relations, the relation
 * vocabulary, and the Boost graph over them (through GraphAdapter).
 *
 * Built once from a store (add…, then finalize()) and read by queries, views and the CLI.
 * Queries take it by const reference; nothing in it knows about SQL or widgets.
 */
class KnowledgeGraph
{
public:
    KnowledgeGraph() = default;
    KnowledgeGraph(const KnowledgeGraph&) = delete;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

    void reserve(qsizetype entities, qsizetype relations);
    void setVocabulary(RelationKindVocabulary vocabulary) { m_vocabulary = std::move(vocabulary); }

    /** Adds an entity; returns its vertex index, or -1 if the id is already taken. */
    int addEntity(Entity entity);
    /** Adds a relation between two vertex indexes; returns its index. */
    int addRelation(QString id, int kind, int source, int target, DateInterval interval,
                    bool unsourced = false);
    /** Builds the Boost graph. Call after the last add and before any query. */
    void finalize();

    int entityCount() const { return static_cast<int>(m_entities.size()); }
    int relationCount() const { return static_cast<int>(m_relations.size()); }
    const Entity& entity(int v) const { return m_entities[static_cast<size_t>(v)]; }
    /** Vertex index of an entity id, or -1. */
    int indexOf(const QString& id) const;

    const RelationEdge& relation(int r) const { return m_relations[static_cast<size_t>(r)]; }
    const QString& relationId(int r) const { return m_relationIds[static_cast<size_t>(r)]; }
    /** Index of a relation id, or -1 (the id index is built on first use). */
    int relationIndexOf(const QString& id) const;
    const RelationKind& relationKind(int r) const { return m_vocabulary.at(relation(r).kind); }

    const RelationKindVocabulary& vocabulary() const { return m_vocabulary; }
    const GraphAdapter& adapter() const { return m_adapter; }
    std::uint32_t degree(int v) const { return m_adapter.degree(static_cast<GraphAdapter::Vertex>(v)); }

    /** Calls f(relationIndex, otherVertex, forward) for each relation touching vertex v. */
    template<typename F>
    void forEachIncident(int v, F&& f) const
    {
        m_adapter.forEachIncident(static_cast<GraphAdapter::Vertex>(v), std::forward<F>(f));
    }

private:
    friend class GraphPatch; // copies and patches the containers for edits (copy-on-write)

    std::vector<Entity> m_entities;
    std::vector<RelationEdge> m_relations;
    std::vector<QString> m_relationIds;
    RelationKindVocabulary m_vocabulary;
    GraphAdapter m_adapter;
    mutable std::once_flag m_relationIndexOnce;
    mutable QHash<QString, int> m_relationIndex;
};

} // namespace entente
