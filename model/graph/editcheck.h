#pragma once

#include "core/entity.h"
#include "core/relation.h"

#include <QString>

namespace entente {

class KnowledgeGraph;

/**
 * The rules an edit must follow before it may reach the store, in words a user understands:
 * ids unique, names present, dates in order, aliases not taken by another entity, and a
 * relation kind the vocabulary allows between its endpoints' kinds. Dialogs show the message
 * inline; the edit layer refuses the same edits, so no path around the dialog skips a rule.
 */
class EditCheck
{
public:
    /** Empty when the entity may be saved; `isNew` when it must not exist yet. */
    static QString entity(const KnowledgeGraph& graph, const Entity& entity, bool isNew);
    /** Whether relation(): checks the id against the graph (its id index is built on first use). */
    enum class Id
    {
        MustBeNew,
        MustExist,
        Unchecked
    };
    /** Empty when the relation may be saved. */
    static QString relation(const KnowledgeGraph& graph, const Relation& relation, Id idRule);
    /** A free id for a new entity, derived from its kind and name ("actor:jane-doe"). */
    static QString suggestEntityId(const KnowledgeGraph& graph, EntityKind kind,
                                   const QString& name);
    /** A fresh relation id ("edit:" and 64 random bits), so no index lookup is needed. */
    static QString newRelationId();
};

} // namespace entente
