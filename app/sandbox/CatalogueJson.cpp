#include "CatalogueJson.h"

#include "util/Iso8601.h"

#include <cmath>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace Sandbox {

namespace {
constexpr qint64 minuteMs = 60LL * 1000;
const QString currency = QStringLiteral("GBP");

QString iso(qint64 ms)
{
    return Iso8601::formatEpochMs(ms);
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

const char *const weekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const levelNames[] = {"", "Beginner", "Intermediate", "Advanced"};
} // namespace

CatalogueJson::CatalogueJson(const Catalogue &catalogue, const QString &origin, const QHash<QString, int> &taken)
    : m_catalogue(catalogue), m_origin(origin), m_taken(taken)
{}

QJsonObject CatalogueJson::price(double value)
{
    // One price per level: its lowest and highest are that price.
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("AggregateOffer")},
                  {QStringLiteral("price"), round2(value)},
                  {QStringLiteral("lowPrice"), round2(value)},
                  {QStringLiteral("highPrice"), round2(value)},
                  {QStringLiteral("priceCurrency"), currency},
                  {QStringLiteral("imin:membershipRequired"), false}};
    return o;
}

int CatalogueJson::remaining(const Opportunity &o) const
{
    // A facility with named courts has what its courts have left.
    if (o.type == Opportunity::Slot && o.court == 0 && o.owner >= 0 &&
        m_catalogue.facilityUses().at(o.owner).namedCourts) {
        int sum = 0;
        for (const Opportunity &c : m_catalogue.courtSlots(o.owner, o.startMs))
            sum += remaining(c);
        return sum;
    }
    return std::max(0, o.baseRemaining - m_taken.value(o.identifier, 0));
}

QString CatalogueJson::sessionSearchId(int session) const
{
    return m_origin + QStringLiteral("/events-api/v2/session-series/") + QString::number(session);
}

QString CatalogueJson::facilityUseId(int facility) const
{
    return m_origin + QStringLiteral("/facilities-api/v2/facility-uses/") + m_catalogue.facilityUseIdentifier(facility);
}

// A venue's reference inside one answer: an opaque fragment, as imin's are (not the venue's number).
QString CatalogueJson::locationRef(int venue)
{
    const QByteArray digest =
        QCryptographicHash::hash("activedesk-sandbox-venue:" + QByteArray::number(venue), QCryptographicHash::Sha1);
    return QStringLiteral("#/imin:locationSummary/") + QString::fromLatin1(digest.left(15).toBase64());
}

QString CatalogueJson::londonDate(qint64 ms)
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London")); // made once: it reads the zone database
    return QDateTime::fromMSecsSinceEpoch(ms, london).date().toString(Qt::ISODate);
}

QString CatalogueJson::eventSearchId(int event) const
{
    return m_origin + QStringLiteral("/events-api/v2/event-series/") + m_catalogue.eventIdentifier(event);
}

QJsonObject CatalogueJson::activity(int a) const
{
    const Activity &act = m_catalogue.activities().at(a);
    return {{QStringLiteral("id"), act.id},
            {QStringLiteral("type"), QStringLiteral("Concept")},
            {QStringLiteral("inScheme"), QStringLiteral("https://openactive.io/activity-list")},
            {QStringLiteral("prefLabel"), act.prefLabel}};
}

QJsonObject CatalogueJson::organizer(int index, bool rich) const
{
    const Organizer &org = m_catalogue.organizers().at(index);
    const QString base = m_catalogue.providerBase(index);
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("Organization")},
                  {QStringLiteral("id"), base},
                  {QStringLiteral("name"), org.name},
                  {QStringLiteral("url"), base}};
    if (rich) {
        o.insert(QStringLiteral("telephone"), org.telephone);
        o.insert(QStringLiteral("email"), org.email);
        o.insert(QStringLiteral("logo"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ImageObject")},
                                                     {QStringLiteral("url"), base + QStringLiteral("/logo.png")}});
    }
    return o;
}

