#pragma once

#include <QJsonObject>
#include <QStringList>

namespace entente {

/** What an import did to a project, in the shape `entente-cli import --json` prints. */
struct ImportSummary
{
    int entitiesAdded = 0;
    int relationsAdded = 0;
    int updated = 0; ///< entities and relations that existed and were merged
    int skipped = 0;
    QStringList warnings;

    /** {"added": {"entities": N, "relations": N}, "updated": N, "skipped": N, "warnings": [..]} */
    QJsonObject toJson() const;
};

} // namespace entente
