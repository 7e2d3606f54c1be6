#pragma once

#include "util/Clock.h"

// A clock that stands still at `now` (tests set it, and move it by hand).
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &at = QDateTime(QDate(2030, 1, 10), QTime(9, 0), Qt::UTC)) : now(at) {}
    QDateTime now;
    QDateTime currentDateTimeUtc() const override { return now; }
};