QJsonObject CatalogueJson::place(int venue, bool withDistance) const
{
    const Venue &v = m_catalogue.venues().at(venue);
    QJsonObject geo{{QStringLiteral("type"), QStringLiteral("GeoCoordinates")},
                    {QStringLiteral("latitude"), std::round(v.lat * 1e6) / 1e6},
                    {QStringLiteral("longitude"), std::round(v.lng * 1e6) / 1e6}};
    if (withDistance && m_hasCentre) {
        const double d = Catalogue::distanceKm(m_lat, m_lng, v.lat, v.lng);
        geo.insert(QStringLiteral("imin:distanceFromGeoQueryCenter"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("QuantitativeValue")},
                               {QStringLiteral("value"), round2(d)},
                               {QStringLiteral("unitCode"), QStringLiteral("KMT")}});
    }
    const QString full = v.name + QStringLiteral(", ") + v.street + QStringLiteral(", ") + v.locality +
                         QStringLiteral(", ") + v.postcode;
    return {{QStringLiteral("id"), locationRef(venue)},
            {QStringLiteral("type"), QStringLiteral("Place")},
            {QStringLiteral("identifier"), v.identifier},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("telephone"), v.telephone},
            {QStringLiteral("url"), m_catalogue.providerBase(v.organizer) + QStringLiteral("/venues/") + v.identifier},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("type"), QStringLiteral("PostalAddress")},
                                                    {QStringLiteral("streetAddress"), v.street},
                                                    {QStringLiteral("addressLocality"), v.locality},
                                                    {QStringLiteral("addressRegion"), QStringLiteral("Oxfordshire")},
                                                    {QStringLiteral("postalCode"), v.postcode},
                                                    {QStringLiteral("addressCountry"), QStringLiteral("GB")},
                                                    {QStringLiteral("imin:fullAddress"), full}}},
            {QStringLiteral("geo"), geo}};
}

QJsonObject CatalogueJson::offer(int session, const OfferDef &o) const
{
    const QString name = Catalogue::offerName(o.kind);
    QJsonObject out{
        {QStringLiteral("type"), QStringLiteral("Offer")},
        {QStringLiteral("id"), m_catalogue.offerId(session, o.kind)},
        {QStringLiteral("identifier"), QString::number(session) + QLatin1Char('-') + name.toLower()},
        {QStringLiteral("name"), name},
        {QStringLiteral("price"), round2(m_catalogue.offerPrice(session, o))},
        {QStringLiteral("priceCurrency"), currency},
        {QStringLiteral("latestCancellationBeforeStartDate"), Iso8601::formatDuration(o.cancelWindowMs)},
        {QStringLiteral("validFromBeforeStartDate"),
         Iso8601::formatDuration(m_catalogue.events().at(m_catalogue.sessions().at(session).event).bookingWindowMs)}};
    const bool membersOnly = m_catalogue.events().at(m_catalogue.sessions().at(session).event).membersOnly;
    auto ageRange = [](int lo, int hi) {
        QJsonObject r{{QStringLiteral("type"), QStringLiteral("QuantitativeValue")}, {QStringLiteral("minValue"), lo}};
        if (hi >= 0)
            r.insert(QStringLiteral("maxValue"), hi);
        return r;
    };
    switch (o.kind) {
    case OfferKind::Adult:
        out.insert(QStringLiteral("description"), membersOnly ? QStringLiteral("Members' rate for ages 16 and over.")
                                                              : QStringLiteral("Ages 16 and over."));
        out.insert(QStringLiteral("ageRange"), ageRange(16, -1));
        if (membersOnly) {
            out.insert(QStringLiteral("imin:membershipRequired"), true);
            out.insert(QStringLiteral("eligibleCustomerType"), QJsonArray{QStringLiteral("beta:Member")});
        }
        break;
    case OfferKind::Junior:
        out.insert(QStringLiteral("description"), QStringLiteral("Ages 15 and under."));
        out.insert(QStringLiteral("ageRange"), ageRange(0, 15));
        break;
    case OfferKind::Concession:
        out.insert(
            QStringLiteral("description"),
            QStringLiteral("Over 60s, full-time students and people receiving qualifying benefits. Bring proof."));
        break;
    case OfferKind::Members:
        out.insert(QStringLiteral("description"), QStringLiteral("Included in a full membership. Show your card."));
        out.insert(QStringLiteral("imin:membershipRequired"), true);
        // imin's samples mark a members' price this way too.
        out.insert(QStringLiteral("eligibleCustomerType"), QJsonArray{QStringLiteral("beta:Member")});
        break;
    }
    return out;
}

qint64 CatalogueJson::opensAtMs(const Opportunity &o) const
{
    if (o.type == Opportunity::Slot)
        return o.startMs - 14LL * 24 * 3600 * 1000; // facilities open 14 days ahead (their offers' P14D)
    return o.startMs - m_catalogue.events().at(m_catalogue.sessions().at(o.owner).event).bookingWindowMs;
}

