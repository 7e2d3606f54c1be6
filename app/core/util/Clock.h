#pragma once

#include <QDateTime>

// The one place the program reads the time, so tests can move it (as KeePassXC's core/Clock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const;
    qint64 currentMSecsSinceEpoch() const { return currentDateTimeUtc().toMSecsSinceEpoch(); }
    // Today where the program runs.
    QDate localDate() const { return currentDateTimeUtc().toLocalTime().date(); }

    static const Clock &instance();
    // Replace the program-wide clock (the caller keeps ownership); nullptr restores the system clock.
    static void setInstance(const Clock *clock);
};

// A clock that runs from a given moment at the real pace (used by `activedesk-sandbox --now`).
class OffsetClock : public Clock
{
public:
    explicit OffsetClock(const QDateTime &startAt);
    QDateTime currentDateTimeUtc() const override;

private:
    qint64 m_offsetMs = 0;
};
