#include "graphsnapshot.h"

#include "store/projectstore.h"

#include <QSet>

namespace entente {

GraphSnapshot GraphSnapshot::load(ProjectStore& store, const QStringList& entityIds)
{
    GraphSnapshot s;
    s.vocabulary = store.vocabulary();
    s.entities = store.allEntities();
    s.relations = store.allRelations();
    if (!entityIds.isEmpty()) {
        const QSet<QString> wanted(entityIds.cbegin(), entityIds.cend());
        s.entities.removeIf([&](const Entity& e) { return !wanted.contains(e.id); });
        s.relations.removeIf(
            [&](const Relation& r) { return !wanted.contains(r.source) || !wanted.contains(r.target); });
    }
    QSet<QString> cited;
    for (const Entity& e : std::as_const(s.entities))
        cited.unite(QSet<QString>(e.sources.cbegin(), e.sources.cend()));
    for (const Relation& r : std::as_const(s.relations))
        cited.unite(QSet<QString>(r.sources.cbegin(), r.sources.cend()));
    for (const Source& source : store.allSources())
        if (cited.contains(source.key))
            s.sources << source;
    return s;
}

} // namespace entente
