#pragma once

#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * How many relations start and how many end in each year, over a chosen set of relations.
 * The timeline's overview draws it; it is recomputed when the non-time part of the filter
 * changes, never while the as-of date moves, so scrubbing stays cheap.
 */
class TimeHistogram
{
public:
    TimeHistogram() = default;

    /** Counts the relations whose flag is set in `relationMask` (an empty mask means all). */
    static TimeHistogram compute(const KnowledgeGraph& graph,
                                 const std::vector<char>& relationMask = {});

    bool isEmpty() const { return m_starts.empty(); }
    /** First and last year with a start or an end; both 0 when empty. */
    int firstYear() const { return m_first; }
    int lastYear() const { return m_last; }
    int starts(int year) const;
    int ends(int year) const;
    /** The tallest bar, starts or ends. */
    int maxCount() const { return m_max; }
    /** Relations counted that have neither start nor end (they are drawn nowhere). */
    int undated() const { return m_undated; }
    int totalStarts() const { return m_totalStarts; }
    int totalEnds() const { return m_totalEnds; }

private:
    int m_first = 0;
    int m_last = 0;
    std::vector<int> m_starts; ///< index year − m_first
    std::vector<int> m_ends;
    int m_max = 0;
    int m_undated = 0;
    int m_totalStarts = 0;
    int m_totalEnds = 0;
};

} // namespace entente
