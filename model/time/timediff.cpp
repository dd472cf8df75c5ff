#include "timediff.h"

#include "graph/knowledgegraph.h"

#include <algorithm>

namespace entente {

TimeDiff::TimeDiff(const KnowledgeGraph& graph, PartialDate from, PartialDate to,
                   const std::vector<char>& relationMask)
    : m_from(from), m_to(to)
{
    if (from.isNull() || to.isNull())
        return;
    if (to < from)
        std::swap(m_from, m_to);
    const bool all = relationMask.empty();
    for (int r = 0, m = graph.relationCount(); r < m; ++r) {
        if (!all && !relationMask[static_cast<size_t>(r)])
            continue;
        const RelationEdge& e = graph.relation(r);
        if (e.start.isNull() && e.end.isNull())
            continue; // undated: in force at every date, so it never changes
        const DateInterval in = e.interval();
        const bool before = in.contains(m_from);
        const bool after = in.contains(m_to);
        if (after && !before)
            m_items.push_back({r, Change::Added, e.start});
        else if (before && !after)
            m_items.push_back({r, Change::Removed, e.end});
        else if (!before && !after && !e.start.isNull() && in.overlaps(m_from, m_to))
            m_items.push_back({r, Change::Transient, e.start});
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item& a, const Item& b) { return a.when < b.when; });
}

int TimeDiff::count(Change change) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [change](const Item& i) { return i.change == change; }));
}

QString TimeDiff::describe(const KnowledgeGraph& graph, const Item& item)
{
    const RelationEdge& e = graph.relation(item.relation);
    const QString source = graph.entity(static_cast<int>(e.source)).name;
    const QString target = graph.entity(static_cast<int>(e.target)).name;
    const QString label = graph.relationKind(item.relation).label;
    const QString start = e.start.isNull() ? QStringLiteral("?") : e.start.toString();
    switch (item.change) {
    case Change::Added:
        return QStringLiteral("+ %1 %2 %3 (from %4)").arg(source, label, target, start);
    case Change::Removed:
        return QStringLiteral("− %1 %2 %3 (until %4)").arg(source, label, target, e.end.toString());
    case Change::Transient:
        return QStringLiteral("± %1 %2 %3 (%4 – %5)")
            .arg(source, label, target, start, e.end.toString());
    }
    return {};
}

} // namespace entente
