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
};

} // namespace entente
