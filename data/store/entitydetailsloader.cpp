#include "entitydetailsloader.h"

#include "graph/knowledgegraph.h"
#include "projectstore.h"

#include <QSet>

namespace entente {

std::optional<EntityDetails> EntityDetailsLoader::load(ProjectStore& store, const KnowledgeGraph& graph,
                                                       const QString& entityId)
{
    auto entity = store.entity(entityId);
    if (!entity)
        return std::nullopt;
    EntityDetails d;
    d.entity = *entity;
    QSet<QString> keys(entity->sources.begin(), entity->sources.end());
    for (Relation& r : store.relationsOf(entityId)) {
        EntityDetails::Tie t;
        t.outgoing = r.source == entityId;
        t.otherId = t.outgoing ? r.target : r.source;
        const int other = graph.indexOf(t.otherId);
        if (other >= 0) {
            t.otherName = graph.entity(other).name;
            t.otherKind = graph.entity(other).kind;
        } else {
            t.otherName = t.otherId;
        }
        const RelationKind* k = graph.vocabulary().find(r.kind);
        t.label = k ? (t.outgoing || !k->directed ? k->label : k->inverseLabel) : r.kind;
        for (const QString& s : r.sources)
            keys.insert(s);
        t.relation = std::move(r);
        d.ties << t;
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const Source& s : store.sources(sorted))
        d.sources.insert(s.key, s);
    return d;
}

} // namespace entente
