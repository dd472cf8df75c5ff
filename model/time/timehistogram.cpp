#include "timehistogram.h"

#include "graph/knowledgegraph.h"

#include <algorithm>
#include <climits>

namespace entente {

TimeHistogram TimeHistogram::compute(const KnowledgeGraph& graph,
                                     const std::vector<char>& relationMask)
{
    TimeHistogram h;
    const int m = graph.relationCount();
    const bool all = relationMask.empty();
    int first = INT_MAX, last = INT_MIN;
    for (int r = 0; r < m; ++r) {
        if (!all && !relationMask[static_cast<size_t>(r)])
            continue;
        const RelationEdge& e = graph.relation(r);
        if (e.start.isNull() && e.end.isNull()) {
            ++h.m_undated;
            continue;
        }
        for (const PartialDate& d : {e.start, e.end})
            if (!d.isNull()) {
                first = std::min(first, d.year());
                last = std::max(last, d.year());
            }
    }
    if (first > last)
        return h;
    h.m_first = first;
    h.m_last = last;
    const auto span = static_cast<size_t>(last - first + 1);
    h.m_starts.assign(span, 0);
    h.m_ends.assign(span, 0);
    for (int r = 0; r < m; ++r) {
        if (!all && !relationMask[static_cast<size_t>(r)])
            continue;
        const RelationEdge& e = graph.relation(r);
        if (!e.start.isNull()) {
            ++h.m_starts[static_cast<size_t>(e.start.year() - first)];
            ++h.m_totalStarts;
        }
        if (!e.end.isNull()) {
            ++h.m_ends[static_cast<size_t>(e.end.year() - first)];
            ++h.m_totalEnds;
        }
    }
    for (size_t i = 0; i < span; ++i)
        h.m_max = std::max({h.m_max, h.m_starts[i], h.m_ends[i]});
    return h;
}

int TimeHistogram::starts(int year) const
{
    return year < m_first || year > m_last || isEmpty()
               ? 0
               : m_starts[static_cast<size_t>(year - m_first)];
}

int TimeHistogram::ends(int year) const
{
    return year < m_first || year > m_last || isEmpty()
               ? 0
               : m_ends[static_cast<size_t>(year - m_first)];
}

} // namespace entente
