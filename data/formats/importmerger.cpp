#include "importmerger.h"

#include "store/projectstore.h"

#include <QSet>

namespace entente {

namespace {

void appendMissing(QStringList& into, const QStringList& more)
{
    for (const QString& s : more)
        if (!into.contains(s))
            into << s;
}

Entity overlayEntity(Entity merged, const Entity& imported, ImportedFields fields)
{
    if (fields & ImportedField::Name)
        merged.name = imported.name;
    if (fields & ImportedField::Kind)
        merged.kind = imported.kind;
    if (fields & ImportedField::Category)
        merged.category = imported.category;
    if (fields & ImportedField::Aliases)
        appendMissing(merged.aliases, imported.aliases);
    if (fields & ImportedField::Description)
        merged.description = imported.description;
    if (fields & ImportedField::Region)
        merged.region = imported.region;
    if (fields & ImportedField::Country)
        merged.country = imported.country;
    merged.existence = DateInterval(
        fields & ImportedField::Start ? imported.existence.start() : merged.existence.start(),
        fields & ImportedField::End ? imported.existence.end() : merged.existence.end());
    // A merged interval must still be an interval; the file's dates win over the project's.
    if (!merged.existence.isValid())
        merged.existence = imported.existence;
    for (auto it = imported.attributes.cbegin(); it != imported.attributes.cend(); ++it)
        merged.attributes.insert(it.key(), it.value());
    appendMissing(merged.sources, imported.sources);
    return merged;
}

Relation overlayRelation(Relation merged, const Relation& imported, ImportedFields fields)
{
    if (fields & ImportedField::Kind)
        merged.kind = imported.kind;
    merged.source = imported.source;
    merged.target = imported.target;
    merged.interval = DateInterval(
        fields & ImportedField::Start ? imported.interval.start() : merged.interval.start(),
        fields & ImportedField::End ? imported.interval.end() : merged.interval.end());
    if (!merged.interval.isValid())
        merged.interval = imported.interval;
    if (fields & ImportedField::Note)
        merged.note = imported.note;
    for (auto it = imported.attributes.cbegin(); it != imported.attributes.cend(); ++it)
        merged.attributes.insert(it.key(), it.value());
    appendMissing(merged.sources, imported.sources);
    return merged;
}

} // namespace

WriteBatch ImportMerger::overlay(ProjectStore& store, const ImportResult& result)
{
    WriteBatch batch = result.batch;

    const RelationKindVocabulary vocabulary = store.vocabulary();
    batch.relationKinds.removeIf([&](const RelationKind& k) { return vocabulary.contains(k.id); });

    if (!result.placeholderSources.isEmpty()) {
        QSet<QString> known;
        for (const Source& s : store.sources(result.placeholderSources))
            known.insert(s.key);
        batch.sources.removeIf([&](const Source& s) { return known.contains(s.key); });
    }

    const QStringList entityIds = store.entityIds();
    const QSet<QString> existingEntities(entityIds.cbegin(), entityIds.cend());
    // Into a new project nothing is overlaid: skip the loop, which would detach (copy) the list.
    if (!existingEntities.isEmpty())
        for (qsizetype i = 0; i < batch.entities.size(); ++i)
            if (Entity& e = batch.entities[i]; existingEntities.contains(e.id))
                if (const auto old = store.entity(e.id))
                    e = overlayEntity(*old, e, result.entityFields.value(i));

    const QStringList relationIds = store.relationIds();
    const QSet<QString> existingRelations(relationIds.cbegin(), relationIds.cend());
    if (!existingRelations.isEmpty())
        for (qsizetype i = 0; i < batch.relations.size(); ++i)
            if (Relation& r = batch.relations[i]; existingRelations.contains(r.id))
                if (const auto old = store.relation(r.id))
                    r = overlayRelation(*old, r, result.relationFields.value(i));
    return batch;
}

ImportSummary ImportMerger::merge(ProjectStore& store, const ImportResult& result)
{
    const WriteSummary written = store.write(overlay(store, result));
    ImportSummary summary;
    summary.entitiesAdded = written.entitiesAdded;
    summary.relationsAdded = written.relationsAdded;
    summary.updated = written.entitiesUpdated + written.relationsUpdated;
    summary.skipped = result.skipped;
    summary.warnings = result.warnings;
    return summary;
}

} // namespace entente
