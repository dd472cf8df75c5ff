#pragma once

#include "core/entity.h"
#include "core/relation.h"
#include "core/relationkindvocabulary.h"
#include "core/source.h"

#include <QList>
#include <QStringList>

namespace entente {

class ProjectStore;

/**
 * The complete records an export writes: a whole project, or a chosen set of entities with
 * the relations among them, together with the relation kinds and the sources they cite.
 */
struct GraphSnapshot
{
    QList<Entity> entities;
    QList<Relation> relations;
    RelationKindVocabulary vocabulary;
    QList<Source> sources;

    /** Reads from the store; with `entityIds`, only those entities and relations between them. */
    static GraphSnapshot load(ProjectStore& store, const QStringList& entityIds = {});
};

} // namespace entente
