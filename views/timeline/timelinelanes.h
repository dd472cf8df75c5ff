#pragma once

#include "time/timelanebar.h"
#include "timeaxis.h"

#include <QList>
#include <QWidget>

namespace entente {

/**
 * Lanes (a Gantt chart) of the selected entities' relations: one row per relation, a bar from
 * start to end in the kind's colour, markers for signature, ratification and withdrawal, and
 * the as-of line across all rows. Dates are drawn as precise as they are: a year-only start
 * fades in across its year, a month across its month; an unknown start fades in from the left
 * edge, and an end where the data stops (censored) fades out instead of stopping.
 */
class TimelineLanes : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLanes(QWidget* parent = nullptr);

    void setBars(const QList<TimeLaneBar>& bars);
    const QList<TimeLaneBar>& bars() const { return m_bars; }
    /** Rows grouped under a header per relation kind (otherwise by entity, in time order). */
    void setGroupByKind(bool on);
    bool groupsByKind() const { return m_groupByKind; }
    void setYears(int first, int last);
    void setAsOf(int year);
    /** The relation whose bar is drawn emphasised (e.g. the one clicked); -1 for none. */
    void setCurrentRelation(int relation);
    int currentRelation() const { return m_current; }

    /** Row rectangle of a relation's bar (for tests and tooltips); empty if not shown. */
    QRectF barRect(int relation) const;
    static constexpr int RowHeight = 20;

    QSize sizeHint() const override;

signals:
    void relationClicked(int relation);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Row
    {
        QString header; ///< a group header row when not empty
        int bar = -1;   ///< index into m_bars
    };
    void relayout();
    int barAt(QPointF pos) const;
    /** x of the first and last moment a date may stand for, as fractional years. */
    double startOf(const PartialDate& d) const;
    double endOf(const PartialDate& d) const;

    QList<TimeLaneBar> m_bars;
    std::vector<Row> m_rows;
    TimeAxis m_axis;
    bool m_groupByKind = true;
    bool m_multipleEntities = false;
    int m_asOf = 0;
    int m_current = -1;
};

} // namespace entente
