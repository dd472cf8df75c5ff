#pragma once

#include <QObject>
#include <QTimer>

namespace entente {

/**
 * The clock behind the timeline's play button: steps the as-of year through a range at a
 * chosen speed, stopping at the end or looping. It only emits years; what a year means for
 * the canvas is the controller's business, so the stepping can be tested on its own.
 */
class TimelinePlayback : public QObject
{
    Q_OBJECT
public:
    explicit TimelinePlayback(QObject* parent = nullptr);

    /** The years played, first ≤ last; the current year is clamped into them without a signal. */
    void setRange(int first, int last);
    int first() const { return m_first; }
    int last() const { return m_last; }
    int year() const { return m_year; }
    void setYear(int year);
    /** Years per second (at most 60 steps a second are taken). */
    void setSpeed(double yearsPerSecond);
    double speed() const { return m_speed; }
    void setLoop(bool loop) { m_loop = loop; }
    bool loops() const { return m_loop; }
    bool isPlaying() const { return m_timer.isActive(); }

public slots:
    /** Starts from the current year (from the first one if at the end). */
    void play();
    void pause();
    /** One year forward: at the end it wraps when looping, otherwise it stops. */
    void step();

signals:
    void yearChanged(int year);
    void playingChanged(bool playing);
    /** Reached the last year without looping. */
    void finished();

private:
    QTimer m_timer;
    int m_first = 1815;
    int m_last = 2025;
    int m_year = 1815;
    double m_speed = 5.0;
    bool m_loop = false;
};

} // namespace entente
