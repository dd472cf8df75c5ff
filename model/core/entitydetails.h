#pragma once

#include "entity.h"
#include "relation.h"
#include "source.h"

#include <QHash>
#include <QList>

namespace entente {

/**
 * Everything a details panel or `entente-cli show` prints about one entity: the full record,
 * each relation read from this entity's side, and the sources they cite.
 */
struct EntityDetails
{
    struct Tie
    {
        Relation relation;
        QString label; ///< the kind's label in the direction seen from this entity
        bool outgoing = true;
        QString otherId;
        QString otherName;
        EntityKind otherKind = EntityKind::Actor;
    };

    Entity entity;
    QList<Tie> ties;
    QHash<QString, Source> sources; ///< by key, for every key cited above
};

} // namespace entente
