#pragma once

#include <QtGlobal>

// UK wall-clock time without the zone database, for hot paths (the sandbox's timetable reads it for every date it
// lists). British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October (the rule since 1996). "Local milliseconds" count from 1970-01-01 00:00 on the wall clock.
// test_london_time holds this to QTimeZone("Europe/London") hour by hour over decades.
namespace LondonTime {

// The UTC offset in force at a moment: 0 or 3,600,000.
qint64 offsetMs(qint64 utcMs);

inline qint64 toLocalMs(qint64 utcMs)
{
    return utcMs + offsetMs(utcMs);
}

// The moment a wall-clock time names. In the hour that happens twice (October) it is the first of the two; in the
// hour that never happens (March) it is moved forward by the hour, as a clock that was set before the change would
// read it (01:30 becomes 02:30 BST).
qint64 fromLocalMs(qint64 localMs);

} // namespace LondonTime
