#pragma once

// For the start-up benchmark (ACTIVEDESK_EXIT_AFTER_FIRST_PAINT): at the first paint of the watched window, prints
// "first-paint <wall clock ns> <peak RSS kB>" and leaves. Shared by activedesk and the bench's bare window, so both
// are measured the same way. With `ready`, it leaves only once that says so (the desk's data opens after the paint).
#include <chrono>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QObject *parent, std::function<bool()> ready = {})
        : QObject(parent), m_ready(std::move(ready))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            QByteArray peak = "0";
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        peak = line.mid(6).trimmed().split(' ').value(0);
                }
            }
            std::printf("first-paint %lld %s\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
                        peak.constData());
            std::fflush(stdout);
            leaveWhenReady();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void leaveWhenReady()
    {
        if (!m_ready || m_ready())
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        else
            QTimer::singleShot(5, this, &FirstPaintProbe::leaveWhenReady);
    }

    std::function<bool()> m_ready;
    bool m_painted = false;
};
