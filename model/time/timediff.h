#pragma once

#include "core/partialdate.h"

#include <QString>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * What changed between two dates: relations in force at the later date but not the earlier
 * one (added: joined, signed, allied), in force at the earlier but not the later (removed:
 * left, withdrew, ended), and those that began and ended in between (transient). "In force"
 * follows the same coarse as-of rule as everywhere else (DateInterval::contains).
 */
class TimeDiff
{
public:
    enum class Change
    {
        Added,
        Removed,
        Transient
    };
    struct Item
    {
        int relation = -1;
        Change change = Change::Added;
        /** When it changed: the start of an added or transient relation, the end of a removed one.
         */
        PartialDate when;
    };

    /** Compares the relations flagged in `relationMask` (empty = all) at `from` and at `to`. */
    TimeDiff(const KnowledgeGraph& graph, PartialDate from, PartialDate to,
             const std::vector<char>& relationMask = {});

    PartialDate from() const { return m_from; }
    PartialDate to() const { return m_to; }
    /** Ordered by the date of the change, then by relation. */
    const std::vector<Item>& items() const { return m_items; }
    int count(Change change) const;

    /** One line a person reads: "Finland joined: member of NATO (2023-04-04)". */
    static QString describe(const KnowledgeGraph& graph, const Item& item);

private:
    PartialDate m_from;
    PartialDate m_to;
    std::vector<Item> m_items;
};

} // namespace entente