QJsonObject CatalogueJson::scheduledSession(const Opportunity &o) const
{
    const SessionSeriesDef &ss = m_catalogue.sessions().at(o.owner);
    const EventSeriesDef &ev = m_catalogue.events().at(ss.event);
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("ScheduledSession")},
                    {QStringLiteral("id"), m_origin + QStringLiteral("/events-api/v2/scheduled-sessions/") +
                                               QString::fromLatin1(QUrl::toPercentEncoding(o.identifier))},
                    {QStringLiteral("identifier"), o.identifier},
                    {QStringLiteral("startDate"), iso(o.startMs)},
                    {QStringLiteral("endDate"), iso(o.endMs)},
                    {QStringLiteral("duration"), Iso8601::formatDuration(o.endMs - o.startMs)},
                    {QStringLiteral("eventStatus"), QStringLiteral("https://schema.org/EventScheduled")},
                    {QStringLiteral("maximumAttendeeCapacity"), o.capacity},
                    {QStringLiteral("remainingAttendeeCapacity"), remaining(o)}};
    // Bookable through imin: not a sparse record, and (with windows on) its booking window has opened.
    if (ev.kind != RecordKind::Sparse && (!m_windows || m_nowMs >= opensAtMs(o))) {
        out.insert(QStringLiteral("imin:checkoutUrlTemplate"), QStringLiteral("{checkoutBaseUrl}/v1/events/") +
                                                                   QString::number(o.owner) + QLatin1Char('/') +
                                                                   Catalogue::compactStamp(o.startMs));
    }
    return out;
}

void CatalogueJson::addActiveEntitlement(QJsonObject &item, int session, OfferKind kind) const
{
    const EventSeriesDef &ev = m_catalogue.events().at(m_catalogue.sessions().at(session).event);
    for (const OfferDef &o : ev.offers) {
        if (o.kind != kind)
            continue;
        QJsonObject aggregate = item.value(QStringLiteral("imin:aggregateOffer")).toObject();
        aggregate.insert(QStringLiteral("activeEntitlement"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("AggregateOffer")},
                                     {QStringLiteral("id"), m_catalogue.offerId(session, kind)},
                                     {QStringLiteral("price"), round2(m_catalogue.offerPrice(session, o))},
                                     {QStringLiteral("priceCurrency"), currency},
                                     {QStringLiteral("imin:indicativePrice"), true}});
        item.insert(QStringLiteral("imin:aggregateOffer"), aggregate);
        return;
    }
}

