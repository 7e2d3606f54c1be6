#pragma once

#include <algorithm>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

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
            if (late > 5)
                m_stalls.append({now, late});
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
    // The longest stall that ended between two moments (since start(), in ms).
    qint64 worstBetween(qint64 fromMs, qint64 toMs) const
    {
        qint64 worst = 0;
        for (const auto &stall : m_stalls) {
            if (stall.first >= fromMs && stall.first <= toMs)
                worst = std::max(worst, stall.second);
        }
        return worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_period;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
    bool m_counting = true;
    QVector<QPair<qint64, qint64>> m_stalls; // (ended at, lateness) of every stall over 5 ms
};
