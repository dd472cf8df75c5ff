#pragma once

#include "core/entity.h"
#include "core/relation.h"
#include "core/relationkind.h"
#include "core/source.h"

#include <QList>

namespace entente {

/**
 * A set of changes written to a project as one transaction: it lands whole or not at all.
 * Records are merged by id: a new id is added, a known id is updated.
 */
struct WriteBatch
{
    QList<RelationKind> relationKinds;
    QList<Source> sources;
    QList<Entity> entities;
    QList<Relation> relations;
    QStringList deletedRelations; ///< relation ids
    QStringList deletedEntities; ///< entity ids (their relations go too)

    bool isEmpty() const
    {
        return relationKinds.isEmpty() && sources.isEmpty() && entities.isEmpty() &&
               relations.isEmpty() && deletedRelations.isEmpty() && deletedEntities.isEmpty();
    }
};

/** What a WriteBatch did. */
struct WriteSummary
{
    int entitiesAdded = 0;
    int entitiesUpdated = 0;
    int relationsAdded = 0;
    int relationsUpdated = 0;
    int deleted = 0;
};

} // namespace entente
