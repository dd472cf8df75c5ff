#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>

namespace entente {

/**
 * One entry of the relation vocabulary: how a kind of tie reads in each direction, whether it
 * has a direction at all, which entity kinds it may join, and its colour on the canvas.
 */
struct RelationKind
{
    QString id; ///< e.g. "member_of"
    QString label; ///< "member of"
    QString inverseLabel; ///< "has member"
    bool directed = true;
    QList<EntityKind> fromKinds;
    QList<EntityKind> toKinds;
    QString colour; ///< "#RRGGBB"

    /** True when a relation of this kind may go from an entity of kind `from` to one of `to`. */
    bool allows(EntityKind from, EntityKind to) const
    {
        const bool forward = fromKinds.contains(from) && toKinds.contains(to);
        return forward || (!directed && fromKinds.contains(to) && toKinds.contains(from));
    }

    friend bool operator==(const RelationKind&, const RelationKind&) = default;
};

} // namespace entente
