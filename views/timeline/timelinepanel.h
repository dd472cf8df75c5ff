#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace entente {

class TimelineLanes;
class TimelineOverview;

/**
 * The timeline dock under the canvas: playback controls, the overview histogram with its
 * as-of handle and window brush, the lanes of the selected entities, and the list of what
 * changed between two compared dates. It only lays the parts out; a controller in the app
 * joins them to the document and the filter.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    TimelineOverview* overview() const { return m_overview; }
    TimelineLanes* lanes() const { return m_lanes; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speed; }
    QCheckBox* loopBox() const { return m_loop; }
    QPushButton* clearTimeButton() const { return m_clearTime; }
    QCheckBox* groupByKindBox() const { return m_groupByKind; }
    QSpinBox* compareFrom() const { return m_compareFrom; }
    QSpinBox* compareTo() const { return m_compareTo; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* clearCompareButton() const { return m_clearCompare; }
    QListWidget* changesList() const { return m_changes; }
    QLabel* changesSummary() const { return m_changesSummary; }

    /** Years per second chosen in the speed box. */
    double speed() const;
    /** Shows ▶ or ❚❚ on the play button. */
    void setPlaying(bool playing);
    /** Shows or hides the list of changes beside the lanes (shown while comparing). */
    void setChangesVisible(bool visible);
    /** The range offered by the compare boxes. */
    void setYearRange(int first, int last);

private:
    TimelineOverview* m_overview;
    TimelineLanes* m_lanes;
    QToolButton* m_play;
    QComboBox* m_speed;
    QCheckBox* m_loop;
    QPushButton* m_clearTime;
    QCheckBox* m_groupByKind;
    QSpinBox* m_compareFrom;
    QSpinBox* m_compareTo;
    QPushButton* m_compare;
    QPushButton* m_clearCompare;
    QListWidget* m_changes;
    QLabel* m_changesSummary;
    QWidget* m_changesBox;
};

} // namespace entente
