#include "timeaxis.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace entente {

void TimeAxis::setYears(int first, int last)
{
    m_first = std::min(first, last);
    m_last = std::max(first, last);
}

double TimeAxis::xFor(double year) const
{
    const double span = m_last + 1 - m_first;
    return plotLeft() + (year - m_first) / span * (plotRight() - plotLeft());
}

double TimeAxis::yearFraction(double x) const
{
    const double span = m_last + 1 - m_first;
    const double w = std::max(1.0, plotRight() - plotLeft());
    return m_first + (x - plotLeft()) / w * span;
}

int TimeAxis::yearAt(double x) const
{
    return std::clamp(static_cast<int>(std::floor(yearFraction(x))), m_first, m_last);
}

int TimeAxis::tickStep() const
{
    const double perYear = (plotRight() - plotLeft()) / std::max(1, m_last + 1 - m_first);
    for (int step : {1, 2, 5, 10, 25, 50, 100})
        if (perYear * step >= 42) // room for "1995" and a gap
            return step;
    return 200;
}

void TimeAxis::drawTicks(QPainter& painter, const QRectF& area) const
{
    const int step = tickStep();
    const QFontMetrics fm(painter.font());
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const int firstTick = (m_first + step - 1) / step * step;
    for (int y = firstTick; y <= m_last + 1; y += step) {
        const double x = xFor(y);
        painter.drawLine(QPointF(x, area.bottom() - fm.height() - 3),
                         QPointF(x, area.bottom() - fm.height()));
        const QString text = QString::number(y);
        const double w = fm.horizontalAdvance(text);
        painter.drawText(QPointF(std::clamp(x - w / 2, area.left(), area.right() - w),
                                 area.bottom() - fm.descent()),
                         text);
    }
}

} // namespace entente
