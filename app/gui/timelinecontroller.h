#pragma once

#include "query/filtercriteria.h"
#include "time/timelanebar.h"

#include <QList>
#include <QObject>
#include <vector>

namespace entente {

class FilterController;
class GraphCanvas;
class GraphDocument;
class ProjectSession;
class TimelinePanel;
class TimelinePlayback;
struct EntityDetails;

/**
 * Joins the timeline panel to the open graph: the overview counts what the current filter
 * shows (its non-time part), the as-of handle, the window brush and playback set the time
 * part of the filter (so the canvas fades relations in and out without moving a node), the
 * lanes show the selected entities' relations, and "compare" marks what changed between two
 * years on the canvas and lists it.
 */
class TimelineController : public QObject
{
    Q_OBJECT
public:
    TimelineController(ProjectSession* session, GraphDocument* document, FilterController* filter,
                       GraphCanvas* canvas, TimelinePanel* panel, QObject* parent = nullptr);

    /** Sets the as-of year (0 clears it and the window). */
    void setAsOf(int year);
    /** Marks the changes between two years on the canvas and lists them. */
    void compare(int fromYear, int toYear);
    void clearComparison();
    TimelinePlayback* playback() const { return m_playback; }
    /** Relations the overview counts (the non-time part of the filter, among drawn entities). */
    const std::vector<char>& countedRelations() const { return m_counted; }

    /** The lane bars of one entity, read from its details (dates, markers, sources). */
    static QList<TimeLaneBar> lanesFor(const EntityDetails& details,
                                       const std::vector<int>& relationIndexes);

private:
    void onGraphReset();
    void onFilterApplied();
    void refreshHistogram();
    void refreshLanes();
    void onChangeActivated(int row);

    ProjectSession* m_session;
    GraphDocument* m_document;
    FilterController* m_filter;
    GraphCanvas* m_canvas;
    TimelinePanel* m_panel;
    TimelinePlayback* m_playback;
    FilterCriteria m_countedFor; ///< the non-time criteria m_counted was made for
    bool m_haveCounts = false;
    std::vector<char> m_counted;
    std::vector<int> m_changeRelations; ///< relation per row of the changes list
};

} // namespace entente
