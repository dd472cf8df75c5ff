#include "timelinecontroller.h"

#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "projectsession.h"
#include "query/graphfilter.h"
#include "time/timediff.h"
#include "time/timehistogram.h"
#include "time/timelineplayback.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelinepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <algorithm>

namespace entente {

namespace {

/** The criteria without their time part: what the overview counts does not move with time. */
FilterCriteria withoutTime(FilterCriteria c)
{
    c.asOf = PartialDate();
    c.hasWindow = false;
    c.windowFrom = c.windowTo = PartialDate();
    return c;
}

PartialDate dateAttribute(const QVariantMap& attributes, const char* key)
{
    const auto it = attributes.constFind(QLatin1String(key));
    if (it == attributes.constEnd())
        return {};
    return PartialDate::parse(it->toString()).value_or(PartialDate());
}

} // namespace

TimelineController::TimelineController(ProjectSession* session, GraphDocument* document,
                                       FilterController* filter, GraphCanvas* canvas,
                                       TimelinePanel* panel, QObject* parent)
    : QObject(parent), m_session(session), m_document(document), m_filter(filter), m_canvas(canvas),
      m_panel(panel), m_playback(new TimelinePlayback(this))
{
    TimelineOverview* overview = panel->overview();
    connect(document, &GraphDocument::graphReset, this, &TimelineController::onGraphReset);
    connect(filter, &FilterController::applied, this, &TimelineController::onFilterApplied);
    connect(document, &GraphDocument::selectionChanged, this, &TimelineController::refreshLanes);
    connect(overview, &TimelineOverview::asOfChanged, this, [this](int year) {
        m_playback->pause();
        setAsOf(year);
    });
    connect(overview, &TimelineOverview::windowChanged, this, [this](int from, int to) {
        if (!from)
            return m_filter->setTime(m_filter->criteria().asOf);
        // Whole years from..to inclusive: the filter's window is half-open, [from, to + 1).
        m_filter->setTime(PartialDate(), PartialDate::ofYear(from), PartialDate::ofYear(to + 1));
    });
    connect(panel->clearTimeButton(), &QPushButton::clicked, this, [this] {
        m_playback->pause();
        setAsOf(0);
    });
    connect(panel->playButton(), &QToolButton::clicked, this, [this] {
        if (m_playback->isPlaying())
            return m_playback->pause();
        const int asOf = m_panel->overview()->asOf();
        if (asOf)
            m_playback->setYear(asOf);
        m_playback->play();
    });
    connect(panel->speedBox(), &QComboBox::currentIndexChanged, this,
            [this] { m_playback->setSpeed(m_panel->speed()); });
    connect(panel->loopBox(), &QCheckBox::toggled, m_playback, &TimelinePlayback::setLoop);
    m_playback->setSpeed(panel->speed());
    connect(m_playback, &TimelinePlayback::playingChanged, panel, &TimelinePanel::setPlaying);
    connect(m_playback, &TimelinePlayback::yearChanged, this, &TimelineController::setAsOf);
    connect(panel->groupByKindBox(), &QCheckBox::toggled, panel->lanes(),
            &TimelineLanes::setGroupByKind);
    connect(panel->lanes(), &TimelineLanes::relationClicked, this, [this](int r) {
        const RelationEdge& e = m_document->graph()->relation(r);
        m_document->setHighlight({static_cast<int>(e.source), static_cast<int>(e.target)}, {r});
    });
    connect(panel->compareButton(), &QPushButton::clicked, this,
            [this] { compare(m_panel->compareFrom()->value(), m_panel->compareTo()->value()); });
    connect(panel->clearCompareButton(), &QPushButton::clicked, this,
            &TimelineController::clearComparison);
    connect(panel->changesList(), &QListWidget::currentRowChanged, this,
            &TimelineController::onChangeActivated);
}

void TimelineController::onGraphReset()
{
    m_playback->pause();
    m_haveCounts = false;
    m_changeRelations.clear();
    m_panel->changesList()->clear();
    m_panel->clearCompareButton()->setEnabled(false);
    m_panel->setChangesVisible(false);
    m_panel->lanes()->setBars({});
    m_canvas->setCaption(QString());
    refreshHistogram();
}

void TimelineController::onFilterApplied()
{
    const FilterCriteria& c = m_filter->criteria();
    if (!m_haveCounts || !(withoutTime(c) == m_countedFor))
        refreshHistogram();
    // Follow the time part wherever it was set (the filter panel, a chip, a saved view).
    const int asOf = c.asOf.isNull() ? 0 : c.asOf.year();
    m_panel->overview()->setAsOf(asOf);
    m_panel->lanes()->setAsOf(asOf);
    if (c.hasWindow && !c.windowFrom.isNull() && !c.windowTo.isNull())
        m_panel->overview()->setWindow(c.windowFrom.year(),
                                       std::max(c.windowFrom.year(), c.windowTo.year() - 1));
    else
        m_panel->overview()->setWindow(0, 0);
    m_canvas->setCaption(asOf ? QString::number(asOf) : QString());
}

void TimelineController::refreshHistogram()
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    m_countedFor = withoutTime(m_filter->criteria());
    m_haveCounts = true;
    // What is drawn, under the non-time part of the filter.
    m_counted.assign(static_cast<size_t>(g->relationCount()), 0);
    const GraphFilter::Result passing = GraphFilter::apply(*g, m_countedFor);
    for (int r : m_document->visibleRelations())
        m_counted[static_cast<size_t>(r)] = passing.relationPasses[static_cast<size_t>(r)];
    const TimeHistogram h = TimeHistogram::compute(*g, m_counted);
    // The axis spans the data, clipped to a readable modern range when the data allows.
    const int first = h.isEmpty() ? 1815 : std::max(h.firstYear(), 1800);
    const int last = h.isEmpty()
                         ? QDate::currentDate().year()
                         : std::max(first, std::min(h.lastYear(), QDate::currentDate().year()));
    m_panel->overview()->setHistogram(h);
    m_panel->overview()->setYears(first, last);
    m_panel->lanes()->setYears(first, last);
    m_panel->setYearRange(first, last);
    m_playback->setRange(first, last);
}

