#include "csvcolumnmapping.h"

#include "graphfields.h"

namespace entente {

namespace {

using Role = CsvColumnMapping::Role;

QString squeezed(QStringView text)
{
    QString out;
    for (QChar c : text.trimmed())
        if (c != u' ' && c != u'_' && c != u'-')
            out.append(c.toLower());
    return out;
}

} // namespace

std::optional<Role> CsvColumnMapping::roleFor(QStringView header) const
{
    const QStringView wanted = header.trimmed();
    for (const auto& [name, role] : columns)
        if (QStringView(name).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

void CsvColumnMapping::set(const QString& header, Role role)
{
    for (auto& entry : columns)
        if (QStringView(entry.first)
                .trimmed()
                .compare(QStringView(header).trimmed(), Qt::CaseInsensitive) == 0) {
            entry.second = role;
            return;
        }
    columns.append({header, role});
}

QList<Role> CsvColumnMapping::choices()
{
    return {Role::Id,           Role::Name,    Role::Kind,      Role::Category, Role::Aliases,
            Role::Description,  Role::Start,   Role::End,       Role::Source,   Role::Target,
            Role::RelationKind, Role::Sources, Role::Attribute, Role::Ignore};
}

QString CsvColumnMapping::roleName(Role role)
{
    switch (role) {
    case Role::Ignore:
        return QStringLiteral("ignore");
    case Role::Attribute:
        return QStringLiteral("attribute");
    case Role::Id:
        return QStringLiteral("id");
    case Role::Name:
        return QStringLiteral("name");
    case Role::Kind:
        return QStringLiteral("kind");
    case Role::Category:
        return QStringLiteral("category");
    case Role::Aliases:
        return QStringLiteral("aliases");
    case Role::Description:
        return QStringLiteral("description");
    case Role::Start:
        return QStringLiteral("start");
    case Role::End:
        return QStringLiteral("end");
    case Role::Sources:
        return QStringLiteral("sources");
    case Role::Source:
        return QStringLiteral("source");
    case Role::Target:
        return QStringLiteral("target");
    case Role::RelationKind:
        return QStringLiteral("relation_kind");
    }
    return QString();
}

QString CsvColumnMapping::roleLabel(Role role)
{
    switch (role) {
    case Role::Source:
        return QStringLiteral("source (from)");
    case Role::Target:
        return QStringLiteral("target (to)");
    case Role::RelationKind:
        return QStringLiteral("relation kind");
    case Role::Sources:
        return QStringLiteral("cited sources");
    default:
        return roleName(role);
    }
}

std::optional<Role> CsvColumnMapping::roleFromName(QStringView name)
{
    const QString n = squeezed(name);
    for (Role r : choices())
        if (squeezed(roleName(r)) == n)
            return r;
    if (n == QLatin1String("label") || n == QLatin1String("title"))
        return Role::Name;
    if (n == QLatin1String("type"))
        return Role::Kind;
    if (n == QLatin1String("alias"))
        return Role::Aliases;
    if (n == QLatin1String("note") || n == QLatin1String("notes"))
        return Role::Description;
    if (n == QLatin1String("from"))
        return Role::Source;
    if (n == QLatin1String("to"))
        return Role::Target;
    if (n == QLatin1String("relation") || n == QLatin1String("relationtype"))
        return Role::RelationKind;
    if (n == QLatin1String("attr"))
        return Role::Attribute;
    if (n == QLatin1String("skip") || n == QLatin1String("none"))
        return Role::Ignore;
    return std::nullopt;
}

CsvColumnMapping::Role CsvColumnMapping::guess(QStringView header, bool edgeTable)
{
    using Field = GraphFields::Field;
    const Field f = edgeTable ? GraphFields::edgeField(header) : GraphFields::nodeField(header);
    switch (f) {
    case Field::Id:
        return Role::Id;
    case Field::Name:
        return Role::Name;
    case Field::Kind:
        return edgeTable ? Role::RelationKind : Role::Kind;
    case Field::Category:
        return Role::Category;
    case Field::Aliases:
        return Role::Aliases;
    case Field::Description:
    case Field::Note:
        return Role::Description;
    case Field::Start:
        return Role::Start;
    case Field::End:
        return Role::End;
    case Field::Sources:
        return Role::Sources;
    case Field::Source:
        return Role::Source;
    case Field::Target:
        return Role::Target;
    default:
        // Region, country, positions, colours and direction are read from their headers too,
        // but for a user they are attributes with a recognised name.
        return Role::Attribute;
    }
}

std::optional<CsvColumnMapping> CsvColumnMapping::parse(const QString& spec, QString* error)
{
    CsvColumnMapping mapping;
    QList<QString> parts;
    QString current;
    bool quoted = false;
    for (QChar c : spec) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (quoted) {
        *error = QStringLiteral("unbalanced double quote in \"%1\"").arg(spec);
        return std::nullopt;
    }
    parts << current;
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        // The last '=' outside quotes splits header from role.
        qsizetype split = -1;
        bool inQuotes = false;
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] == u'"')
                inQuotes = !inQuotes;
            else if (part[i] == u'=' && !inQuotes)
                split = i;
        }
        if (split < 0) {
            *error = QStringLiteral("\"%1\" is not COLUMN=ROLE").arg(part.trimmed());
            return std::nullopt;
        }
        QString header = part.left(split).trimmed();
        if (header.size() >= 2 && header.startsWith(u'"') && header.endsWith(u'"'))
            header = header.mid(1, header.size() - 2);
        const QString roleText = part.mid(split + 1).trimmed();
        const auto role = roleFromName(roleText);
        if (header.isEmpty()) {
            *error = QStringLiteral("\"%1\" names no column before '='").arg(part.trimmed());
            return std::nullopt;
        }
        if (!role) {
            QStringList names;
            for (Role r : choices())
                names << roleName(r);
            *error = QStringLiteral("\"%1\" is not a role; expected one of %2")
                         .arg(roleText, names.join(u", "));
            return std::nullopt;
        }
        if (mapping.roleFor(header)) {
            *error = QStringLiteral("column \"%1\" is mapped twice").arg(header);
            return std::nullopt;
        }
        mapping.columns.append({header, *role});
    }
    if (mapping.isEmpty()) {
        *error = QStringLiteral("no COLUMN=ROLE pairs in \"%1\"").arg(spec);
        return std::nullopt;
    }
    return mapping;
}

QString CsvColumnMapping::toString() const
{
    QStringList parts;
    for (const auto& [header, role] : columns) {
        const bool quote = header.contains(u',') || header.contains(u'=');
        parts << (quote ? u'"' + header + u'"' : header) + u'=' + roleName(role);
    }
    return parts.join(u',');
}

} // namespace entente
