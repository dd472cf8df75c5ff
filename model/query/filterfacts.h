#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace entente {

/**
 * What a filter needs to know that the in-memory graph does not keep (it holds 20 bytes per
 * relation): which entities and relations carry which user tags. The app reads them from the
 * store when a filter asks for them.
 */
struct FilterFacts
{
    QHash<QString, QSet<QString>> entitiesByTag;  ///< tag → entity ids
    QHash<QString, QSet<QString>> relationsByTag; ///< tag → relation ids
};

} // namespace entente
