#include "Clock.h"

namespace {
const Clock systemClock;
const Clock *currentClock = &systemClock;
} // namespace

QDateTime Clock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    return *currentClock;
}

void Clock::setInstance(const Clock *clock)
{
    currentClock = clock ? clock : &systemClock;
}

OffsetClock::OffsetClock(const QDateTime &startAt)
    : m_offsetMs(startAt.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch())
{}

QDateTime OffsetClock::currentDateTimeUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, Qt::UTC);
}
