#pragma once

#include <QString>

namespace entente {

/** One place a source is cited: an entity or a relation, named for a person to read. */
struct SourceUse
{
    QString sourceKey;
    bool relation = false;
    QString id;    ///< entity or relation id
    QString label; ///< entity name, or "A — kind — B" for a relation
};

} // namespace entente
