#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace entente {

/** What to export besides the records: the scope, a title, and node positions from a view. */
struct ExportOptions
{
    /** Empty: the whole project; else these entities and the relations between them. */
    QStringList entityIds;
    /** Names the graph inside the file (GEXF description, DOT graph label, JSON data.name). */
    QString title;
    /** Entity id → position on the canvas, for formats that carry layout (GEXF, JSON, DOT). */
    QHash<QString, QPointF> positions;
};

} // namespace entente
