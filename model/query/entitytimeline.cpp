#include "entitytimeline.h"

#include "graph/knowledgegraph.h"

#include <algorithm>

namespace entente {

EntityTimeline::EntityTimeline(const KnowledgeGraph& graph, int vertex)
{
    graph.forEachIncident(vertex, [&](std::uint32_t r, std::uint32_t other, bool) {
        const RelationEdge& e = graph.relation(static_cast<int>(r));
        const int ri = static_cast<int>(r);
        const int oi = static_cast<int>(other);
        m_events.append({e.start, true, ri, oi});
        if (!e.end.isNull())
            m_events.append({e.end, false, ri, oi});
    });
    std::stable_sort(m_events.begin(), m_events.end(), [&](const Event& a, const Event& b) {
        if (a.date.isNull() != b.date.isNull())
            return b.date.isNull();
        if (a.date != b.date)
            return a.date < b.date;
        if (a.isStart != b.isStart)
            return !a.isStart; // an end on the same day reads before a new start
        return graph.relationId(a.relation) < graph.relationId(b.relation);
    });
}

} // namespace entente
