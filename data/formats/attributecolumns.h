#pragma once

#include "core/entity.h"
#include "core/relation.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <cstdint>

namespace entente {

/**
 * The free attributes of a set of entities or relations as the columns of a file: every key
 * once, in the order first met, with the one type that fits all its values (so GraphML and
 * GEXF can declare it) and the name under which a reader takes it for an attribute again.
 */
class AttributeColumns
{
public:
    enum class Type : std::uint8_t { Boolean, Integer, Double, String, List };

    struct Column
    {
        QString key; ///< the attribute's key in the project
        QString name; ///< the name written to the file (GraphFields::exportName)
        Type type = Type::String;
    };

    static QList<Column> of(const QList<Entity>& entities);
    static QList<Column> of(const QList<Relation>& relations);

    /** A value as text: true/false, shortest round-tripping numbers, lists and maps as JSON. */
    static QString text(const QVariant& value);
    /** A list as GEXF 1.3 writes it: ["a", "b"], items quoted so commas inside survive. */
    static QString gexfList(const QVariant& value);
    /** GraphML's attr.type ("boolean", "long", "double", "string"). */
    static QString graphmlType(Type type);
    /** GEXF's attribute type ("boolean", "long", "double", "string", "liststring"). */
    static QString gexfType(Type type);
};

} // namespace entente
