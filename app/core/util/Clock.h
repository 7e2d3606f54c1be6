#pragma once

#include <QDateTime>
#include <QTimeZone>

// The one place the program reads the time, so tests can move it (as KeePassXC's core/Clock).
//
// "Now" for the whole product is one setting: the environment variable ACTIVEDESK_NOW, an ISO 8601 date-time with a
// zone ("2027-03-28T02:30:00+01:00"). Every process that sees it (the desk, the kiosk, activedesk-admin, the
// sandbox, the tests) runs its clock from that moment at the real pace. ACTIVEDESK_NOW_SINCE (milliseconds since the
// epoch, real time) says when that moment was; a process that finds it missing sets it for its children, so a sandbox
// or an app started minutes later by a test agrees with the test to the millisecond.
//
// Dates and times a person sees are the centre's: Europe/London (imin sells UK sessions), whatever the machine's own
// zone is. "Today" is the date in that zone, never the UTC date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const;
    qint64 currentMSecsSinceEpoch() const { return currentDateTimeUtc().toMSecsSinceEpoch(); }
    // Now, and today, at the centre.
    QDateTime currentDateTimeLocal() const { return toLocal(currentDateTimeUtc()); }
    QDate localDate() const { return currentDateTimeLocal().date(); }

    static const Clock &instance();
    // Replace the program-wide clock (the caller keeps ownership); nullptr restores the clock of the environment
    // (ACTIVEDESK_NOW) or, without it, the system clock.
    static void setInstance(const Clock *clock);

    // The centre's time zone, and a moment (or the start of a day) there.
    static QTimeZone zone();
    static QDateTime toLocal(const QDateTime &moment);
    static QDateTime startOfLocalDay(const QDate &day);

    // ACTIVEDESK_NOW read and checked: the moment it names, or an invalid QDateTime (unset). *error says why a set
    // value is unusable.
    static QDateTime environmentNow(QString *error = nullptr);
};

// A clock that runs from a given moment at the real pace (used by `activedesk-sandbox --now` and ACTIVEDESK_NOW).
class OffsetClock : public Clock
{
public:
    // startAt is "now" at the real moment realStartMs (by default: the moment of construction).
    explicit OffsetClock(const QDateTime &startAt, qint64 realStartMs = -1);
    QDateTime currentDateTimeUtc() const override;

private:
    qint64 m_offsetMs = 0;
};
