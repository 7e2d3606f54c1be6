#pragma once

#include "domain/Domain.h"

#include <QByteArray>
#include <QVector>

// Bookings as an iCalendar file (RFC 5545) a member or receptionist adds to a calendar: one VEVENT per booked item,
// its UID made from the order item's id (the same booking exported twice replaces itself, never doubles), DTSTART and
// DTEND in Europe/London with the zone's definition, SUMMARY the activity, LOCATION the venue and its address.
namespace Calendar {

struct Event
{
    QString uid;
    QDateTime start;
    QDateTime end;
    QString summary;
    QString location;
    QString description;
};

Event eventFor(const OrderItem &item);
// The file: CRLF lines folded at 75 octets, text escaped. `stamp` is DTSTAMP (when the file was made).
QByteArray write(const QVector<Event> &events, const QDateTime &stamp);
// A file name for one booking or for all ("activedesk-bookings.ics").
QString fileNameFor(const QVector<Event> &events);

} // namespace Calendar
