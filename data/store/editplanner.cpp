#include "editplanner.h"

#include "graph/editcheck.h"
#include "graph/knowledgegraph.h"
#include "projectstore.h"
#include "storeerror.h"

namespace entente {

void EditPlanner::refuse(const QString& why) const
{
    throw StoreError(StoreError::Code::InvalidData, why);
}

Entity EditPlanner::requireEntity(const QString& id)
{
    auto e = m_store.entity(id);
    if (!e)
        refuse(QStringLiteral("There is no entity \"%1\".").arg(id));
    return *e;
}

Relation EditPlanner::requireRelation(const QString& id)
{
    auto r = m_store.relation(id);
    if (!r)
        refuse(QStringLiteral("There is no relation \"%1\".").arg(id));
    return *r;
}

EditStep EditPlanner::addEntity(const Entity& entity)
{
    if (const QString why = EditCheck::entity(m_graph, entity, true); !why.isEmpty())
        refuse(why);
    EditStep step;
    step.text = QStringLiteral("Add %1").arg(entity.name);
    step.redo.entities << entity;
    step.undo.deletedEntities << entity.id;
    return step;
}

EditStep EditPlanner::updateEntity(const Entity& entity)
{
    if (const QString why = EditCheck::entity(m_graph, entity, false); !why.isEmpty())
        refuse(why);
    EditStep step;
    step.text = QStringLiteral("Edit %1").arg(entity.name);
    step.undo.entities << requireEntity(entity.id);
    step.redo.entities << entity;
    return step;
}

EditStep EditPlanner::deleteEntity(const QString& id)
{
    const Entity old = requireEntity(id);
    EditStep step;
    step.text = QStringLiteral("Delete %1").arg(old.name);
    step.redo.deletedEntities << id;
    step.undo.entities << old;
    for (const Relation& r : m_store.relationsOf(id)) {
        step.redo.deletedRelations << r.id;
        step.undo.relations << r;
    }
    return step;
}

EditStep EditPlanner::addRelation(const Relation& relation)
{
    if (const QString why = EditCheck::relation(m_graph, relation, EditCheck::Id::Unchecked);
        !why.isEmpty())
        refuse(why);
    // The store, not the graph, answers "is this id taken": it has an index, while the graph
    // would build one over every relation on first use.
    if (m_store.relation(relation.id))
        refuse(QStringLiteral("The relation id \"%1\" is already used.").arg(relation.id));
    EditStep step;
    const RelationKind* kind = m_graph.vocabulary().find(relation.kind);
    step.text = QStringLiteral("Add %1 %2 %3")
                    .arg(m_graph.entity(m_graph.indexOf(relation.source)).name, kind->label,
                         m_graph.entity(m_graph.indexOf(relation.target)).name);
    step.redo.relations << relation;
    step.undo.deletedRelations << relation.id;
    return step;
}

EditStep EditPlanner::updateRelation(const Relation& relation)
{
    if (const QString why = EditCheck::relation(m_graph, relation, EditCheck::Id::Unchecked);
        !why.isEmpty())
        refuse(why);
    EditStep step;
    step.undo.relations << requireRelation(relation.id);
    step.text = QStringLiteral("Edit relation %1").arg(relation.id);
    step.redo.relations << relation;
    return step;
}

EditStep EditPlanner::deleteRelation(const QString& id)
{
    const Relation old = requireRelation(id);
    EditStep step;
    step.text = QStringLiteral("Delete relation %1").arg(id);
    step.redo.deletedRelations << id;
    step.undo.relations << old;
    return step;
}

EditStep EditPlanner::mergeEntities(const QString& keptId, const QString& duplicateId)
{
    if (keptId == duplicateId)
        refuse(QStringLiteral("An entity cannot be merged into itself."));
    const Entity kept = requireEntity(keptId);
    const Entity duplicate = requireEntity(duplicateId);
    if (kept.kind != duplicate.kind)
        refuse(
            QStringLiteral("%1 is a %2 and %3 a %4; only entities of the same kind can be merged.")
                .arg(kept.name, entityKindName(kept.kind), duplicate.name,
                     entityKindName(duplicate.kind)));

    Entity merged = kept;
    for (const QString& a : QStringList{duplicate.name} + duplicate.aliases)
        if (a.compare(merged.name, Qt::CaseInsensitive) != 0 &&
            !merged.aliases.contains(a, Qt::CaseInsensitive))
            merged.aliases << a;
    for (const QString& s : duplicate.sources)
        if (!merged.sources.contains(s))
            merged.sources << s;
    if (merged.description.isEmpty())
        merged.description = duplicate.description;
    if (merged.region.isEmpty())
        merged.region = duplicate.region;
    if (merged.country.isEmpty())
        merged.country = duplicate.country;
    if (merged.existence == DateInterval())
        merged.existence = duplicate.existence;
    for (auto it = duplicate.attributes.cbegin(); it != duplicate.attributes.cend(); ++it)
        if (!merged.attributes.contains(it.key()))
            merged.attributes.insert(it.key(), it.value());

    EditStep step;
    step.text = QStringLiteral("Merge %1 into %2").arg(duplicate.name, kept.name);
    step.redo.entities << merged;
    step.undo.entities << kept << duplicate;
    for (const Relation& r : m_store.relationsOf(duplicateId)) {
        step.undo.relations << r;
        Relation moved = r;
        if (moved.source == duplicateId)
            moved.source = keptId;
        if (moved.target == duplicateId)
            moved.target = keptId;
        if (moved.source == moved.target)
            step.redo.deletedRelations
                << r.id; // a tie between the two duplicates means nothing once merged
        else
            step.redo.relations << moved;
    }
    step.redo.deletedEntities << duplicateId;
    return step;
}

EditStep EditPlanner::setCategory(const QStringList& ids, const QString& category)
{
    EditStep step;
    step.text = QStringLiteral("Set category \"%1\" on %2 entities").arg(category).arg(ids.size());
    for (const QString& id : ids) {
        const Entity old = requireEntity(id);
        Entity changed = old;
        changed.category = category;
        step.undo.entities << old;
        step.redo.entities << changed;
    }
    return step;
}

EditStep EditPlanner::addTag(const QStringList& ids, const QString& tag)
{
    const QString t = tag.trimmed();
    if (t.isEmpty())
        refuse(QStringLiteral("The tag is empty."));
    EditStep step;
    step.text = QStringLiteral("Tag %1 entities \"%2\"").arg(ids.size()).arg(t);
    for (const QString& id : ids) {
        const Entity old = requireEntity(id);
        QStringList tags = old.attributes.value(QStringLiteral("tags")).toStringList();
        if (tags.contains(t))
            continue;
        tags << t;
        Entity changed = old;
        changed.attributes.insert(QStringLiteral("tags"), tags);
        step.undo.entities << old;
        step.redo.entities << changed;
    }
    return step;
}

} // namespace entente
