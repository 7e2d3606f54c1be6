#pragma once

#include "Domain.h"

#include <QCoreApplication>

// One date a person can pick in a session's detail, and where it belongs: imin models a session as an EventSeries
// of SessionSeries (each with its own venue, price levels and organiser) of ScheduledSessions (contract 7.1). A date
// is always booked with the price levels of *its* SessionSeries and happens at *its* venue.
struct DatedOccurrence
{
    int series = -1;     // index in EventSeries::sessionSeries
    int occurrence = -1; // index in that series' occurrences
    ScheduledSession session;
    std::optional<Place> place;
    // Which date this is: its SessionSeries and its own identifier together. imin's data reuses one ScheduledSession
    // identifier in different series (at different venues), so the identifier alone can name the wrong date.
    QString key;
    // When booking opens (the earliest of its price levels' windows, contract 5.1); invalid: no window.
    QDateTime opens;
    bool isFull() const { return session.isFull(); }
    // Booking has not opened yet at this moment (the product's clock).
    bool isNotOpenYet() const;
    bool isBookable() const { return session.isBookable() && !session.isFull() && !isNotOpenYet(); }
};

// The dates, venues and price levels of one EventSeries, worked out once. Everything the session list and detail
// show (and the kiosk's), so no screen works it out twice.
class SessionTimetable
{
    Q_DECLARE_TR_FUNCTIONS(SessionTimetable)
public:
    SessionTimetable() = default;
    explicit SessionTimetable(const EventSeries &series);

    const EventSeries &series() const { return m_series; }
    // Every date of every SessionSeries in time order (ties keep the series order).
    const QVector<DatedOccurrence> &dates() const { return m_dates; }
    // Distinct venues, in the order their series come.
    const QVector<Place> &venues() const { return m_venues; }
    int venueCount() const { return int(m_venues.size()); }
    // "Radley Fitness Hub", "3 venues", or empty when no venue is known.
    QString venueSummary() const;
    // The price levels of the series a date belongs to.
    QVector<Offer> offersFor(const DatedOccurrence &date) const;
    // The earliest date that can be booked now (has places, is bookable), if any.
    std::optional<DatedOccurrence> nextOpen() const;
    // The earliest date of all.
    std::optional<DatedOccurrence> first() const;
    // Every date is full (and there is at least one). A row says "Full" only then.
    bool allFull() const;
    int indexOf(const QString &key) const; // a DatedOccurrence::key, in dates(), or -1
    // The key of one occurrence of one SessionSeries (DatedOccurrence::key).
    static QString occurrenceKey(const SessionSeries &series, const ScheduledSession &session);

    // Takes the places left from `fresh` (a newer read of the same series) for every date both know; true when
    // anything changed.
    static bool mergeAvailability(EventSeries &target, const EventSeries &fresh);

private:
    EventSeries m_series;
    QVector<DatedOccurrence> m_dates;
    QVector<Place> m_venues;
};
