#include "graphpatch.h"

#include "knowledgegraph.h"

#include <QHash>
#include <QSet>
#include <numeric>
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
    RelationKindVocabulary vocabulary = graph.vocabulary();
    for (const RelationKind& k : change.relationKinds)
        vocabulary.add(k);
    Result out;
    if (applyInPlace(graph, change, vocabulary, out))
        return out;
    return rebuild(graph, change, vocabulary);
}

bool GraphPatch::applyInPlace(const KnowledgeGraph& graph, const GraphChange& change,
                              const RelationKindVocabulary& vocabulary, Result& out)
{
    if (!change.deletedEntities.isEmpty() || !change.deletedRelations.isEmpty())
        return false;
    // Where each upserted relation already is; a scan compares lengths first, so it is cheap
    // for the handful of relations one edit touches (and needs no id index).
    std::vector<int> existing(static_cast<size_t>(change.relations.size()), -1);
    if (!change.relations.isEmpty()) {
        if (change.relations.size() > 16)
            return false;
        for (size_t r = 0; r < graph.m_relationIds.size(); ++r)
            for (qsizetype i = 0; i < change.relations.size(); ++i)
                if (graph.m_relationIds[r] == change.relations[i].id)
                    existing[static_cast<size_t>(i)] = static_cast<int>(r);
    }
    for (qsizetype i = 0; i < change.relations.size(); ++i) {
        const Relation& r = change.relations[i];
        if (vocabulary.indexOf(r.kind) < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() + " has unknown kind " +
                                        r.kind.toStdString());
        if (const int at = existing[static_cast<size_t>(i)]; at >= 0) {
            const RelationEdge& e = graph.m_relations[static_cast<size_t>(at)];
            if (graph.entity(static_cast<int>(e.source)).id != r.source ||
                graph.entity(static_cast<int>(e.target)).id != r.target)
                return false; // moved: its arcs change, so the rows are rebuilt
        }
    }

    out.graph = std::make_shared<KnowledgeGraph>();
    KnowledgeGraph& g = *out.graph;
    g.m_entities = graph.m_entities;
    g.m_relations = graph.m_relations;
    g.m_relationIds = graph.m_relationIds;
    g.m_vocabulary = vocabulary;
    g.m_adapter.m_vertexOf = graph.m_adapter.m_vertexOf;
    g.m_adapter.m_graph = graph.m_adapter.m_graph;
    out.vertexMap.resize(static_cast<size_t>(graph.entityCount()));
    std::iota(out.vertexMap.begin(), out.vertexMap.end(), 0);

    int added = 0;
    for (const Entity& e : change.entities) {
        if (const int v = g.indexOf(e.id); v >= 0) {
            g.m_entities[static_cast<size_t>(v)] = summaryOf(e);
        } else {
            g.m_adapter.addVertexId(e.id);
            g.m_entities.push_back(summaryOf(e));
            ++added;
        }
    }
    if (added)
        boost::add_vertices(static_cast<GraphAdapter::BoostGraph::vertices_size_type>(added),
                            g.m_adapter.m_graph);

    std::vector<std::pair<GraphAdapter::Vertex, GraphAdapter::Vertex>> arcs;
    std::vector<ArcProperty> props;
    for (qsizetype i = 0; i < change.relations.size(); ++i) {
        const Relation& r = change.relations[i];
        const int s = g.indexOf(r.source);
        const int t = g.indexOf(r.target);
        if (s < 0 || t < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() +
                                        " joins an entity that does not exist");
        RelationEdge e;
        e.source = static_cast<std::uint32_t>(s);
        e.target = static_cast<std::uint32_t>(t);
        e.kind = static_cast<std::uint16_t>(vocabulary.indexOf(r.kind));
        e.start = r.interval.start();
        e.end = r.interval.end();
        if (const int at = existing[static_cast<size_t>(i)]; at >= 0) {
            g.m_relations[static_cast<size_t>(at)] = e; // same arcs: only kind and dates change
            continue;
        }
        const auto index = static_cast<std::uint32_t>(g.m_relations.size());
        g.m_relations.push_back(e);
        g.m_relationIds.push_back(r.id);
        arcs.emplace_back(e.source, e.target);
        props.push_back({index, true});
        arcs.emplace_back(e.target, e.source);
        props.push_back({index, false});
    }
    if (!arcs.empty())
        boost::add_edges(arcs.begin(), arcs.end(), props.begin(), props.end(), g.m_adapter.m_graph);
    return true;
}

GraphPatch::Result GraphPatch::rebuild(const KnowledgeGraph& graph, const GraphChange& change,
                                       const RelationKindVocabulary& vocabulary)
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
