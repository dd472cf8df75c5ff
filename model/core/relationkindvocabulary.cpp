#include "relationkindvocabulary.h"

namespace entente {

int RelationKindVocabulary::add(const RelationKind& kind)
{
    const auto it = m_index.constFind(kind.id);
    if (it != m_index.constEnd()) {
        m_kinds[*it] = kind;
        return *it;
    }
    const int index = static_cast<int>(m_kinds.size());
    m_kinds.append(kind);
    m_index.insert(kind.id, index);
    return index;
}

const RelationKind* RelationKindVocabulary::find(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_kinds.at(i);
}

RelationKind RelationKindVocabulary::makeGeneric(const QString& id)
{
    RelationKind k;
    k.id = id;
    k.label = QString(id).replace(u'_', u' ');
    k.inverseLabel = k.label + QStringLiteral(" (inverse)");
    k.directed = true;
    k.fromKinds = QList<EntityKind>(allEntityKinds.begin(), allEntityKinds.end());
    k.toKinds = k.fromKinds;
    k.colour = QStringLiteral("#8C8C8C");
    return k;
}

} // namespace entente
