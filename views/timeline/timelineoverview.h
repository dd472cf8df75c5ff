#pragma once

#include "time/timehistogram.h"
#include "timeaxis.h"

#include <QWidget>

namespace entente {

/**
 * The timeline's overview: relations starting (above the axis) and ending (below) per year,
 * a handle for the as-of year and a brush for a time window. Click to set the as-of year,
 * drag the handle to scrub, drag elsewhere to brush a window, double-click to clear the window.
 */
class TimelineOverview : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineOverview(QWidget* parent = nullptr);

    void setHistogram(const TimeHistogram& histogram);
    const TimeHistogram& histogram() const { return m_histogram; }
    /** The years shown; the lanes below use the same axis. */
    void setYears(int first, int last);
    const TimeAxis& axis() const { return m_axis; }

    /** 0 = no as-of year. */
    void setAsOf(int year);
    int asOf() const { return m_asOf; }
    /** from = to = 0: no window. */
    void setWindow(int from, int to);
    int windowFrom() const { return m_windowFrom; }
    int windowTo() const { return m_windowTo; }

    QSize sizeHint() const override { return {700, 96}; }
    QSize minimumSizeHint() const override { return {320, 80}; }

signals:
    /** The user moved or set the as-of year. */
    void asOfChanged(int year);
    /** The user brushed a window [from, to] (whole years), or cleared it (0, 0). */
    void windowChanged(int from, int to);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    enum class Drag
    {
        None,
        Handle,
        Brush
    };
    bool nearHandle(double x) const;

    TimeHistogram m_histogram;
    TimeAxis m_axis;
    int m_asOf = 0;
    int m_windowFrom = 0;
    int m_windowTo = 0;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    int m_brushFrom = 0;
    int m_brushTo = 0;
};

} // namespace entente
