#include "filtercriteria.h"

#include <QJsonArray>

#include <algorithm>

namespace entente {

namespace {

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QSet<QString> stringSet(const QJsonValue& v)
{
    QSet<QString> out;
    for (const auto& item : v.toArray())
        out.insert(item.toString());
    return out;
}

PartialDate date(const QJsonValue& v)
{
    return PartialDate::parse(v.toString()).value_or(PartialDate());
}

} // namespace

QList<FilterCriteria::Chip> FilterCriteria::chips() const
{
    QList<Chip> out;
    if (!entityKinds.isEmpty()) {
        QStringList names;
        for (EntityKind k : allEntityKinds)
            if (entityKinds.contains(k))
                names << entityKindLabel(k).toLower();
        out << Chip{QStringLiteral("kinds"), QStringLiteral("only %1").arg(names.join(QStringLiteral(", ")))};
    }
    if (!categories.isEmpty())
        out << Chip{QStringLiteral("categories"), QStringLiteral("category: %1").arg(sorted(categories).join(QStringLiteral(", ")))};
    if (!relationKinds.isEmpty())
        out << Chip{QStringLiteral("relations"), QStringLiteral("relations: %1").arg(sorted(relationKinds).join(QStringLiteral(", ")).replace(u'_', u' '))};
    if (!regions.isEmpty())
        out << Chip{QStringLiteral("regions"), QStringLiteral("region: %1").arg(sorted(regions).join(QStringLiteral(", ")))};
    if (!asOf.isNull())
        out << Chip{QStringLiteral("asof"), QStringLiteral("as of %1").arg(asOf.toString())};
    if (hasWindow)
        out << Chip{QStringLiteral("window"), QStringLiteral("%1 – %2").arg(windowFrom.isNull() ? QStringLiteral("…") : windowFrom.toString(),
                                                                          windowTo.isNull() ? QStringLiteral("…") : windowTo.toString())};
    if (minDegree > 0 || maxDegree != INT_MAX)
        out << Chip{QStringLiteral("degree"), maxDegree == INT_MAX ? QStringLiteral("ties ≥ %1").arg(minDegree)
                                                                   : QStringLiteral("ties %1–%2").arg(minDegree).arg(maxDegree)};
    if (!text.trimmed().isEmpty())
        out << Chip{QStringLiteral("text"), QStringLiteral("“%1”").arg(text.trimmed())};
    if (!egoId.isEmpty())
        out << Chip{QStringLiteral("ego"), QStringLiteral("within %1 of %2").arg(egoDepth == 1 ? QStringLiteral("1 hop") : QStringLiteral("%1 hops").arg(egoDepth), egoId)};
    for (auto it = metricMin.constBegin(); it != metricMin.constEnd(); ++it)
        out << Chip{QStringLiteral("metric:") + it.key(), QStringLiteral("%1 ≥ %2").arg(it.key()).arg(it.value())};
    if (unsourcedOnly)
        out << Chip{QStringLiteral("unsourced"), QStringLiteral("unsourced only")};
    if (!tags.isEmpty())
        out << Chip{QStringLiteral("tags"),
                    QStringLiteral("tagged: %1").arg(sorted(tags).join(QStringLiteral(", ")))};
    return out;
}

void FilterCriteria::removeChip(const QString& key)
{
    if (key == QLatin1String("kinds"))
        entityKinds.clear();
    else if (key == QLatin1String("categories"))
        categories.clear();
    else if (key == QLatin1String("relations"))
        relationKinds.clear();
    else if (key == QLatin1String("regions"))
        regions.clear();
    else if (key == QLatin1String("asof"))
        asOf = PartialDate();
    else if (key == QLatin1String("window"))
        hasWindow = false, windowFrom = windowTo = PartialDate();
    else if (key == QLatin1String("degree"))
        minDegree = 0, maxDegree = INT_MAX;
    else if (key == QLatin1String("text"))
        text.clear();
    else if (key == QLatin1String("ego"))
        egoId.clear(), egoDepth = 1;
    else if (key.startsWith(QLatin1String("metric:")))
        metricMin.remove(key.mid(7));
    else if (key == QLatin1String("unsourced"))
        unsourcedOnly = false;
    else if (key == QLatin1String("tags"))
        tags.clear();
}

QJsonObject FilterCriteria::toJson() const
{
    QJsonObject o;
    QJsonArray kinds;
    for (EntityKind k : allEntityKinds)
        if (entityKinds.contains(k))
            kinds.append(entityKindName(k));
    if (!kinds.isEmpty())
        o.insert("entity_kinds", kinds);
    if (!categories.isEmpty())
        o.insert("categories", QJsonArray::fromStringList(sorted(categories)));
    if (!relationKinds.isEmpty())
        o.insert("relation_kinds", QJsonArray::fromStringList(sorted(relationKinds)));
    if (!regions.isEmpty())
        o.insert("regions", QJsonArray::fromStringList(sorted(regions)));
    if (!asOf.isNull())
        o.insert("as_of", asOf.toString());
    if (hasWindow)
        o.insert("window", QJsonArray{windowFrom.toString(), windowTo.toString()});
    if (minDegree > 0)
        o.insert("min_degree", minDegree);
    if (maxDegree != INT_MAX)
        o.insert("max_degree", maxDegree);
    if (!text.isEmpty())
        o.insert("text", text);
    if (!egoId.isEmpty())
        o.insert("ego", QJsonObject{{"id", egoId}, {"depth", egoDepth}});
    if (!metricMin.isEmpty()) {
        QJsonObject m;
        for (auto it = metricMin.constBegin(); it != metricMin.constEnd(); ++it)
            m.insert(it.key(), it.value());
        o.insert("metric_min", m);
    }
    if (unsourcedOnly)
        o.insert("unsourced_only", true);
    if (!tags.isEmpty())
        o.insert("tags", QJsonArray::fromStringList(sorted(tags)));
    o.insert("mode", mode == Mode::Hide ? "hide" : "dim");
    return o;
}

FilterCriteria FilterCriteria::fromJson(const QJsonObject& o)
{
    FilterCriteria c;
    for (const auto& k : o.value("entity_kinds").toArray())
        if (auto kind = entityKindFromName(k.toString()))
            c.entityKinds.insert(*kind);
    c.categories = stringSet(o.value("categories"));
    c.relationKinds = stringSet(o.value("relation_kinds"));
    c.regions = stringSet(o.value("regions"));
    c.asOf = date(o.value("as_of"));
    if (o.contains("window")) {
        const QJsonArray w = o.value("window").toArray();
        c.hasWindow = true;
        c.windowFrom = date(w.at(0));
        c.windowTo = date(w.at(1));
    }
    c.minDegree = o.value("min_degree").toInt(0);
    c.maxDegree = o.value("max_degree").toInt(INT_MAX);
    c.text = o.value("text").toString();
    const QJsonObject ego = o.value("ego").toObject();
    c.egoId = ego.value("id").toString();
    c.egoDepth = std::max(1, ego.value("depth").toInt(1));
    const QJsonObject m = o.value("metric_min").toObject();
    for (auto it = m.begin(); it != m.end(); ++it)
        c.metricMin.insert(it.key(), it.value().toDouble());
    c.unsourcedOnly = o.value("unsourced_only").toBool(false);
    c.tags = stringSet(o.value("tags"));
    c.mode = o.value("mode").toString() == QLatin1String("dim") ? Mode::Dim : Mode::Hide;
    return c;
}

} // namespace entente
