#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace entente {

/**
 * Which attribute names of a graph file stand for which field of an entity or relation, in
 * one place, so that every reader maps "Label", "name" or "start date" the same way and every
 * writer knows which attribute names it must protect with the `attr:` prefix for a round trip.
 */
class GraphFields
{
public:
    enum class Field : std::uint8_t {
        None, ///< an ordinary attribute
        Id,
        Name,
        Kind,
        Category,
        Aliases,
        Description,
        Region,
        Country,
        Start,
        End,
        Sources,
        X,
        Y,
        Red,
        Green,
        Blue,
        Colour,
        Source, ///< edge endpoint
        Target, ///< edge endpoint
        Directed,
        Note,
    };

    /** Marks an attribute whose name would otherwise be taken for a field ("attr:kind"). */
    static constexpr QStringView AttributePrefix = u"attr:";

    static Field nodeField(QStringView key);
    static Field edgeField(QStringView key);
    /** Among the names of a node (label, name, title), lower wins. */
    static int namePriority(QStringView key);
    /** The attribute name a writer uses so that a reader takes it for an attribute again. */
    static QString exportName(const QString& attribute, bool edge);
    /**
     * "directed", "undirected" or "mutual" as a direction (Gephi puts them in an edge table's
     * Type column); with `allowBoolean` also true/false/yes/no (a "directed" column).
     * Nullopt for any other text.
     */
    static std::optional<bool> direction(QStringView text, bool allowBoolean);

private:
    /** Lower case without spaces, '_', '-' and '.', so "Start Date" and "start_date" agree. */
    static QString normalised(QStringView key);
};

} // namespace entente
