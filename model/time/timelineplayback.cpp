#include "timelineplayback.h"

#include <algorithm>
#include <cmath>

namespace entente {

TimelinePlayback::TimelinePlayback(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimelinePlayback::step);
    setSpeed(m_speed);
}

void TimelinePlayback::setRange(int first, int last)
{
    m_first = std::min(first, last);
    m_last = std::max(first, last);
    m_year = std::clamp(m_year, m_first, m_last); // quietly: a new range is not a step in time
}

void TimelinePlayback::setYear(int year)
{
    year = std::clamp(year, m_first, m_last);
    if (year != m_year) {
        m_year = year;
        emit yearChanged(m_year);
    }
}

void TimelinePlayback::setSpeed(double yearsPerSecond)
{
    m_speed = std::clamp(yearsPerSecond, 0.1, 60.0);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_speed)));
}

void TimelinePlayback::play()
{
    if (isPlaying())
        return;
    if (m_year >= m_last)
        setYear(m_first);
    m_timer.start();
    emit playingChanged(true);
}

void TimelinePlayback::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void TimelinePlayback::step()
{
    if (m_year < m_last) {
        m_year += 1;
        emit yearChanged(m_year);
        if (m_year == m_last && !m_loop) {
            pause();
            emit finished();
        }
        return;
    }
    if (m_loop) {
        m_year = m_first;
        emit yearChanged(m_year);
    } else {
        pause();
        emit finished();
    }
}

} // namespace entente
