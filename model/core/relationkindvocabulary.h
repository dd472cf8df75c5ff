#pragma once

#include "relationkind.h"

#include <QHash>
#include <QList>

namespace entente {

/**
 * The project's relation kinds, addressed by a small integer index so that a million relations
 * can name their kind in two bytes. Imports may add kinds; indexes never change once given.
 */
class RelationKindVocabulary
{
public:
    /** Adds a kind (or replaces the one with the same id) and returns its index. */
    int add(const RelationKind& kind);
    int indexOf(const QString& id) const { return m_index.value(id, -1); }
    bool contains(const QString& id) const { return m_index.contains(id); }
    const RelationKind& at(int index) const { return m_kinds.at(index); }
    const RelationKind* find(const QString& id) const;
    int size() const { return static_cast<int>(m_kinds.size()); }
    const QList<RelationKind>& kinds() const { return m_kinds; }

    /** A kind made up for an id nobody declared (an imported edge type): directed, any ends. */
    static RelationKind makeGeneric(const QString& id);

private:
    QList<RelationKind> m_kinds;
    QHash<QString, int> m_index;
};

} // namespace entente
