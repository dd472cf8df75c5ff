#pragma once

#include "store/sqliteprojectstore.h"

#include <memory>

namespace entente {

/**
 * The default dataset compiled into the executables (the build step writes default.entente,
 * the resource system embeds it). Opened read-only from memory; "Save as" makes a copy.
 */
class DefaultDataset
{
public:
    static QString label() { return QStringLiteral("Default dataset"); }
    static QByteArray image();
    static std::unique_ptr<SqliteProjectStore> open();
};

} // namespace entente
