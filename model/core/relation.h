#pragma once

#include "citation.h"
#include "dateinterval.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace entente {

/** A dated, sourced tie between two entities, with everything known about it. */
struct Relation
{
    QString id;
    QString kind; ///< id of a RelationKind in the project's vocabulary
    QString source; ///< entity id
    QString target; ///< entity id
    DateInterval interval;
    QVariantMap attributes;
    QStringList sources; ///< source keys
    /** Quote, page and confidence per cited source key; keys without details are absent. */
    QMap<QString, Citation> citations;
    QString note;

    friend bool operator==(const Relation&, const Relation&) = default;
};

} // namespace entente
