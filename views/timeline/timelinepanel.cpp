#include "timelinepanel.h"

#include "timelinelanes.h"
#include "timelineoverview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

TimelinePanel::TimelinePanel(QWidget* parent) : QWidget(parent)
{
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_play->setToolTip(tr("Play the years from the as-of year on (Space in the timeline)"));
    m_play->setAutoRaise(true);
    m_speed = new QComboBox(this);
    for (int yps : {1, 2, 5, 10, 20})
        m_speed->addItem(tr("%n year(s)/s", nullptr, yps), yps);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed"));
    m_loop = new QCheckBox(tr("Loop"), this);
    m_clearTime = new QPushButton(tr("All dates"), this);
    m_clearTime->setToolTip(tr("Clear the as-of year and the window: show every date"));
    m_groupByKind = new QCheckBox(tr("Group lanes by kind"), this);
    m_groupByKind->setChecked(true);
    m_compareFrom = new QSpinBox(this);
    m_compareTo = new QSpinBox(this);
    for (QSpinBox* box : {m_compareFrom, m_compareTo}) {
        box->setRange(1800, 2030);
        box->setAccelerated(true);
    }
    m_compareFrom->setValue(1989);
    m_compareTo->setValue(1995);
    m_compareFrom->setAccessibleName(tr("Compare from year"));
    m_compareTo->setAccessibleName(tr("Compare to year"));
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setToolTip(tr("What changed between the two years: added in green, ended in red"));
    m_clearCompare = new QPushButton(tr("Clear"), this);
    m_clearCompare->setEnabled(false);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 2, 6, 0);
    controls->addWidget(m_play);
    controls->addWidget(m_speed);
    controls->addWidget(m_loop);
    controls->addWidget(m_clearTime);
    controls->addSpacing(18);
    controls->addWidget(m_groupByKind);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Changes from"), this));
    controls->addWidget(m_compareFrom);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_compareTo);
    controls->addWidget(m_compare);
    controls->addWidget(m_clearCompare);

    m_overview = new TimelineOverview(this);
    m_overview->setFixedHeight(88);
    m_lanes = new TimelineLanes(this);
    auto* lanesScroll = new QScrollArea(this);
    lanesScroll->setWidget(m_lanes);
    lanesScroll->setWidgetResizable(true);
    lanesScroll->setFrameShape(QFrame::NoFrame);

    auto* changesBox = m_changesBox = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_changesSummary = new QLabel(tr("Choose two years and press Compare."), changesBox);
    m_changesSummary->setWordWrap(true);
    m_changes = new QListWidget(changesBox);
    m_changes->setAccessibleName(tr("Changes between the compared years"));
    changesLayout->addWidget(m_changesSummary);
    changesLayout->addWidget(m_changes, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(lanesScroll);
    split->addWidget(changesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_overview);
    layout->addWidget(split, 1);
    setPlaying(false);
    setChangesVisible(false);
    auto* space = new QShortcut(Qt::Key_Space, this, m_play, &QToolButton::click);
    space->setContext(Qt::WidgetWithChildrenShortcut);
}

void TimelinePanel::setChangesVisible(bool visible)
{
    m_changesBox->setVisible(visible);
}

double TimelinePanel::speed() const
{
    return m_speed->currentData().toDouble();
}

void TimelinePanel::setPlaying(bool playing)
{
    m_play->setText(playing ? QStringLiteral("❚❚") : QStringLiteral("▶"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void TimelinePanel::setYearRange(int first, int last)
{
    for (QSpinBox* box : {m_compareFrom, m_compareTo})
        box->setRange(first, last);
}

} // namespace entente
