#include "slide.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace entente {

Slide Slide::fromPayload(const QByteArray& payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    Slide s;
    s.title = o.value("title").toString();
    s.subtitle = o.value("subtitle").toString();
    for (const auto& id : o.value("entities").toArray())
        s.entityIds << id.toString();
    const QJsonObject positions = o.value("positions").toObject();
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (xy.size() == 2)
            s.positions.insert(it.key(), QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    s.filter = FilterCriteria::fromJson(o.value("filter").toObject());
    const QJsonArray vp = o.value("viewport").toArray();
    if (vp.size() == 4)
        s.viewport = QRectF(vp[0].toDouble(), vp[1].toDouble(), vp[2].toDouble(), vp[3].toDouble());
    return s;
}

QByteArray Slide::toPayload(const QByteArray& payload) const
{
    QJsonObject o = QJsonDocument::fromJson(payload).object();
    QJsonArray ids;
    for (const QString& id : entityIds)
        ids.append(id);
    QJsonObject positionsJson;
    for (auto it = positions.begin(); it != positions.end(); ++it)
        positionsJson.insert(it.key(), QJsonArray{std::round(it.value().x() * 10) / 10,
                                                  std::round(it.value().y() * 10) / 10});
    o.insert("title", title);
    if (subtitle.isEmpty())
        o.remove("subtitle");
    else
        o.insert("subtitle", subtitle);
    o.insert("entities", ids);
    o.insert("positions", positionsJson);
    o.insert("filter", filter.toJson());
    if (viewport.isValid())
        o.insert("viewport",
                 QJsonArray{viewport.x(), viewport.y(), viewport.width(), viewport.height()});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace entente
