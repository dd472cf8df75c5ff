#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace entente {

class KnowledgeGraph;
class PathConstraints;

/**
 * "Compare two actors": what they share — organisations both belong to, treaties both are
 * party to (alliances among them listed apart), other shared neighbours — and the Jaccard
 * similarity of their sets of neighbours, under the given constraints (e.g. as of a date).
 */
class ActorComparison
{
public:
    ActorComparison(const KnowledgeGraph& graph, int a, int b, const PathConstraints& c);

    const std::vector<int>& sharedOrganisations() const { return m_organisations; }
    const std::vector<int>& sharedTreaties() const { return m_treaties; }
    const std::vector<int>& sharedAlliances() const { return m_alliances; }
    const std::vector<int>& sharedOther() const { return m_other; }
    int neighboursOfA() const { return m_countA; }
    int neighboursOfB() const { return m_countB; }
    /** |N(a) ∩ N(b)| / |N(a) ∪ N(b)|, 0 when both have no neighbours. */
    double jaccard() const { return m_jaccard; }

private:
    std::vector<int> m_organisations, m_treaties, m_alliances, m_other;
    int m_countA = 0, m_countB = 0;
    double m_jaccard = 0;
};

} // namespace entente
