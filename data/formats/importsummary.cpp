#include "importsummary.h"

#include <QJsonArray>

namespace entente {

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("added"),
         QJsonObject{{QStringLiteral("entities"), entitiesAdded}, {QStringLiteral("relations"), relationsAdded}}},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace entente
