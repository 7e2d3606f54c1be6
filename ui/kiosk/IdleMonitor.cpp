#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &IdleMonitor::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeout(int ms)
{
    m_timeoutMs = std::max(1000, ms);
}

void IdleMonitor::start()
{
    m_running = true;
    m_sinceInput.start();
    if (m_countingDown) {
        m_countingDown = false;
        Q_EMIT countdownCancelled();
    }
    m_lastSecondShown = -1;
    m_tick.start();
}

void IdleMonitor::stop()
{
    m_running = false;
    m_tick.stop();
    if (m_countingDown) {
        m_countingDown = false;
        Q_EMIT countdownCancelled();
    }
}

qint64 IdleMonitor::remainingMs() const
{
    return m_running ? std::max<qint64>(0, m_timeoutMs - m_sinceInput.elapsed()) : 0;
}

void IdleMonitor::poke()
{
    if (!m_running)
        return;
    m_sinceInput.restart();
    if (m_countingDown) {
        m_countingDown = false;
        m_lastSecondShown = -1;
        Q_EMIT countdownCancelled();
    }
}

void IdleMonitor::tick()
{
    if (!m_running)
        return;
    const qint64 left = remainingMs();
    if (left <= 0) {
        stop();
        Q_EMIT timedOut();
        return;
    }
    if (left <= m_warningMs) {
        m_countingDown = true;
        const int seconds = int((left + 999) / 1000);
        if (seconds != m_lastSecondShown) {
            m_lastSecondShown = seconds;
            Q_EMIT countdown(seconds);
        }
    }
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
