#pragma once

#include <QtGlobal>

class QPainter;
class QRectF;

namespace entente {

/**
 * The horizontal time scale shared by the timeline's overview and its lanes, so a year sits at
 * the same x in both: a label column on the left, then years first…last+1 across the rest.
 */
class TimeAxis
{
public:
    static constexpr int LabelColumn = 190;
    static constexpr int RightMargin = 14;

    void setYears(int first, int last);
    int first() const { return m_first; }
    int last() const { return m_last; }
    void setWidth(int width) { m_width = width; }

    /** x of the start of `year` (fractional years are positions inside it). */
    double xFor(double year) const;
    /** The year whose span contains x, clamped to the axis. */
    int yearAt(double x) const;
    /** The fractional year at x (for partial dates and smooth dragging). */
    double yearFraction(double x) const;
    double plotLeft() const { return LabelColumn; }
    double plotRight() const { return m_width - RightMargin; }
    /** Tick spacing in years for readable labels at the current width (1, 2, 5, 10, 25, 50, 100).
     */
    int tickStep() const;
    /** Draws year ticks and labels along the bottom edge of `area`. */
    void drawTicks(QPainter& painter, const QRectF& area) const;

private:
    int m_first = 1815;
    int m_last = 2025;
    int m_width = 600;
};

} // namespace entente
