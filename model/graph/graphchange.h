#pragma once

#include "core/entity.h"
#include "core/relation.h"
#include "core/relationkind.h"

#include <QList>
#include <QStringList>

namespace entente {

/**
 * One edit as the in-memory graph sees it: entities and relations added or replaced by id,
 * ids removed (an entity's relations go with it), and relation kinds the edit introduces.
 * Removals win over upserts of the same id, as they do in the store.
 */
struct GraphChange
{
    QList<RelationKind> relationKinds;
    QList<Entity> entities;
    QList<Relation> relations;
    QStringList deletedRelations;
    QStringList deletedEntities;
};

} // namespace entente