QJsonObject CatalogueJson::eventSeries(int event, const QVector<int> &sessions, qint64 fromMs, qint64 toMs,
                                       Detail detail, qint64 onlyStart) const
{
    const EventSeriesDef &ev = m_catalogue.events().at(event);
    const bool golden = ev.kind == RecordKind::Golden;
    const bool sparse = ev.kind == RecordKind::Sparse;
    const bool full = detail == Detail::Full;
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("EventSeries")},
                    {QStringLiteral("id"), eventSearchId(event)},
                    {QStringLiteral("identifier"), m_catalogue.eventIdentifier(event)},
                    {QStringLiteral("name"), ev.name}};
    if (ev.activity >= 0)
        out.insert(QStringLiteral("activity"), QJsonArray{activity(ev.activity)});
    // Every series names its organizer, a sparse record too (imin's data always does; OpenActive requires it).
    out.insert(QStringLiteral("organizer"), organizer(ev.organizer, golden || full));
    // Whose open data it is (contract 2.5): every item, a sparse one too; the dataset list names each source.
    out.insert(QStringLiteral("imin:dataSource"),
               QJsonObject{{QStringLiteral("type"), QStringLiteral("WebAPI")},
                           {QStringLiteral("identifier"), m_catalogue.organizers().at(ev.organizer).slug}});
    // In person or online (contract 7.5): every series says which.
    out.insert(QStringLiteral("eventAttendanceMode"),
               ev.online ? QStringLiteral("https://schema.org/OnlineEventAttendanceMode")
                         : QStringLiteral("https://schema.org/OfflineEventAttendanceMode"));
    if (!sparse) {
        out.insert(QStringLiteral("description"), ev.description);
        if (ev.ageMin >= 0) {
            QJsonObject age{{QStringLiteral("type"), QStringLiteral("QuantitativeValue")},
                            {QStringLiteral("minValue"), ev.ageMin}};
            if (ev.ageMax >= 0 && ev.ageMax < 120)
                age.insert(QStringLiteral("maxValue"), ev.ageMax);
            out.insert(QStringLiteral("ageRange"), age);
        }
        // Both enumeration forms occur in imin's data; golden records use the full URL.
        const QString gender = ev.gender == EventSeriesDef::Gender::MaleOnly     ? QStringLiteral("MaleOnly")
                               : ev.gender == EventSeriesDef::Gender::FemaleOnly ? QStringLiteral("FemaleOnly")
                                                                                 : QStringLiteral("NoRestriction");
        out.insert(QStringLiteral("genderRestriction"),
                   golden ? QStringLiteral("https://openactive.io/") + gender : QStringLiteral("oa:") + gender);
        out.insert(QStringLiteral("isAccessibleForFree"),
                   ev.adultPrice == 0.0 || (ev.adultPrice < 0 && ev.juniorPrice == 0.0));
        if (ev.level > 0) {
            out.insert(QStringLiteral("imin:level"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("type"),
                            QStringLiteral("imin:") + QLatin1String(levelNames[ev.level]) + QStringLiteral("Level")},
                           {QStringLiteral("name"), QLatin1String(levelNames[ev.level])}}});
        }
        QJsonObject aggregate{{QStringLiteral("type"), QStringLiteral("imin:AggregateOffer")}};
        // The booking window sits on the aggregate too, as in imin's samples; a members' session needs a membership.
        auto summary = [&](double value) {
            QJsonObject o = price(value);
            o.insert(QStringLiteral("imin:membershipRequired"), ev.membersOnly);
            o.insert(QStringLiteral("validFromBeforeStartDate"), Iso8601::formatDuration(ev.bookingWindowMs));
            return o;
        };
        if (ev.adultPrice >= 0)
            aggregate.insert(QStringLiteral("publicAdult"), summary(ev.adultPrice));
        if (ev.juniorPrice >= 0)
            aggregate.insert(QStringLiteral("publicJunior"), summary(ev.juniorPrice));
        out.insert(QStringLiteral("imin:aggregateOffer"), aggregate);
    }
    if (golden) {
        const QString base = m_catalogue.providerBase(ev.organizer);
        out.insert(
            QStringLiteral("image"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ImageObject")},
                                   {QStringLiteral("url"), base + QStringLiteral("/images/") + QString::number(event) +
                                                               QStringLiteral(".jpg")},
                                   {QStringLiteral("thumbnail"),
                                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ImageObject")},
                                                           {QStringLiteral("url"), base + QStringLiteral("/images/") +
                                                                                       QString::number(event) +
                                                                                       QStringLiteral("-300.jpg")},
                                                           {QStringLiteral("width"), QStringLiteral("300 px")},
                                                           {QStringLiteral("height"), QStringLiteral("200 px")}}}}}});
        out.insert(QStringLiteral("url"), base + QStringLiteral("/classes/") + QString::number(event));
        out.insert(
            QStringLiteral("accessibilitySupport"),
            QJsonArray{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Concept")},
                {QStringLiteral("id"),
                 QStringLiteral("https://openactive.io/accessibility-support#1393f2dc-3fcc-4be9-a99f-f1e51f5ad277")},
                {QStringLiteral("inScheme"), QStringLiteral("https://openactive.io/accessibility-support")},
                {QStringLiteral("prefLabel"), QStringLiteral("Visual impairment")}}});
        out.insert(
            QStringLiteral("attendeeInstructions"),
            QStringLiteral("Please arrive 10 minutes early and bring water. Changing rooms open 30 minutes before."));
        out.insert(QStringLiteral("beta:isWheelchairAccessible"), true);
    }

    QJsonArray locations;
    QVector<int> seenVenues;
    QJsonArray subEvents;
    for (int s : sessions) {
        const SessionSeriesDef &ss = m_catalogue.sessions().at(s);
        if (!seenVenues.contains(ss.venue)) {
            seenVenues.append(ss.venue);
            locations.append(place(ss.venue, true));
        }
        // An online class names its organiser's venue as an affiliation only (OpenActive: never as `location`).
        QJsonObject series{{QStringLiteral("type"), QStringLiteral("SessionSeries")},
                           {QStringLiteral("id"), sessionSearchId(s)},
                           {QStringLiteral("identifier"), m_catalogue.sessionIdentifier(s)}};
        if (ev.online) {
            QJsonObject affiliated = place(ss.venue, false);
            affiliated.remove(QStringLiteral("id"));
            series.insert(QStringLiteral("beta:affiliatedLocation"), affiliated);
        } else {
            series.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Place")},
                                                                  {QStringLiteral("id"), locationRef(ss.venue)}});
        }
        // Every SessionSeries has its page on the provider's site (imin's do; OpenActive requires it).
        series.insert(QStringLiteral("url"), m_catalogue.sessionIdentifier(s) + QStringLiteral("/book"));
        if (!sparse) {
            series.insert(QStringLiteral("imin:checkoutUrlTemplate"),
                          QStringLiteral("{checkoutBaseUrl}/v1/events/") + QString::number(s));
            QJsonArray days;
            for (int d = 0; d < 7; ++d) {
                if (ss.weekdays & (1u << d))
                    days.append(QStringLiteral("schema:") + QLatin1String(weekdayNames[d]));
            }
            series.insert(
                QStringLiteral("eventSchedule"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("PartialSchedule")},
                    {QStringLiteral("scheduledEventType"), QStringLiteral("ScheduledSession")},
                    {QStringLiteral("startDate"), londonDate(fromMs)},
                    {QStringLiteral("endDate"), londonDate(toMs)},
                    {QStringLiteral("beta:timeZone"), QStringLiteral("Europe/London")},
                    {QStringLiteral("repeatFrequency"), QStringLiteral("P1W")},
                    {QStringLiteral("byDay"), days},
                    {QStringLiteral("startTime"), hhmm(ss.startMinute)},
                    {QStringLiteral("endTime"), hhmm((ss.startMinute + ss.durationMinutes) % (24 * 60))},
                    {QStringLiteral("duration"), Iso8601::formatDuration(qint64(ss.durationMinutes) * minuteMs)}}});
            series.insert(QStringLiteral("duration"), Iso8601::formatDuration(qint64(ss.durationMinutes) * minuteMs));
        }
        bool someFree = false;
        if (full) {
            QJsonArray offers;
            for (const OfferDef &o : ev.offers) {
                const QJsonObject one = offer(s, o);
                someFree = someFree || one.value(QStringLiteral("price")).toDouble() == 0.0;
                offers.append(one);
            }
            series.insert(QStringLiteral("offers"), offers);
            if (someFree)
                series.insert(QStringLiteral("isAccessibleForFree"), true);
            if (golden) {
                series.insert(QStringLiteral("leader"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                                     {QStringLiteral("name"), QStringLiteral("Sam Okafor")}}});
                series.insert(QStringLiteral("contributor"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                                     {QStringLiteral("name"), QStringLiteral("Priya Shah")}}});
                series.insert(QStringLiteral("category"),
                              QJsonArray{QStringLiteral("Fitness"), QStringLiteral("Wellbeing")});
            }
        }
        QJsonArray occurrences;
        const QVector<qint64> starts =
            onlyStart ? QVector<qint64>{onlyStart} : m_catalogue.occurrences(s, fromMs, toMs);
        for (qint64 start : starts) {
            if (const auto o = m_catalogue.occurrence(s, start)) {
                QJsonObject session = scheduledSession(*o);
                if (someFree)
                    session.insert(QStringLiteral("isAccessibleForFree"), true);
                occurrences.append(session);
            }
        }
        if (!occurrences.isEmpty())
            series.insert(QStringLiteral("subEvent"), occurrences);
        subEvents.append(series);
    }
    if (!locations.isEmpty())
        out.insert(QStringLiteral("imin:locationSummary"), locations);
    if (!subEvents.isEmpty())
        out.insert(QStringLiteral("subEvent"), subEvents);
    return out;
}

