#pragma once

#include "citation.h"
#include "dateinterval.h"
#include "entitykind.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace entente {

/**
 * An actor, organisation, treaty or mechanism with everything known about it.
 *
 * The in-memory graph keeps only the fields needed to draw and query (id, kind, category,
 * name, aliases, region, interval); description, attributes and sources are fetched from the
 * store when a detail view asks for them.
 */
struct Entity
{
    QString id; ///< stable slug, e.g. "state:FRA", "org:nato"
    EntityKind kind = EntityKind::Actor;
    QString category;
    QString name;
    QStringList aliases;
    QString description;
    QString region;
    QString country; ///< id of the state an actor belongs to, if any
    DateInterval existence;
    QVariantMap attributes;
    QStringList sources; ///< source keys
    /** Quote, page and confidence per cited source key; keys without details are absent. */
    QMap<QString, Citation> citations;

    friend bool operator==(const Entity&, const Entity&) = default;
};

} // namespace entente
