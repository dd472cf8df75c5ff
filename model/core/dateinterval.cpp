#include "dateinterval.h"

namespace entente {

bool DateInterval::isValid() const
{
    if (m_start.isNull() || m_end.isNull())
        return true;
    return PartialDate::compareCoarse(m_start, m_end) <= 0;
}

bool DateInterval::contains(PartialDate at) const
{
    if (at.isNull())
        return true;
    if (at.precision() == PartialDate::Precision::Year) {
        // Fast path (playback and filters step by years): at year precision the coarse
        // comparison is a comparison of years, so no truncation is needed.
        const int y = at.year();
        if (!m_start.isNull() && m_start.year() > y)
            return false;
        if (m_end.isNull() || y < m_end.year())
            return true;
        return y == m_end.year() && !m_start.isNull() && PartialDate::compareCoarse(m_start, m_end) == 0;
    }
    if (!m_start.isNull() && PartialDate::compareCoarse(m_start, at) > 0)
        return false;
    if (m_end.isNull())
        return true;
    const auto endCmp = PartialDate::compareCoarse(at, m_end);
    if (endCmp < 0)
        return true;
    // Degenerate interval (start and end in the same period): it covers that period.
    return endCmp == 0 && !m_start.isNull() && PartialDate::compareCoarse(m_start, m_end) == 0;
}

bool DateInterval::overlaps(PartialDate from, PartialDate to) const
{
    // [start, end) ∩ [from, to) ≠ ∅  ⇔  start < to  ∧  from < end (null = unbounded).
    if (!m_start.isNull() && !to.isNull() && PartialDate::compareCoarse(m_start, to) >= 0)
        return false;
    if (!m_end.isNull() && !from.isNull()) {
        const auto c = PartialDate::compareCoarse(from, m_end);
        if (c > 0)
            return false;
        if (c == 0)
            return !m_start.isNull() && PartialDate::compareCoarse(m_start, m_end) == 0;
    }
    return true;
}

} // namespace entente
