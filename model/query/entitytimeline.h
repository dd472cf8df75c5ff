#pragma once

#include "core/partialdate.h"

#include <QList>

namespace entente {

class KnowledgeGraph;

/**
 * An entity's relations laid out in time: one event where each relation starts and one where
 * it ends. Relations without dates are listed after the dated ones, so nothing is hidden.
 */
class EntityTimeline
{
public:
    struct Event
    {
        PartialDate date; ///< null for an undated relation
        bool isStart = true;
        int relation = -1;
        int other = -1; ///< vertex at the other end
    };

    EntityTimeline(const KnowledgeGraph& graph, int vertex);

    const QList<Event>& events() const { return m_events; }

private:
    QList<Event> m_events;
};

} // namespace entente
