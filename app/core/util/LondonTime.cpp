#include "LondonTime.h"

#include <QDate>

namespace {
constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;
const qint64 epochJulianDay = QDate(1970, 1, 1).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// 01:00 UTC on the last Sunday of the month, in ms since the epoch.
qint64 changeAt(int year, int month)
{
    const QDate last(year, month, 31);
    const QDate sunday = last.addDays(-(last.dayOfWeek() % 7));
    return (sunday.toJulianDay() - epochJulianDay) * dayMs + hourMs;
}
} // namespace

qint64 LondonTime::offsetMs(qint64 utcMs)
{
    // Cache the last year asked about: a timetable asks about the same year thousands of times.
    thread_local int cachedYear = 0;
    thread_local qint64 springMs = 0, autumnMs = 0;
    const int year = QDate::fromJulianDay(epochJulianDay + floorDiv(utcMs, dayMs)).year();
    if (year != cachedYear) {
        springMs = changeAt(year, 3);
        autumnMs = changeAt(year, 10);
        cachedYear = year;
    }
    return utcMs >= springMs && utcMs < autumnMs ? hourMs : 0;
}

qint64 LondonTime::fromLocalMs(qint64 localMs)
{
    const qint64 summer = localMs - hourMs; // the reading if BST was in force
    if (offsetMs(summer) == hourMs)
        return summer; // BST; in October's repeated hour, the first of the two
    // GMT; or March's missing hour, read with GMT's offset, i.e. an hour later on the new clock.
    return localMs;
}
