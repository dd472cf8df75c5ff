#include "editcheck.h"

#include "knowledgegraph.h"

#include <QRegularExpression>
#include <QUuid>

namespace entente {

QString EditCheck::entity(const KnowledgeGraph& graph, const Entity& e, bool isNew)
{
    const QString id = e.id.trimmed();
    if (id.isEmpty())
        return QStringLiteral("The id is empty.");
    if (id != e.id || id.contains(QRegularExpression(QStringLiteral("\\s"))))
        return QStringLiteral(
                   "The id \"%1\" contains spaces; use letters, digits, ':', '-' or '_'.")
            .arg(e.id);
    const int existing = graph.indexOf(id);
    if (isNew && existing >= 0)
        return QStringLiteral("The id \"%1\" is already used by %2.")
            .arg(id, graph.entity(existing).name);
    if (!isNew && existing < 0)
        return QStringLiteral("There is no entity \"%1\" to change.").arg(id);
    if (e.name.trimmed().isEmpty())
        return QStringLiteral("The name is empty.");
    if (!e.existence.isValid())
        return QStringLiteral("The end date %1 is before the start date %2.")
            .arg(e.existence.end().toString(), e.existence.start().toString());
    QStringList seen;
    for (const QString& alias : e.aliases) {
        const QString a = alias.trimmed();
        if (a.isEmpty())
            return QStringLiteral("An alias is empty.");
        if (seen.contains(a, Qt::CaseInsensitive))
            return QStringLiteral("The alias \"%1\" is listed twice.").arg(a);
        seen << a;
    }
    // An alias is how people find an entity; one that already names another entity would make
    // a search or a `show` by that name ambiguous. A name shared by two entities is allowed
    // (two people may share a name), an alias colliding with one is not.
    for (int v = 0; v < graph.entityCount(); ++v) {
        const Entity& other = graph.entity(v);
        if (other.id == id)
            continue;
        for (const QString& a : seen) {
            if (a.compare(other.name, Qt::CaseInsensitive) == 0 ||
                other.aliases.contains(a, Qt::CaseInsensitive))
                return QStringLiteral("The alias \"%1\" already names %2 (%3).")
                    .arg(a, other.name, other.id);
        }
    }
    return {};
}

QString EditCheck::relation(const KnowledgeGraph& graph, const Relation& r, Id idRule)
{
    if (r.id.trimmed().isEmpty())
        return QStringLiteral("The relation id is empty.");
    if (idRule != Id::Unchecked) {
        const int existing = graph.relationIndexOf(r.id);
        if (idRule == Id::MustBeNew && existing >= 0)
            return QStringLiteral("The relation id \"%1\" is already used.").arg(r.id);
        if (idRule == Id::MustExist && existing < 0)
            return QStringLiteral("There is no relation \"%1\" to change.").arg(r.id);
    }
    const int s = graph.indexOf(r.source);
    const int t = graph.indexOf(r.target);
    if (s < 0)
        return QStringLiteral("The source \"%1\" is not an entity of this project.").arg(r.source);
    if (t < 0)
        return QStringLiteral("The target \"%1\" is not an entity of this project.").arg(r.target);
    if (s == t)
        return QStringLiteral("A relation needs two different entities.");
    const RelationKind* kind = graph.vocabulary().find(r.kind);
    if (!kind)
        return QStringLiteral("\"%1\" is not a relation kind of this project.").arg(r.kind);
    const Entity& from = graph.entity(s);
    const Entity& to = graph.entity(t);
    if (!kind->allows(from.kind, to.kind))
        return QStringLiteral("\"%1\" cannot join %2 (%3) to %4 (%5).")
            .arg(kind->label, from.name, entityKindName(from.kind), to.name,
                 entityKindName(to.kind));
    if (!r.interval.isValid())
        return QStringLiteral("The end date %1 is before the start date %2.")
            .arg(r.interval.end().toString(), r.interval.start().toString());
    return {};
}

QString EditCheck::suggestEntityId(const KnowledgeGraph& graph, EntityKind kind,
                                   const QString& name)
{
    QString slug = name.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9\\s-]")));
    slug = slug.simplified().replace(u' ', u'-');
    if (slug.isEmpty())
        slug = QStringLiteral("new");
    static const char* prefixes[] = {"actor", "org", "treaty", "mech"};
    const QString base =
        QStringLiteral("%1:%2").arg(QLatin1String(prefixes[static_cast<int>(kind)]), slug.left(48));
    QString id = base;
    for (int n = 2; graph.indexOf(id) >= 0; ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

QString EditCheck::newRelationId()
{
    return QStringLiteral("edit:") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace entente
