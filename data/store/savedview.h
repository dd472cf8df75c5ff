#pragma once

#include <QByteArray>
#include <QString>

namespace entente {

/**
 * A saved view of the project: a name, its place in the slide order, and an opaque JSON
 * payload (filter, positions, style, viewport) that the views layer writes and reads.
 */
struct SavedView
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    int position = 0;
    QByteArray payload = "{}";
};

} // namespace entente
