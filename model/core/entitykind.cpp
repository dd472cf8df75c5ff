#include "entitykind.h"

namespace entente {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Actor:
        return QStringLiteral("actor");
    case EntityKind::Organisation:
        return QStringLiteral("organisation");
    case EntityKind::Treaty:
        return QStringLiteral("treaty");
    case EntityKind::Mechanism:
        break;
    }
    return QStringLiteral("mechanism");
}

QString entityKindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Actor:
        return QStringLiteral("Actors");
    case EntityKind::Organisation:
        return QStringLiteral("Organisations");
    case EntityKind::Treaty:
        return QStringLiteral("Treaties");
    case EntityKind::Mechanism:
        break;
    }
    return QStringLiteral("Mechanisms");
}

std::optional<EntityKind> entityKindFromName(QStringView name)
{
    for (EntityKind k : allEntityKinds)
        if (name.compare(entityKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    // Accept the American spelling people type.
    if (name.compare(u"organization", Qt::CaseInsensitive) == 0)
        return EntityKind::Organisation;
    return std::nullopt;
}

} // namespace entente
