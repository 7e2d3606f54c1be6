#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Walk-away detection for the kiosk: every touch, click, key or wheel anywhere in the application counts as someone
// being there. After `timeout` without any, `timedOut` fires; during the last `warning` of it `countdown` says how
// many seconds are left each second, and input in that time emits `countdownCancelled` and starts over.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    void setWarning(int ms) { m_warningMs = ms; }
    int warning() const { return m_warningMs; }
    // Starts (or restarts) counting from now; stop() ends it (the welcome screen of an idle kiosk needs no timer).
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isCountingDown() const { return m_countingDown; }
    // Milliseconds until `timedOut`, while running.
    qint64 remainingMs() const;
    // Someone is there (also what any input event does).
    void poke();

Q_SIGNALS:
    void countdown(int secondsLeft);
    void countdownCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    QTimer m_tick;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 90000;
    int m_warningMs = 15000;
    bool m_running = false;
    bool m_countingDown = false;
    int m_lastSecondShown = -1;
};
