#include "graphpatch.h"

#include "knowledgegraph.h"

#include <QHash>
#include <QSet>
#include <stdexcept>

namespace entente {

namespace {

/** The summary fields the graph keeps; the rest stays in the store (see Entity). */
Entity summaryOf(const Entity& e)
{
    Entity s = e;
    s.description.clear();
    s.attributes.clear();
    s.sources.clear();
    return s;
}

} // namespace

GraphPatch::Result GraphPatch::apply(const KnowledgeGraph& graph, const GraphChange& change)
{
    const QSet<QString> deletedEntities(change.deletedEntities.cbegin(),
                                        change.deletedEntities.cend());
    const QSet<QString> deletedRelations(change.deletedRelations.cbegin(),
                                         change.deletedRelations.cend());

    QHash<QString, const Entity*> entityUpserts;
    for (const Entity& e : change.entities)
        entityUpserts.insert(e.id, &e);
    QHash<QString, const Relation*> relationUpserts;
    for (const Relation& r : change.relations)
        relationUpserts.insert(r.id, &r);

    RelationKindVocabulary vocabulary = graph.vocabulary();
    for (const RelationKind& k : change.relationKinds)
        vocabulary.add(k);

    Result out;
    out.graph = std::make_shared<KnowledgeGraph>();
    KnowledgeGraph& g = *out.graph;
    g.reserve(graph.entityCount() + change.entities.size(),
              graph.relationCount() + change.relations.size());
    g.setVocabulary(vocabulary);

    out.vertexMap.assign(static_cast<size_t>(graph.entityCount()), -1);
    for (int v = 0; v < graph.entityCount(); ++v) {
        const Entity& old = graph.entity(v);
        if (deletedEntities.contains(old.id))
            continue;
        const auto up = entityUpserts.constFind(old.id);
        out.vertexMap[static_cast<size_t>(v)] =
            g.addEntity(up == entityUpserts.constEnd() ? old : summaryOf(**up));
    }
    for (const Entity& e : change.entities)
        if (graph.indexOf(e.id) < 0 && !deletedEntities.contains(e.id))
            g.addEntity(summaryOf(e));

    auto add = [&](const Relation& r) {
        if (deletedEntities.contains(r.source) || deletedEntities.contains(r.target))
            return; // the store deletes entities after upserts, taking such a relation along
        const int kind = vocabulary.indexOf(r.kind);
        const int s = g.indexOf(r.source);
        const int t = g.indexOf(r.target);
        if (kind < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() + " has unknown kind " +
                                        r.kind.toStdString());
        if (s < 0 || t < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() +
                                        " joins an entity that does not exist");
        g.addRelation(r.id, kind, s, t, r.interval);
    };
    QSet<QString> replaced;
    for (int r = 0; r < graph.relationCount(); ++r) {
        const QString& id = graph.relationId(r);
        if (!relationUpserts.isEmpty()) {
            if (const auto up = relationUpserts.constFind(id); up != relationUpserts.constEnd()) {
                replaced.insert(id);
                if (!deletedRelations.contains(id))
                    add(**up);
                continue;
            }
        }
        if (!deletedRelations.isEmpty() && deletedRelations.contains(id))
            continue;
        const RelationEdge& e = graph.relation(r);
        const int s = out.vertexMap[e.source];
        const int t = out.vertexMap[e.target];
        if (s < 0 || t < 0)
            continue; // an endpoint was deleted: the relation goes with it
        g.addRelation(id, e.kind, s, t, e.interval());
    }
    for (const Relation& r : change.relations)
        if (!replaced.contains(r.id) && !deletedRelations.contains(r.id))
            add(r);
    g.finalize();
    return out;
}

} // namespace entente
