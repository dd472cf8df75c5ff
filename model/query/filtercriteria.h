#pragma once

#include "core/entitykind.h"
#include "core/partialdate.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <climits>

namespace entente {

/**
 * A composable filter over the graph: entity kinds and categories, relation kinds, regions, an
 * as-of date or a time window, a degree range, text, the ego network of an entity within k
 * hops, metric thresholds, unsourced relations only, and user tags. Every part is optional; the
 * parts combine with AND. It is saved with a view (toJson / fromJson) and shown as removable chips.
 */
struct FilterCriteria
{
    enum class Mode { Hide, Dim };

    QSet<EntityKind> entityKinds; ///< empty = all
    QSet<QString> categories; ///< empty = all
    QSet<QString> relationKinds; ///< relation kind ids; empty = all
    QSet<QString> regions; ///< empty = all
    PartialDate asOf;
    PartialDate windowFrom;
    PartialDate windowTo;
    bool hasWindow = false;
    int minDegree = 0;
    int maxDegree = INT_MAX;
    QString text;
    QString egoId;
    int egoDepth = 1;
    QMap<QString, double> metricMin; ///< metric name → minimum value
    /** Only relations that cite no source (and the entities they join). */
    bool unsourcedOnly = false;
    /** User tags: entities carrying one, and relations carrying one with their ends; empty = all.
     */
    QSet<QString> tags;
    Mode mode = Mode::Hide;

    /** One removable chip per active part. */
    struct Chip
    {
        QString key; ///< what removeChip() takes
        QString label; ///< what a person reads
    };
    QList<Chip> chips() const;
    void removeChip(const QString& key);
    bool isEmpty() const { return chips().isEmpty(); }

    QJsonObject toJson() const;
    static FilterCriteria fromJson(const QJsonObject& json);

    friend bool operator==(const FilterCriteria&, const FilterCriteria&) = default;
};

} // namespace entente
