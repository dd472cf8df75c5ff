#pragma once

#include "core/entitykind.h"

#include <QIcon>
#include <QString>

namespace entente {

/**
 * The icon of an entity kind, refined by category where a picture helps (state, party, person;
 * alliance): drawings in resources/icons/kinds, loaded once and shared by the search completer,
 * the command palette, the concept browser and the details panel.
 */
class KindIcon
{
public:
    static QIcon icon(EntityKind kind, const QString& category = {});
    /** The resource path of the drawing ("qrc" form, ":/entente/kinds/state.svg"). */
    static QString path(EntityKind kind, const QString& category = {});
    /** The drawing's file stem: "state", "organisation", … */
    static QString name(EntityKind kind, const QString& category = {});
};

} // namespace entente
