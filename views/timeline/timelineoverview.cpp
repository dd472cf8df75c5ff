#include "timelineoverview.h"

#include "style/kindstyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace entente {

namespace {
const QColor startColour(0x00, 0x72, 0xb2); // Okabe–Ito blue
const QColor endColour(0xcc, 0x79, 0xa7);   // Okabe–Ito reddish purple
const QColor handleColour(0x22, 0x22, 0x22);
} // namespace

TimelineOverview::TimelineOverview(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Timeline overview"));
    setToolTip(tr(
        "Click to set the as-of year, drag the handle to scrub, drag elsewhere to choose a window, "
        "double-click to clear the window"));
}

void TimelineOverview::setHistogram(const TimeHistogram& histogram)
{
    m_histogram = histogram;
    update();
}

void TimelineOverview::setYears(int first, int last)
{
    m_axis.setYears(first, last);
    update();
}

void TimelineOverview::setAsOf(int year)
{
    m_asOf = year;
    update();
}

void TimelineOverview::setWindow(int from, int to)
{
    m_windowFrom = std::min(from, to);
    m_windowTo = std::max(from, to);
    update();
}

void TimelineOverview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_axis.setWidth(width());
}

bool TimelineOverview::nearHandle(double x) const
{
    return m_asOf != 0 && std::abs(x - m_axis.xFor(m_asOf + 0.5)) <= 7;
}

void TimelineOverview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const double top = 6;
    const double bottom = height() - fm.height() - 6;
    const double base = (top + bottom) / 2;
    const double half = std::max(4.0, (bottom - top) / 2 - 2);

    // Left column: what the bars are, and the time in force.
    p.setPen(palette().text().color());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QPointF(8, top + fm.ascent()),
               m_asOf ? tr("As of %1").arg(m_asOf) : tr("All dates"));
    p.setFont(font());
    if (m_windowFrom)
        p.drawText(QPointF(8, top + fm.ascent() + fm.height()),
                   tr("Window %1–%2").arg(m_windowFrom).arg(m_windowTo));
    p.setPen(startColour);
    p.drawText(QPointF(8, bottom - fm.height() - 2), tr("▲ relations starting"));
    p.setPen(endColour);
    p.drawText(QPointF(8, bottom - 2), tr("▼ relations ending"));

    const QRectF plot(m_axis.plotLeft(), top, m_axis.plotRight() - m_axis.plotLeft(), bottom - top);
    if (m_windowFrom) {
        const QRectF w(QPointF(m_axis.xFor(m_windowFrom), top),
                       QPointF(m_axis.xFor(m_windowTo + 1), bottom));
        p.fillRect(w, QColor(0x00, 0x72, 0xb2, 34));
    }
    if (m_drag == Drag::Brush && m_brushFrom != m_brushTo) {
        const int a = std::min(m_brushFrom, m_brushTo), b = std::max(m_brushFrom, m_brushTo);
        p.fillRect(QRectF(QPointF(m_axis.xFor(a), top), QPointF(m_axis.xFor(b + 1), bottom)),
                   QColor(0, 0, 0, 28));
    }

    if (!m_histogram.isEmpty() && m_histogram.maxCount() > 0) {
        const double scale = half / m_histogram.maxCount();
        const double barWidth = std::max(1.0, m_axis.xFor(1) - m_axis.xFor(0));
        const double gap = barWidth > 4 ? 1 : 0;
        for (int y = std::max(m_axis.first(), m_histogram.firstYear());
             y <= std::min(m_axis.last(), m_histogram.lastYear()); ++y) {
            const double x = m_axis.xFor(y);
            if (const int s = m_histogram.starts(y))
                p.fillRect(QRectF(x, base - std::max(1.0, s * scale), barWidth - gap,
                                  std::max(1.0, s * scale)),
                           startColour);
            if (const int e = m_histogram.ends(y))
                p.fillRect(QRectF(x, base, barWidth - gap, std::max(1.0, e * scale)), endColour);
        }
    } else {
        p.setPen(palette().placeholderText().color());
        p.drawText(plot, Qt::AlignCenter, tr("No dated relations in view"));
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    p.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base));
    m_axis.drawTicks(p, QRectF(plot.left(), 0, plot.width(), height()));

    if (m_asOf) {
        const double x = m_axis.xFor(m_asOf + 0.5);
        p.setPen(QPen(handleColour, 2));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        QPainterPath knob;
        knob.moveTo(x - 6, top);
        knob.lineTo(x + 6, top);
        knob.lineTo(x, top + 8);
        knob.closeSubpath();
        p.fillPath(knob, handleColour);
    }
}

void TimelineOverview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    m_pressX = x;
    if (nearHandle(x)) {
        m_drag = Drag::Handle;
    } else if (x >= m_axis.plotLeft()) {
        m_drag = Drag::Brush;
        m_brushFrom = m_brushTo = m_axis.yearAt(x);
    }
}

void TimelineOverview::mouseMoveEvent(QMouseEvent* event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None) {
        setCursor(nearHandle(x) ? Qt::SizeHorCursor : Qt::CrossCursor);
        return;
    }
    const int year = m_axis.yearAt(x);
    if (m_drag == Drag::Handle) {
        if (year != m_asOf) {
            m_asOf = year;
            update();
            emit asOfChanged(year); // live: the canvas follows while scrubbing
        }
    } else if (year != m_brushTo) {
        m_brushTo = year;
        update();
    }
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Brush) {
        if (std::abs(event->position().x() - m_pressX) < 4) { // a click sets the as-of year
            m_asOf = m_axis.yearAt(event->position().x());
            update();
            emit asOfChanged(m_asOf);
            return;
        }
        setWindow(m_brushFrom, m_brushTo);
        emit windowChanged(m_windowFrom, m_windowTo);
    }
    update();
}

void TimelineOverview::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->position().x() < m_axis.plotLeft() || !m_windowFrom)
        return;
    setWindow(0, 0);
    emit windowChanged(0, 0);
}

} // namespace entente
