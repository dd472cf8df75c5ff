#include "actorcomparison.h"

#include "graph/knowledgegraph.h"
#include "pathconstraints.h"

#include <algorithm>
#include <set>

namespace entente {

ActorComparison::ActorComparison(const KnowledgeGraph& graph, int a, int b, const PathConstraints& c)
{
    auto neighbours = [&](int v) {
        std::set<int> out;
        graph.forEachIncident(v, [&](std::uint32_t r, std::uint32_t other, bool fwd) {
            if (c.allowsArc(static_cast<int>(r), fwd) && static_cast<int>(other) != a && static_cast<int>(other) != b)
                out.insert(static_cast<int>(other));
        });
        return out;
    };
    const std::set<int> na = neighbours(a), nb = neighbours(b);
    m_countA = static_cast<int>(na.size());
    m_countB = static_cast<int>(nb.size());
    std::vector<int> shared, all;
    std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(), std::back_inserter(shared));
    std::set_union(na.begin(), na.end(), nb.begin(), nb.end(), std::back_inserter(all));
    m_jaccard = all.empty() ? 0.0 : static_cast<double>(shared.size()) / static_cast<double>(all.size());
    for (int v : shared) {
        const Entity& e = graph.entity(v);
        if (e.kind == EntityKind::Organisation)
            m_organisations.push_back(v);
        else if (e.kind == EntityKind::Treaty && e.category == QLatin1String("alliance"))
            m_alliances.push_back(v);
        else if (e.kind == EntityKind::Treaty)
            m_treaties.push_back(v);
        else
            m_other.push_back(v);
    }
}

} // namespace entente
