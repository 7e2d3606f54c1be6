#include "Clock.h"

#include "Iso8601.h"

#include <memory>

namespace {
const Clock systemClock;
const Clock *currentClock = nullptr;

const char nowVariable[] = "ACTIVEDESK_NOW";
const char sinceVariable[] = "ACTIVEDESK_NOW_SINCE";

// The clock ACTIVEDESK_NOW asks for, made once; the system clock without it.
const Clock *environmentClock()
{
    static const std::unique_ptr<const Clock> clock = []() -> std::unique_ptr<const Clock> {
        QString error;
        const QDateTime now = Clock::environmentNow(&error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        if (!now.isValid())
            return nullptr;
        bool ok = false;
        qint64 since = qEnvironmentVariable(sinceVariable).toLongLong(&ok);
        if (!ok || since <= 0) {
            since = QDateTime::currentMSecsSinceEpoch();
            qputenv(sinceVariable, QByteArray::number(since)); // children agree with this process
        }
        return std::make_unique<OffsetClock>(now, since);
    }();
    return clock ? clock.get() : &systemClock;
}
} // namespace

QDateTime Clock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    return currentClock ? *currentClock : *environmentClock();
}

void Clock::setInstance(const Clock *clock)
{
    currentClock = clock;
}

QTimeZone Clock::zone()
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London")); // reads the zone database once
    return london;
}

QDateTime Clock::toLocal(const QDateTime &moment)
{
    return moment.isValid() ? moment.toTimeZone(zone()) : moment;
}

QDateTime Clock::startOfLocalDay(const QDate &day)
{
    return day.startOfDay(zone());
}

QDateTime Clock::environmentNow(QString *error)
{
    const QString text = qEnvironmentVariable(nowVariable).trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime at = Iso8601::parseDateTime(text);
    if (!at.isValid() && error)
        *error = QStringLiteral("ACTIVEDESK_NOW must be an ISO 8601 date-time with a zone, such as "
                                "2027-03-28T02:30:00+01:00; the system clock is used");
    return at;
}

OffsetClock::OffsetClock(const QDateTime &startAt, qint64 realStartMs)
    : m_offsetMs(startAt.toMSecsSinceEpoch() - (realStartMs >= 0 ? realStartMs : QDateTime::currentMSecsSinceEpoch()))
{}

QDateTime OffsetClock::currentDateTimeUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, Qt::UTC);
}
