#include "knowledgegraph.h"

namespace entente {

void KnowledgeGraph::reserve(qsizetype entities, qsizetype relations)
{
    m_entities.reserve(static_cast<size_t>(entities));
    m_adapter.reserveVertices(entities);
    m_relations.reserve(static_cast<size_t>(relations));
    m_relationIds.reserve(static_cast<size_t>(relations));
}

int KnowledgeGraph::addEntity(Entity entity)
{
    if (!m_adapter.addVertexId(entity.id))
        return -1;
    m_entities.push_back(std::move(entity));
    return static_cast<int>(m_entities.size()) - 1;
}

int KnowledgeGraph::addRelation(QString id, int kind, int source, int target, DateInterval interval,
                                bool unsourced)
{
    RelationEdge e;
    e.source = static_cast<std::uint32_t>(source);
    e.target = static_cast<std::uint32_t>(target);
    e.kind = static_cast<std::uint16_t>(kind);
    e.start = interval.start();
    e.end = interval.end();
    e.unsourced = unsourced;
    m_relations.push_back(e);
    m_relationIds.push_back(std::move(id));
    return static_cast<int>(m_relations.size()) - 1;
}

void KnowledgeGraph::finalize()
{
    m_adapter.build(m_relations);
}

int KnowledgeGraph::indexOf(const QString& id) const
{
    const auto v = m_adapter.vertexOf(id);
    return v == GraphAdapter::NoVertex ? -1 : static_cast<int>(v);
}

int KnowledgeGraph::relationIndexOf(const QString& id) const
{
    std::call_once(m_relationIndexOnce, [this] {
        m_relationIndex.reserve(static_cast<qsizetype>(m_relationIds.size()));
        for (size_t i = 0; i < m_relationIds.size(); ++i)
            m_relationIndex.insert(m_relationIds[i], static_cast<int>(i));
    });
    return m_relationIndex.value(id, -1);
}

} // namespace entente