QJsonArray CatalogueJson::slotOffers(int facility, qint64 startMs) const
{
    const FacilityUseDef &f = m_catalogue.facilityUses().at(facility);
    const bool peak = startMs >= 0 && Catalogue::isPeak(startMs);
    const double factor = peak ? f.peakFactor : 1.0;
    const QString band = peak ? QStringLiteral("-peak") : QString();
    const QString bandName = peak ? QStringLiteral(" (peak)") : QString();
    const QString base = m_catalogue.providerBase(m_catalogue.venues().at(f.venue).organizer) +
                         QStringLiteral("/api/facility-offers/") + QString::number(facility);
    // The same window as an order states it (one formatter for both: "P1D", not "PT24H" here and "P1D" there).
    const QString slotCancelWindow = Iso8601::formatDuration(24 * 60 * minuteMs);
    QJsonArray offers{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Offer")},
                    {QStringLiteral("id"), base + QStringLiteral("-adult") + band},
                    {QStringLiteral("identifier"), QString::number(facility) + QStringLiteral("-adult") + band},
                    {QStringLiteral("name"), QStringLiteral("Adult") + bandName},
                    {QStringLiteral("price"), round2(std::round(f.adultPrice * factor * 2) / 2)},
                    {QStringLiteral("priceCurrency"), currency},
                    {QStringLiteral("latestCancellationBeforeStartDate"), slotCancelWindow},
                    {QStringLiteral("validFromBeforeStartDate"), QStringLiteral("P14D")}}};
    if (f.juniorPrice >= 0) {
        offers.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Offer")},
                        {QStringLiteral("id"), base + QStringLiteral("-junior") + band},
                        {QStringLiteral("identifier"), QString::number(facility) + QStringLiteral("-junior") + band},
                        {QStringLiteral("name"), QStringLiteral("Junior") + bandName},
                        {QStringLiteral("description"), QStringLiteral("Ages 15 and under.")},
                        {QStringLiteral("price"), round2(std::round(f.juniorPrice * factor * 2) / 2)},
                        {QStringLiteral("priceCurrency"), currency},
                        {QStringLiteral("latestCancellationBeforeStartDate"), slotCancelWindow},
                        {QStringLiteral("validFromBeforeStartDate"), QStringLiteral("P14D")}});
    }
    return offers;
}

