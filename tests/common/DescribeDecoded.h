#pragma once

// Every field of a decoded EventSeries page as text: two readers (QJsonDocument, simdjson) must give the same.
#include "domain/Domain.h"

#include <QStringList>

namespace DescribeDecoded {
inline QString opt(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("-");
}
inline QString opt(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}
inline QString address(const PostalAddress &a)
{
    return QStringList{a.streetAddress, a.addressLocality, a.addressRegion,
                       a.postalCode,    a.addressCountry,  a.fullAddress}
        .join(QLatin1Char('|'));
}
inline QString place(const Place &p)
{
    return QStringList{p.id,
                       p.identifier,
                       p.name,
                       p.telephone,
                       p.url,
                       address(p.address),
                       opt(p.latitude),
                       opt(p.longitude),
                       opt(p.distanceKm),
                       QString::number(p.eventCount),
                       p.eventsUrl}
        .join(QLatin1Char('|'));
}
inline QString price(const PriceSummary &p)
{
    return QStringList{opt(p.price), opt(p.lowPrice), opt(p.highPrice), p.currency, QString::number(p.indicative)}.join(
        QLatin1Char('|'));
}
inline QString eventSeries(const EventSeries &e)
{
    QStringList out{e.id,
                    e.identifier,
                    e.name,
                    e.description,
                    opt(e.ageMin),
                    opt(e.ageMax),
                    e.genderRestriction,
                    e.levels.join(QLatin1Char(',')),
                    e.organizerName,
                    e.imageUrl,
                    price(e.publicAdult),
                    price(e.publicJunior)};
    for (const Concept &c : e.activities)
        out << QStringLiteral("activity ") +
                   QStringList{c.id, c.prefLabel, c.broader.join(QLatin1Char(',')), QString::number(c.totalItems)}.join(
                       QLatin1Char('|'));
    for (const Place &p : e.locations)
        out << QStringLiteral("location ") + place(p);
    for (const SessionSeries &s : e.sessionSeries) {
        out << QStringLiteral("series ") + QStringList{s.id,
                                                       s.identifier,
                                                       s.locationRef,
                                                       s.location ? place(*s.location) : QStringLiteral("-"),
                                                       s.checkoutUrlTemplate,
                                                       s.duration,
                                                       s.organizerName}
                                               .join(QLatin1Char('|'));
        for (const Offer &o : s.offers)
            out << QStringLiteral("offer ") + QStringList{o.id,
                                                          o.identifier,
                                                          o.name,
                                                          o.description,
                                                          opt(o.price),
                                                          o.priceCurrency,
                                                          opt(o.ageMin),
                                                          opt(o.ageMax),
                                                          QString::number(o.membershipRequired),
                                                          o.latestCancellationBeforeStartDate}
                                                  .join(QLatin1Char('|'));
        for (const ScheduledSession &o : s.occurrences)
            out << QStringLiteral("occurrence ") + QStringList{o.id,
                                                               o.identifier,
                                                               o.startDate.toString(Qt::ISODateWithMs),
                                                               o.endDate.toString(Qt::ISODateWithMs),
                                                               o.duration,
                                                               o.eventStatus,
                                                               opt(o.maximumAttendeeCapacity),
                                                               opt(o.remainingAttendeeCapacity),
                                                               o.checkoutUrlTemplate}
                                                       .join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}
inline QString page(const Page<EventSeries> &p)
{
    QStringList out{QStringLiteral("page %1 of %2, %3 items, next %4")
                        .arg(p.currentPage)
                        .arg(p.totalPages)
                        .arg(p.totalItems)
                        .arg(p.next)};
    for (const EventSeries &e : p.items)
        out << eventSeries(e);
    return out.join(QLatin1String("\n\n"));
}
} // namespace DescribeDecoded
