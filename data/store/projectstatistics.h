#pragma once

#include <QMap>
#include <QString>

namespace entente {

/** Counts that describe a project (what `entente-cli info` prints). */
struct ProjectStatistics
{
    qint64 entities = 0;
    qint64 relations = 0;
    QMap<QString, qint64> entityKinds;
    QMap<QString, qint64> relationKinds;
    QMap<QString, qint64> categories;
    qint64 unsourcedRelations = 0;
    qint64 sources = 0;
    qint64 datedRelations = 0;
    qint64 endedRelations = 0; ///< with a real end date
    qint64 censoredRelations = 0; ///< open because the data stops (attribute observed_until), not because the tie goes on
    qint64 entitiesWithoutRelations = 0;
    qint64 entitiesWithoutDescription = 0;
};

} // namespace entente
