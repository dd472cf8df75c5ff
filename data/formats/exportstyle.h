#pragma once

#include "core/entitykind.h"

#include <QString>

namespace entente {

/** Colours of entity kinds in exported files: the canvas palette (Okabe–Ito, colour-blind safe). */
class ExportStyle
{
public:
    static QString kindColour(EntityKind kind)
    {
        switch (kind) {
        case EntityKind::Actor:
            return QStringLiteral("#0072B2");
        case EntityKind::Organisation:
            return QStringLiteral("#E69F00");
        case EntityKind::Treaty:
            return QStringLiteral("#009E73");
        case EntityKind::Mechanism:
            break;
        }
        return QStringLiteral("#CC79A7");
    }
};

} // namespace entente
