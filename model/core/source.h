#pragma once

#include <QString>

namespace entente {

/** A citation attached to entities and relations: where a fact comes from. */
struct Source
{
    QString key; ///< short stable slug used by tables and links
    QString title;
    QString publisher;
    QString url;
    QString version;
    QString accessed; ///< date the source was consulted, ISO text

    friend bool operator==(const Source&, const Source&) = default;
};

} // namespace entente
