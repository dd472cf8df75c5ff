#pragma once

#include "query/filtercriteria.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QStringList>

namespace entente {

/**
 * One saved view read as a slide: the entities it draws and where, its filter, the part of
 * the canvas it framed, and the title shown on the slide. It reads and writes the saved
 * view's JSON payload, which belongs to the views layer.
 */
struct Slide
{
    QString title;
    QString subtitle;
    QStringList entityIds;
    QHash<QString, QPointF> positions;
    FilterCriteria filter;
    QRectF viewport;

    static Slide fromPayload(const QByteArray& payload);
    /** Writes the slide into `payload`, keeping any keys it does not know. */
    QByteArray toPayload(const QByteArray& payload = "{}") const;
};

} // namespace entente
