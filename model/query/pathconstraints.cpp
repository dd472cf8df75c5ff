#include "pathconstraints.h"

#include "graph/knowledgegraph.h"

namespace entente {

PathConstraints::PathConstraints(const KnowledgeGraph& graph) : m_graph(graph) {}

void PathConstraints::allowRelationKinds(const std::vector<int>& kinds)
{
    m_kindAllowed.clear();
    if (kinds.empty())
        return;
    m_kindAllowed.assign(static_cast<size_t>(m_graph.vocabulary().size()), 0);
    for (int k : kinds)
        if (k >= 0 && k < m_graph.vocabulary().size())
            m_kindAllowed[static_cast<size_t>(k)] = 1;
}

void PathConstraints::avoidVertex(int vertex)
{
    if (m_avoidVertex.empty())
        m_avoidVertex.assign(static_cast<size_t>(m_graph.entityCount()), 0);
    if (vertex >= 0 && vertex < m_graph.entityCount())
        m_avoidVertex[static_cast<size_t>(vertex)] = 1;
}

void PathConstraints::avoidEntityKind(EntityKind kind)
{
    m_avoidEntityKind[static_cast<size_t>(kind)] = 1;
}

void PathConstraints::setWindow(PartialDate from, PartialDate to)
{
    m_from = from;
    m_to = to;
    m_hasWindow = true;
}

void PathConstraints::setKindWeight(int kind, double weight)
{
    if (kind < 0)
        return;
    if (m_kindWeight.size() <= static_cast<size_t>(kind))
        m_kindWeight.resize(static_cast<size_t>(kind) + 1, 1.0);
    m_kindWeight[static_cast<size_t>(kind)] = weight;
}

bool PathConstraints::setKindWeights(const QString& text, QString* error)
{
    std::vector<std::pair<int, double>> parsed;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        const QString kind = item.left(eq).trimmed();
        bool ok = false;
        const double w = eq > 0 ? item.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        const int index = m_graph.vocabulary().indexOf(kind);
        if (eq <= 0 || !ok || w <= 0) {
            if (error)
                *error = QStringLiteral("\"%1\" is not kind=weight with a weight above 0").arg(item);
            return false;
        }
        if (index < 0) {
            if (error)
                *error = QStringLiteral("\"%1\" is not a relation kind").arg(kind);
            return false;
        }
        parsed.emplace_back(index, w);
    }
    for (const auto& [k, w] : parsed)
        setKindWeight(k, w);
    return true;
}

bool PathConstraints::allowsRelation(int relation) const
{
    const RelationEdge& e = m_graph.relation(relation);
    if (!m_kindAllowed.empty() && !m_kindAllowed[e.kind])
        return false;
    if (!m_at.isNull() && !e.interval().contains(m_at))
        return false;
    if (m_hasWindow && !e.interval().overlaps(m_from, m_to))
        return false;
    return true;
}

bool PathConstraints::allowsVertex(int vertex) const
{
    if (!m_avoidVertex.empty() && m_avoidVertex[static_cast<size_t>(vertex)])
        return false;
    return !m_avoidEntityKind[static_cast<size_t>(m_graph.entity(vertex).kind)];
}

double PathConstraints::weight(int relation) const
{
    const auto k = m_graph.relation(relation).kind;
    return k < m_kindWeight.size() ? m_kindWeight[k] : 1.0;
}

bool PathConstraints::isUnconstrained() const
{
    return describe().isEmpty();
}

QStringList PathConstraints::describe() const
{
    QStringList out;
    if (!m_kindAllowed.empty()) {
        QStringList kinds;
        for (size_t k = 0; k < m_kindAllowed.size(); ++k)
            if (m_kindAllowed[k])
                kinds << m_graph.vocabulary().at(static_cast<int>(k)).id;
        out << QStringLiteral("only relations of kind %1").arg(kinds.join(QStringLiteral(", ")));
    }
    if (!m_avoidVertex.empty()) {
        QStringList names;
        for (size_t v = 0; v < m_avoidVertex.size(); ++v)
            if (m_avoidVertex[v])
                names << m_graph.entity(static_cast<int>(v)).name;
        out << QStringLiteral("avoiding %1").arg(names.join(QStringLiteral(", ")));
    }
    for (EntityKind k : allEntityKinds)
        if (m_avoidEntityKind[static_cast<size_t>(k)])
            out << QStringLiteral("avoiding every %1").arg(entityKindName(k));
    if (!m_at.isNull())
        out << QStringLiteral("as of %1").arg(m_at.toString());
    if (m_hasWindow)
        out << QStringLiteral("between %1 and %2").arg(m_from.isNull() ? QStringLiteral("the beginning") : m_from.toString(),
                                                      m_to.isNull() ? QStringLiteral("now") : m_to.toString());
    if (m_directed)
        out << QStringLiteral("following relation direction");
    return out;
}

} // namespace entente