QJsonObject CatalogueJson::slot(const Opportunity &o) const
{
    return {{QStringLiteral("type"), QStringLiteral("Slot")},
            {QStringLiteral("id"), m_origin + QStringLiteral("/facilities-api/v2/slots/") +
                                       m_catalogue.slotSearchKey(o.owner, o.startMs, o.court)},
            {QStringLiteral("identifier"), o.identifier},
            {QStringLiteral("startDate"), iso(o.startMs)},
            {QStringLiteral("endDate"), iso(o.endMs)},
            {QStringLiteral("duration"), Iso8601::formatDuration(o.endMs - o.startMs)},
            {QStringLiteral("maximumUses"), o.capacity},
            {QStringLiteral("remainingUses"), remaining(o)},
            {QStringLiteral("facilityUse"), facilityUseId(o.owner)},
            {QStringLiteral("offers"), slotOffers(o.owner, o.startMs)},
            {QStringLiteral("imin:checkoutUrlTemplate"),
             QStringLiteral("{checkoutBaseUrl}/v1/slots/") + QString::number(o.owner) + QLatin1Char('/') +
                 Catalogue::compactStamp(o.startMs) +
                 (o.court != 0 ? QLatin1Char('/') + QString::number(o.court) : QString())}};
}

QJsonObject CatalogueJson::individualFacilityUse(int facility, int court) const
{
    return {{QStringLiteral("type"), QStringLiteral("IndividualFacilityUse")},
            {QStringLiteral("identifier"), m_catalogue.individualFacilityUseIdentifier(facility, court)},
            {QStringLiteral("name"), m_catalogue.facilityUses().at(facility).courtName(court)}};
}

