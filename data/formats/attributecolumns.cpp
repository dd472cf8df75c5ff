#include "attributecolumns.h"

#include "graphfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace entente {

namespace {

using Type = AttributeColumns::Type;

Type typeOf(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return Type::Boolean;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Type::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Type::Double;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return Type::List;
    default:
        return Type::String;
    }
}

/** The one type that holds both: whole numbers widen to decimals, anything else to text. */
Type unite(Type a, Type b)
{
    if (a == b)
        return a;
    if ((a == Type::Integer && b == Type::Double) || (a == Type::Double && b == Type::Integer))
        return Type::Double;
    return Type::String;
}

template<typename Record>
QList<AttributeColumns::Column> columnsOf(const QList<Record>& records, bool edge)
{
    QList<AttributeColumns::Column> columns;
    QHash<QString, qsizetype> index;
    for (const Record& r : records)
        for (auto it = r.attributes.cbegin(); it != r.attributes.cend(); ++it) {
            const Type t = typeOf(it.value());
            const auto found = index.constFind(it.key());
            if (found == index.constEnd()) {
                index.insert(it.key(), columns.size());
                columns << AttributeColumns::Column{it.key(), GraphFields::exportName(it.key(), edge), t};
            } else {
                columns[*found].type = unite(columns[*found].type, t);
            }
        }
    return columns;
}

} // namespace

QList<AttributeColumns::Column> AttributeColumns::of(const QList<Entity>& entities)
{
    return columnsOf(entities, false);
}

QList<AttributeColumns::Column> AttributeColumns::of(const QList<Relation>& relations)
{
    return columnsOf(relations, true);
}

QString AttributeColumns::text(const QVariant& value)
{
    switch (typeOf(value)) {
    case Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case Type::List:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
    default:
        break;
    }
    if (value.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    return value.toString();
}

QString AttributeColumns::gexfList(const QVariant& value)
{
    QStringList items;
    for (const QVariant& v : value.toList()) {
        QString item = text(v);
        item.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        items << u'"' + item + u'"';
    }
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

QString AttributeColumns::graphmlType(Type type)
{
    switch (type) {
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Integer:
        return QStringLiteral("long");
    case Type::Double:
        return QStringLiteral("double");
    case Type::String:
    case Type::List:
        break;
    }
    return QStringLiteral("string");
}

QString AttributeColumns::gexfType(Type type)
{
    return type == Type::List ? QStringLiteral("liststring") : graphmlType(type);
}

} // namespace entente
