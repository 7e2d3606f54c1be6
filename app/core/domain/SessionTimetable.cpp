#include "SessionTimetable.h"

#include "domain/Restrictions.h"
#include "util/Clock.h"

#include <algorithm>
#include <QHash>

namespace {
// Places are the same venue when imin gives them the same reference, identifier or (failing both) name.
QString placeKey(const Place &p)
{
    if (!p.identifier.isEmpty())
        return QStringLiteral("i:") + p.identifier;
    if (!p.id.isEmpty())
        return QStringLiteral("r:") + p.id;
    return QStringLiteral("n:") + p.name;
}
} // namespace

bool DatedOccurrence::isNotOpenYet() const
{
    return opens.isValid() && Clock::instance().currentDateTimeUtc() < opens;
}

SessionTimetable::SessionTimetable(const EventSeries &series) : m_series(series)
{
    QHash<QString, int> seen;
    for (int s = 0; s < m_series.sessionSeries.size(); ++s) {
        const SessionSeries &ss = m_series.sessionSeries.at(s);
        const std::optional<Place> place = m_series.placeOf(ss);
        if (place && !seen.contains(placeKey(*place))) {
            seen.insert(placeKey(*place), int(m_venues.size()));
            m_venues.append(*place);
        }
        for (int o = 0; o < ss.occurrences.size(); ++o) {
            const ScheduledSession &session = ss.occurrences.at(o);
            m_dates.append({s, o, session, place, occurrenceKey(ss, session),
                            Restrictions::bookingOpens(ss.offers, m_series, session.startDate)});
        }
    }
    std::stable_sort(m_dates.begin(), m_dates.end(), [](const DatedOccurrence &a, const DatedOccurrence &b) {
        if (!a.session.startDate.isValid() || !b.session.startDate.isValid())
            return a.session.startDate.isValid() && !b.session.startDate.isValid();
        return a.session.startDate < b.session.startDate;
    });
}

QString SessionTimetable::venueSummary() const
{
    if (m_venues.isEmpty())
        return {};
    if (m_venues.size() == 1)
        return m_venues.constFirst().name;
    return tr("%n venue(s)", nullptr, int(m_venues.size()));
}

QVector<Offer> SessionTimetable::offersFor(const DatedOccurrence &date) const
{
    if (date.series < 0 || date.series >= m_series.sessionSeries.size())
        return {};
    return m_series.sessionSeries.at(date.series).offers;
}

std::optional<DatedOccurrence> SessionTimetable::nextOpen() const
{
    for (const DatedOccurrence &d : m_dates) {
        if (d.isBookable())
            return d;
    }
    return std::nullopt;
}

std::optional<DatedOccurrence> SessionTimetable::first() const
{
    return m_dates.isEmpty() ? std::nullopt : std::optional<DatedOccurrence>(m_dates.constFirst());
}

bool SessionTimetable::allFull() const
{
    return !m_dates.isEmpty() &&
           std::all_of(m_dates.begin(), m_dates.end(), [](const DatedOccurrence &d) { return d.isFull(); });
}

QString SessionTimetable::occurrenceKey(const SessionSeries &series, const ScheduledSession &session)
{
    const QString seriesKey = series.id.isEmpty() ? series.identifier : series.id;
    const QString own = session.id.isEmpty() ? session.identifier : session.id;
    return seriesKey + QLatin1Char('\n') + own + QLatin1Char('\n') + session.startDate.toString(Qt::ISODate);
}

int SessionTimetable::indexOf(const QString &key) const
{
    for (int i = 0; i < m_dates.size(); ++i) {
        if (m_dates.at(i).key == key)
            return i;
    }
    return -1;
}

bool SessionTimetable::mergeAvailability(EventSeries &target, const EventSeries &fresh)
{
    QHash<QString, const ScheduledSession *> latest;
    for (const SessionSeries &ss : fresh.sessionSeries) {
        for (const ScheduledSession &s : ss.occurrences) {
            if (!s.identifier.isEmpty() || !s.id.isEmpty())
                latest.insert(occurrenceKey(ss, s), &s);
        }
    }
    bool changed = false;
    for (SessionSeries &ss : target.sessionSeries) {
        for (ScheduledSession &s : ss.occurrences) {
            const ScheduledSession *now = latest.value(occurrenceKey(ss, s));
            if (!now)
                continue;
            if (now->remainingAttendeeCapacity != s.remainingAttendeeCapacity ||
                now->checkoutUrlTemplate != s.checkoutUrlTemplate) {
                s.remainingAttendeeCapacity = now->remainingAttendeeCapacity;
                s.maximumAttendeeCapacity = now->maximumAttendeeCapacity;
                s.checkoutUrlTemplate = now->checkoutUrlTemplate;
                changed = true;
            }
        }
    }
    return changed;
}
