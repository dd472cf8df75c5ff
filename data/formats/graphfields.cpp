#include "graphfields.h"

#include <QHash>

namespace entente {

namespace {

using Field = GraphFields::Field;

const QHash<QString, Field>& commonFields()
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("id"), Field::Id},
        {QStringLiteral("start"), Field::Start},
        {QStringLiteral("startdate"), Field::Start},
        {QStringLiteral("begin"), Field::Start},
        {QStringLiteral("end"), Field::End},
        {QStringLiteral("enddate"), Field::End},
        {QStringLiteral("until"), Field::End},
        {QStringLiteral("sources"), Field::Sources},
    };
    return fields;
}

const QHash<QString, Field>& nodeFields()
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("nodeid"), Field::Id},
        {QStringLiteral("label"), Field::Name},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("title"), Field::Name},
        {QStringLiteral("kind"), Field::Kind},
        {QStringLiteral("type"), Field::Kind},
        {QStringLiteral("entitykind"), Field::Kind},
        {QStringLiteral("nodetype"), Field::Kind},
        {QStringLiteral("category"), Field::Category},
        {QStringLiteral("aliases"), Field::Aliases},
        {QStringLiteral("alias"), Field::Aliases},
        {QStringLiteral("description"), Field::Description},
        {QStringLiteral("region"), Field::Region},
        {QStringLiteral("country"), Field::Country},
        {QStringLiteral("x"), Field::X},
        {QStringLiteral("y"), Field::Y},
        {QStringLiteral("r"), Field::Red},
        {QStringLiteral("g"), Field::Green},
        {QStringLiteral("b"), Field::Blue},
        {QStringLiteral("color"), Field::Colour},
        {QStringLiteral("colour"), Field::Colour},
    };
    return fields;
}

const QHash<QString, Field>& edgeFields()
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("edgeid"), Field::Id},
        {QStringLiteral("source"), Field::Source},
        {QStringLiteral("from"), Field::Source},
        {QStringLiteral("src"), Field::Source},
        {QStringLiteral("sourceid"), Field::Source},
        {QStringLiteral("target"), Field::Target},
        {QStringLiteral("to"), Field::Target},
        {QStringLiteral("dst"), Field::Target},
        {QStringLiteral("tgt"), Field::Target},
        {QStringLiteral("targetid"), Field::Target},
        {QStringLiteral("kind"), Field::Kind},
        {QStringLiteral("type"), Field::Kind},
        {QStringLiteral("relation"), Field::Kind},
        {QStringLiteral("relationship"), Field::Kind},
        {QStringLiteral("relationtype"), Field::Kind},
        {QStringLiteral("relationkind"), Field::Kind},
        {QStringLiteral("interaction"), Field::Kind}, // Cytoscape's edge type
        {QStringLiteral("directed"), Field::Directed},
        {QStringLiteral("direction"), Field::Directed},
        {QStringLiteral("note"), Field::Note},
        {QStringLiteral("notes"), Field::Note},
        {QStringLiteral("description"), Field::Note},
    };
    return fields;
}

Field lookup(const QHash<QString, Field>& specific, const QString& key)
{
    const auto it = specific.constFind(key);
    if (it != specific.constEnd())
        return *it;
    return commonFields().value(key, Field::None);
}

} // namespace

QString GraphFields::normalised(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key.trimmed())
        if (c != u' ' && c != u'_' && c != u'-' && c != u'.')
            out.append(c.toLower());
    return out;
}

GraphFields::Field GraphFields::nodeField(QStringView key)
{
    if (key.startsWith(AttributePrefix))
        return Field::None;
    return lookup(nodeFields(), normalised(key));
}

GraphFields::Field GraphFields::edgeField(QStringView key)
{
    if (key.startsWith(AttributePrefix))
        return Field::None;
    return lookup(edgeFields(), normalised(key));
}

int GraphFields::namePriority(QStringView key)
{
    const QString k = normalised(key);
    if (k == QLatin1String("label"))
        return 0;
    if (k == QLatin1String("name"))
        return 1;
    return 2;
}

QString GraphFields::exportName(const QString& attribute, bool edge)
{
    const Field f = edge ? edgeField(attribute) : nodeField(attribute);
    if (f == Field::None && !attribute.startsWith(AttributePrefix))
        return attribute;
    return AttributePrefix.toString() + attribute;
}

std::optional<bool> GraphFields::direction(QStringView text, bool allowBoolean)
{
    const QString t = normalised(text);
    if (t == QLatin1String("directed"))
        return true;
    if (t == QLatin1String("undirected") || t == QLatin1String("mutual"))
        return false;
    if (allowBoolean) {
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0") ||
            t == QLatin1String("none") || t == QLatin1String("both"))
            return false;
    }
    return std::nullopt;
}

} // namespace entente