QList<TimeLaneBar> TimelineController::lanesFor(const EntityDetails& details,
                                                const std::vector<int>& relationIndexes)
{
    QList<TimeLaneBar> bars;
    for (qsizetype i = 0; i < details.ties.size(); ++i) {
        const EntityDetails::Tie& tie = details.ties[i];
        const Relation& rel = tie.relation;
        TimeLaneBar bar;
        bar.relation = static_cast<size_t>(i) < relationIndexes.size()
                           ? relationIndexes[static_cast<size_t>(i)]
                           : -1;
        bar.kindId = rel.kind;
        bar.kindLabel = tie.label;
        bar.entity = details.entity.name;
        bar.label = QStringLiteral("%1 %2").arg(tie.label, tie.otherName);
        bar.other = tie.otherName;
        bar.start = rel.interval.start();
        bar.end = rel.interval.end();
        const PartialDate observedUntil = dateAttribute(rel.attributes, "observed_until");
        if (bar.end.isNull() && !observedUntil.isNull()) {
            bar.end = observedUntil; // the data stops here; the bar fades out rather than ending
            bar.censored = true;
        }
        static const std::pair<const char*, const char*> markers[] = {{"signed", "signed"},
                                                                      {"ratified", "ratified"},
                                                                      {"in_force", "in force"},
                                                                      {"withdrawn", "withdrawn"}};
        QStringList markerText;
        for (const auto& [key, what] : markers) {
            const PartialDate d = dateAttribute(rel.attributes, key);
            if (!d.isNull()) {
                bar.markers.append({d, QString::fromLatin1(what)});
                markerText << QStringLiteral("%1 %2").arg(QString::fromLatin1(what), d.toString());
            }
        }
        QString when = QStringLiteral("%1 – %2").arg(
            bar.start.isNull() ? QStringLiteral("unknown start") : bar.start.toString(),
            rel.interval.end().isNull()
                ? (bar.censored ? QStringLiteral("still in force when the data ends (%1)")
                                      .arg(observedUntil.toString())
                                : QStringLiteral("ongoing"))
                : rel.interval.end().toString());
        QStringList sources;
        for (const QString& key : rel.sources)
            sources << details.sources.value(key, Source{key, key, {}, {}, {}, {}}).title;
        bar.tooltip =
            QStringLiteral("<b>%1 %2 %3</b><br>%4%5<br><i>Source: %6</i>")
                .arg(details.entity.name.toHtmlEscaped(), tie.label.toHtmlEscaped(),
                     tie.otherName.toHtmlEscaped(), when.toHtmlEscaped(),
                     markerText.isEmpty()
                         ? QString()
                         : QStringLiteral("<br>") + markerText.join(QStringLiteral("; ")),
                     sources.isEmpty() ? QStringLiteral("none cited")
                                       : sources.join(QStringLiteral("; ")).toHtmlEscaped());
        bars.append(bar);
    }
    return bars;
}