QJsonObject CatalogueJson::facilityUse(int facility, const QVector<qint64> &slotStarts, bool availableOnly) const
{
    const FacilityUseDef &f = m_catalogue.facilityUses().at(facility);
    const Venue &v = m_catalogue.venues().at(f.venue);
    QJsonObject loc = place(f.venue, true);
    loc.remove(QStringLiteral("id"));
    QJsonObject aggregate{{QStringLiteral("type"), QStringLiteral("imin:AggregateOffer")},
                          {QStringLiteral("publicAdult"), price(f.adultPrice)}};
    if (f.juniorPrice >= 0)
        aggregate.insert(QStringLiteral("publicJunior"), price(f.juniorPrice));
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("FacilityUse")},
                    {QStringLiteral("id"), facilityUseId(facility)},
                    {QStringLiteral("url"), m_catalogue.providerBase(v.organizer) + QStringLiteral("/facilities/") +
                                                m_catalogue.facilityUseIdentifier(facility)},
                    {QStringLiteral("identifier"), m_catalogue.facilityUseIdentifier(facility)},
                    {QStringLiteral("name"), f.name + QStringLiteral(" at ") + v.name},
                    {QStringLiteral("provider"), organizer(v.organizer, false)},
                    {QStringLiteral("location"), loc},
                    {QStringLiteral("imin:aggregateOffer"), aggregate},
                    {QStringLiteral("imin:dataSource"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("WebAPI")},
                                 {QStringLiteral("identifier"), m_catalogue.organizers().at(v.organizer).slug}}}};
    if (f.activity >= 0)
        out.insert(QStringLiteral("activity"), QJsonArray{activity(f.activity)});
    QJsonArray events;
    if (f.namedCourts) {
        // FacilityUse + IndividualFacilityUses + Slots: each court with its own slots of one use.
        QVector<QJsonArray> perCourt(f.courts);
        for (qint64 start : slotStarts) {
            for (const Opportunity &o : m_catalogue.courtSlots(facility, start)) {
                if (!availableOnly || remaining(o) > 0)
                    perCourt[o.court - 1].append(slot(o));
            }
        }
        for (int c = 1; c <= f.courts; ++c) {
            if (perCourt.at(c - 1).isEmpty())
                continue;
            QJsonObject court = individualFacilityUse(facility, c);
            court.insert(QStringLiteral("event"), perCourt.at(c - 1));
            events.append(court);
        }
    } else {
        for (qint64 start : slotStarts) {
            if (const auto o = m_catalogue.slot(facility, start)) {
                if (!availableOnly || remaining(*o) > 0)
                    events.append(slot(*o));
            }
        }
    }
    if (!events.isEmpty())
        out.insert(QStringLiteral("event"), events);
    return out;
}

QJsonObject CatalogueJson::orderedOpportunity(const Opportunity &o) const
{
    if (o.type == Opportunity::Slot) {
        QJsonObject s = slot(o);
        s.remove(QStringLiteral("offers"));
        s.remove(QStringLiteral("imin:checkoutUrlTemplate"));
        QJsonObject fu = facilityUse(o.owner, {}, true);
        fu.remove(QStringLiteral("imin:aggregateOffer"));
        if (o.court != 0) {
            // OpenActive's shape for a booked court: the IndividualFacilityUse, inside it the FacilityUse.
            QJsonObject court = individualFacilityUse(o.owner, o.court);
            court.insert(QStringLiteral("aggregateFacilityUse"), fu);
            fu = court;
        }
        s.insert(QStringLiteral("facilityUse"), fu);
        return s;
    }
    QJsonObject session = scheduledSession(o);
    session.remove(QStringLiteral("imin:checkoutUrlTemplate"));
    const SessionSeriesDef &ss = m_catalogue.sessions().at(o.owner);
    const EventSeriesDef &ev = m_catalogue.events().at(ss.event);
    QJsonObject loc = place(ss.venue, false);
    loc.remove(QStringLiteral("id"));
    QJsonObject eventSeries{{QStringLiteral("type"), QStringLiteral("EventSeries")},
                            {QStringLiteral("id"), eventSearchId(ss.event)},
                            {QStringLiteral("identifier"), m_catalogue.eventIdentifier(ss.event)},
                            {QStringLiteral("name"), ev.name},
                            {QStringLiteral("organizer"), organizer(ev.organizer, true)}};
    eventSeries.insert(QStringLiteral("eventAttendanceMode"),
                       ev.online ? QStringLiteral("https://schema.org/OnlineEventAttendanceMode")
                                 : QStringLiteral("https://schema.org/OfflineEventAttendanceMode"));
    if (ev.activity >= 0)
        eventSeries.insert(QStringLiteral("activity"), QJsonArray{activity(ev.activity)});
    session.insert(
        QStringLiteral("superEvent"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("SessionSeries")},
                    {QStringLiteral("id"), sessionSearchId(o.owner)},
                    {QStringLiteral("identifier"), m_catalogue.sessionIdentifier(o.owner)},
                    {QStringLiteral("url"), m_catalogue.sessionIdentifier(o.owner) + QStringLiteral("/book")},
                    {ev.online ? QStringLiteral("beta:affiliatedLocation") : QStringLiteral("location"), loc},
                    {QStringLiteral("superEvent"), eventSeries}});
    return session;
}

} // namespace Sandbox
