#pragma once

#include "SandboxProcess.h"

#include <functional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// Booking through the sandbox over HTTP exactly as the hosted checkout's pages do it (another terminal, or a member
// at home), for tests that need bookings to exist.
namespace SandboxBooking {

struct Candidate
{
    QJsonObject eventSeries;   // the by-id EventSeries, with offers
    QJsonObject sessionSeries; // the series of the occurrence
    QJsonObject occurrence;
    QJsonObject offer; // a paid offer when there is one, else the first
};

struct Booked
{
    bool ok = false;
    QString occurrence; // open-data identifier
    QString orderId;
    QString confirmation;
    QString checkoutPath;
    QString venueName;
};

// Walks upcoming sessions from `from` (50 a page) and returns the first occurrence `accept` takes.
inline std::optional<Candidate> find(TestHttp &http, const QDateTime &from,
                                     const std::function<bool(const Candidate &)> &accept, int maxPages = 20)
{
    QString next = QStringLiteral("/events-api/v2/event-series?geo%5Bradial%5D=51.752,-1.2578,50&mode=upcoming-sessions"
                                  "&limit=50&startDate%5Bgte%5D=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(from.toUTC().toString(Qt::ISODate)));
    for (int page = 0; page < maxPages && !next.isEmpty(); ++page) {
        const QJsonObject p = http.get(next).json();
        for (const QJsonValue &v : p.value(QStringLiteral("imin:item")).toArray()) {
            const QJsonObject item = v.toObject();
            const QJsonObject occ = item.value(QStringLiteral("subEvent"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("subEvent"))
                                        .toArray()
                                        .first()
                                        .toObject();
            if (!occ.contains(QStringLiteral("imin:checkoutUrlTemplate")))
                continue;
            const QJsonObject full = http.get(item.value(QStringLiteral("id")).toString()).json();
            for (const QJsonValue &ssv : full.value(QStringLiteral("subEvent")).toArray()) {
                const QJsonObject ss = ssv.toObject();
                for (const QJsonValue &ov : ss.value(QStringLiteral("subEvent")).toArray()) {
                    if (ov.toObject().value(QStringLiteral("identifier")) != occ.value(QStringLiteral("identifier")))
                        continue;
                    Candidate c{full, ss, ov.toObject(), {}};
                    const QJsonArray offers = ss.value(QStringLiteral("offers")).toArray();
                    for (const QJsonValue &o : offers) {
                        if (o.toObject().value(QStringLiteral("price")).toDouble() > 0 && c.offer.isEmpty())
                            c.offer = o.toObject();
                    }
                    if (c.offer.isEmpty() && !offers.isEmpty())
                        c.offer = offers.first().toObject();
                    if (accept(c))
                        return c;
                }
            }
        }
        next = p.value(QStringLiteral("view")).toObject().value(QStringLiteral("next")).toString();
    }
    return std::nullopt;
}

inline QString createCustomer(TestHttp &http, const QString &given, const QString &email)
{
    const QJsonObject body{
        {QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
        {QStringLiteral("@type"), QStringLiteral("CustomerAccount")},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                 {QStringLiteral("email"), email},
                                                 {QStringLiteral("givenName"), given},
                                                 {QStringLiteral("familyName"), QStringLiteral("Tester")}}}};
    return http.postJson(QStringLiteral("/api/v2/customer-accounts"), body)
        .json()
        .value(QStringLiteral("identifier"))
        .toString();
}

// Authenticated Checkout for `customer`, then the review and payment pages with the test card.
inline Booked book(TestHttp &http, const QString &customer, const QString &occurrence, const QString &offerId)
{
    Booked b;
    b.occurrence = occurrence;
    const QJsonObject body{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://openactive.io/"), QStringLiteral("https://imin.co/")}},
        {QStringLiteral("type"), QStringLiteral("imin:CheckoutSession")},
        {QStringLiteral("imin:initialOrder"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("OrderQuote")},
                     {QStringLiteral("customer"), customer},
                     {QStringLiteral("orderedItem"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OrderItem")},
                                             {QStringLiteral("acceptedOffer"), offerId},
                                             {QStringLiteral("orderedItem"),
                                              QJsonObject{{QStringLiteral("type"), QStringLiteral("ScheduledSession")},
                                                          {QStringLiteral("identifier"), occurrence}}}}}}}},
        {QStringLiteral("imin:navigationLinks"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("WebPage")},
                                {QStringLiteral("name"), QStringLiteral("Back to Broker")},
                                {QStringLiteral("imin:linkType"), QStringLiteral("https://imin.co/BackToBrokerLink")},
                                {QStringLiteral("url"), QStringLiteral("https://activedesk.invalid/back")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("WebPage")},
                                {QStringLiteral("name"), QStringLiteral("Back to Broker User Profile")},
                                {QStringLiteral("imin:linkType"),
                                 QStringLiteral("https://imin.co/BackToBrokerUserProfileLink")},
                                {QStringLiteral("url"), QStringLiteral("https://activedesk.invalid/bookings")}}}}};
    const HttpResult created = http.postJson(QStringLiteral("/api/checkout-sessions"), body);
    if (created.status != 201)
        return b;
    b.checkoutPath = QUrl(created.json()
                              .value(QStringLiteral("potentialAction"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("target"))
                              .toString())
                         .path();
    const HttpResult review = http.postForm(b.checkoutPath + QStringLiteral("/review"), {});
    if (review.header("Location").endsWith("/payment"))
        http.postForm(b.checkoutPath + QStringLiteral("/payment"),
                      {{QStringLiteral("cardNumber"), QStringLiteral("4242424242424242")},
                       {QStringLiteral("expiry"), QStringLiteral("12/39")},
                       {QStringLiteral("cvc"), QStringLiteral("123")},
                       {QStringLiteral("nameOnCard"), QStringLiteral("Test Payer")}});
    const QByteArray page = http.get(b.checkoutPath + QStringLiteral("/confirmation")).body;
    const qsizetype at = page.indexOf("id=\"confirmation-number\">");
    if (at < 0)
        return b;
    const qsizetype start = at + int(qstrlen("id=\"confirmation-number\">"));
    b.confirmation = QString::fromUtf8(page.mid(start, page.indexOf('<', start) - start));
    const QJsonObject orders = http.get(QStringLiteral("/api/v2/orders?customerIdentifier=") + customer).json();
    for (const QJsonValue &o : orders.value(QStringLiteral("imin:item")).toArray()) {
        if (o.toObject().value(QStringLiteral("confirmationNumber")).toString() == b.confirmation)
            b.orderId = o.toObject().value(QStringLiteral("identifier")).toString();
    }
    b.ok = !b.orderId.isEmpty();
    return b;
}

