#pragma once

#include "partialdate.h"

namespace entente {

/**
 * The half-open interval [start, end) during which a relation or entity exists.
 *
 * A null start means "since some unknown time", a null end means "ongoing". All comparisons
 * happen at the coarser precision of the two dates involved (DESIGN.md, "as of"). An interval
 * whose start and end coincide at that precision (a one-year alliance coded 1815–1815) is
 * treated as covering that single period rather than as empty, so it is never invisible.
 */
class DateInterval
{
public:
    DateInterval() = default;
    DateInterval(PartialDate start, PartialDate end) : m_start(start), m_end(end) {}

    PartialDate start() const { return m_start; }
    PartialDate end() const { return m_end; }
    bool isOpenStart() const { return m_start.isNull(); }
    bool isOngoing() const { return m_end.isNull(); }

    /** True when end is not before start (compared coarsely). */
    bool isValid() const;
    /** start ≤ at < end, at the coarser precision. A null `at` is contained by everything. */
    bool contains(PartialDate at) const;
    /** True when the interval and the window [from, to) share some time. */
    bool overlaps(PartialDate from, PartialDate to) const;

    friend bool operator==(const DateInterval&, const DateInterval&) = default;

private:
    PartialDate m_start;
    PartialDate m_end;
};

} // namespace entente
