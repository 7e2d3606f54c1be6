#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// An event-loop latency probe: a timer that should fire every `periodMs`; how late it fires is how long the main
// thread was busy. Benchmarks read the longest stall.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(int periodMs = 5, QObject *parent = nullptr) : QObject(parent), m_period(periodMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(periodMs);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.elapsed();
            const qint64 late = now - m_last - m_period;
            if (late > m_worst && m_counting) {
                m_worst = late;
                m_worstAt = now;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void pause() { m_counting = false; } // e.g. while QtWebEngine starts for the first time
    void resume() { m_counting = true; }
    qint64 worstMs() const { return m_worst; }
    qint64 worstAtMs() const { return m_worstAt; } // when, since start()
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_period;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
    bool m_counting = true;
};