// A paid place on the first session from `from` that has one free, booked and paid for `customer`.
inline Booked bookPaidPlace(TestHttp &http, const QString &customer, const QDateTime &from)
{
    const auto c = find(http, from, [](const Candidate &c) {
        return c.occurrence.value(QStringLiteral("remainingAttendeeCapacity")).toInt() >= 1 &&
               c.offer.value(QStringLiteral("price")).toDouble() > 0;
    });
    if (!c)
        return {};
    return book(http, customer, c->occurrence.value(QStringLiteral("identifier")).toString(),
                c->offer.value(QStringLiteral("id")).toString());
}

struct FacilitySlot
{
    QJsonObject slot;
    QString court; // the IndividualFacilityUse's name ("Court 2"); empty when the Slots sit straight in event[]
};

// The Slots of a FacilityUse in either of imin's structures (contract 8.1): straight in event[], or in the event[]
// of each named court (IndividualFacilityUse) there.
inline QVector<FacilitySlot> slotsOf(const QJsonObject &facilityUse)
{
    QVector<FacilitySlot> out;
    for (const QJsonValue &v : facilityUse.value(QStringLiteral("event")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() == QLatin1String("IndividualFacilityUse")) {
            for (const QJsonValue &s : e.value(QStringLiteral("event")).toArray())
                out.append({s.toObject(), e.value(QStringLiteral("name")).toString()});
        } else {
            out.append({e, QString()});
        }
    }
    return out;
}

} // namespace SandboxBooking