void TimelineController::refreshLanes()
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    std::vector<int> chosen = m_canvas->graphScene()->selectedVertices();
    if (m_document->selected() >= 0 &&
        std::find(chosen.begin(), chosen.end(), m_document->selected()) == chosen.end())
        chosen.insert(chosen.begin(), m_document->selected());
    if (chosen.size() > 6)
        chosen.resize(6); // lanes for more would be a wall of bars; the overview covers many
    QList<TimeLaneBar> bars;
    for (int v : chosen) {
        const auto details = m_session->details(g->entity(v).id);
        if (!details)
            continue;
        std::vector<int> indexes;
        indexes.reserve(static_cast<size_t>(details->ties.size()));
        for (const EntityDetails::Tie& tie : details->ties)
            indexes.push_back(g->relationIndexOf(tie.relation.id));
        QList<TimeLaneBar> mine = lanesFor(*details, indexes);
        for (TimeLaneBar& bar : mine)
            if (bar.relation >= 0)
                bar.colour =
                    g->relationKind(bar.relation).colour; // the canvas's colour for the kind
        bars += mine;
    }
    m_panel->lanes()->setBars(bars);
}

void TimelineController::setAsOf(int year)
{
    if (!m_document->graph())
        return;
    if (year && m_playback->year() != year && !m_playback->isPlaying())
        m_playback->setYear(year);
    m_filter->setTime(year ? PartialDate::ofYear(year) : PartialDate());
}

void TimelineController::compare(int fromYear, int toYear)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    m_playback->pause();
    if (toYear < fromYear)
        std::swap(fromYear, toYear);
    const TimeDiff diff(*g, PartialDate::ofYear(fromYear), PartialDate::ofYear(toYear), m_counted);
    std::vector<int> added, removed;
    m_changeRelations.clear();
    QListWidget* list = m_panel->changesList();
    list->blockSignals(true);
    list->clear();
    for (const TimeDiff::Item& item : diff.items()) {
        if (item.change == TimeDiff::Change::Added)
            added.push_back(item.relation);
        else if (item.change == TimeDiff::Change::Removed)
            removed.push_back(item.relation);
        auto* row = new QListWidgetItem(TimeDiff::describe(*g, item), list);
        row->setForeground(item.change == TimeDiff::Change::Added     ? QColor(0x00, 0x7a, 0x59)
                           : item.change == TimeDiff::Change::Removed ? QColor(0xb3, 0x4a, 0x00)
                                                                      : QColor(0x55, 0x55, 0x55));
        m_changeRelations.push_back(item.relation);
    }
    list->blockSignals(false);
    m_panel->changesSummary()->setText(
        tr("%1 → %2: %3 began, %4 ended, %5 came and went in between.")
            .arg(fromYear)
            .arg(toYear)
            .arg(diff.count(TimeDiff::Change::Added))
            .arg(diff.count(TimeDiff::Change::Removed))
            .arg(diff.count(TimeDiff::Change::Transient)));
    m_panel->clearCompareButton()->setEnabled(true);
    m_panel->setChangesVisible(true);
    // Show both ends of the range: the window keeps what was in force at either year.
    m_filter->setTime(PartialDate(), PartialDate::ofYear(fromYear),
                      PartialDate::ofYear(toYear + 1));
    m_document->setRelationChanges(added, removed);
}

void TimelineController::clearComparison()
{
    m_changeRelations.clear();
    m_panel->changesList()->clear();
    m_panel->changesSummary()->setText(tr("Choose two years and press Compare."));
    m_panel->clearCompareButton()->setEnabled(false);
    m_panel->setChangesVisible(false);
    m_document->setRelationChanges({}, {});
    m_filter->setTime(PartialDate());
}

void TimelineController::onChangeActivated(int row)
{
    if (row < 0 || static_cast<size_t>(row) >= m_changeRelations.size())
        return;
    const int r = m_changeRelations[static_cast<size_t>(row)];
    const RelationEdge& e = m_document->graph()->relation(r);
    m_document->setHighlight({static_cast<int>(e.source), static_cast<int>(e.target)}, {r});
}

} // namespace entente
