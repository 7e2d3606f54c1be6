// Authenticated and Standalone Checkout (contract section 5) and the hosted checkout pages.
#include "CatalogueJson.h"
#include "CheckoutPages.h"
#include "SandboxServer.h"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace Sandbox {

using Html::esc;

namespace {

QString randomToken(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(n)]);
    return out;
}

bool hasScheme(const QString &url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

QString firstString(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (o.value(k).isString())
            return o.value(k).toString();
    }
    return {};
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &part : body.split('&')) {
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq), v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
    }
    return out;
}

QString longDate(qint64 ms)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QStringLiteral("dddd d MMMM yyyy"));
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm"));
}

bool luhn(const QString &digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl && (d *= 2) > 9)
            d -= 9;
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

HttpResponse htmlError(int status, const QString &broker, const QString &title, const QString &message)
{
    const QString body = QStringLiteral("<div class=\"card\"><h1>%1</h1><p>%2</p></div>").arg(esc(title), esc(message));
    return HttpResponse::html(status, Html::page(title, broker, 0, false, body));
}

} // namespace

HttpResponse SandboxServer::bookingNotSaved(const CheckoutRecord &record, bool paid)
{
    // A write behind a hosted page failed: say so plainly, take nothing, and offer the same step again.
    const QString broker = record.data.value(QStringLiteral("brokerName")).toString(m_options.brokerName);
    const QString again =
        paid ? QStringLiteral("/checkout/%1/payment").arg(record.id) : QStringLiteral("/checkout/%1").arg(record.id);
    const QString body =
        QStringLiteral(
            "<div class=\"card\" id=\"booking-not-saved\"><h1>Your booking could not be completed</h1>"
            "<p>Something went wrong on our side while saving it. <strong>Nothing has been booked and no "
            "payment has been taken.</strong></p><p>Please try again in a moment.</p>"
            "<div class=\"actions\"><a class=\"button\" id=\"try-again\" href=\"%1\">Try again</a></div></div>")
            .arg(esc(again));
    return HttpResponse::html(503, Html::page(QStringLiteral("Booking not completed"), broker, 0, false, body));
}

namespace {

struct OfferView
{
    QString id;
    QString name;
    QString description;
    double price = 0;
    qint64 cancelWindowMs = 0;
};

// The Offers that may be accepted for an opportunity (a ScheduledSession's SessionSeries offers, or a Slot's own).
// Testing mode (contract 5.2.2): imin's test values stand for an opportunity and offers that need not exist.
const QStringList &testItems()
{
    static const QStringList items{QStringLiteral("test-item-ScheduledSession-free"),
                                   QStringLiteral("test-item-ScheduledSession-paid"),
                                   QStringLiteral("test-item-Slot-free"), QStringLiteral("test-item-Slot-paid")};
    return items;
}
// The two documented offers, and the junior pair read by pattern (their ids are cut off in every stored copy).
const QStringList &testOffers()
{
    static const QStringList offers{QStringLiteral("test-offer-adult-guest"), QStringLiteral("test-offer-adult-member"),
                                    QStringLiteral("test-offer-junior-guest"),
                                    QStringLiteral("test-offer-junior-member")};
    return offers;
}
const QString testCustomer = QStringLiteral("test-customer-member");

// A test item as an opportunity: owner -1, starting when its checkout was made plus a week, with places.
Opportunity testOpportunity(const QString &item, qint64 startMs)
{
    Opportunity o;
    o.type = item.startsWith(QLatin1String("test-item-Slot")) ? Opportunity::Slot : Opportunity::ScheduledSession;
    o.owner = -1;
    o.startMs = startMs;
    o.endMs = startMs + 3600 * 1000;
    o.capacity = 20;
    o.baseRemaining = 20;
    o.identifier = item;
    return o;
}

// The opportunity a checkout record is for: the catalogue's, or its test item's.
std::optional<Opportunity> recordOpportunity(const Catalogue &catalogue, const QJsonObject &d)
{
    const QString id = d.value(QStringLiteral("opportunity")).toString();
    if (d.value(QStringLiteral("testing")).toBool())
        return testOpportunity(id, qint64(d.value(QStringLiteral("testStartMs")).toDouble()));
    return catalogue.findOpportunity(id);
}

QVector<OfferView> offersFor(const Catalogue &catalogue, const Opportunity &o)
{
    if (o.owner < 0) {
        const bool paid = o.identifier.endsWith(QLatin1String("-paid"));
        QVector<OfferView> out;
        for (const QString &id : testOffers()) {
            const bool junior = id.contains(QLatin1String("junior"));
            const bool member = id.endsWith(QLatin1String("-member"));
            out.append({id,
                        QStringLiteral("%1 %2 (test)")
                            .arg(junior ? QStringLiteral("Junior") : QStringLiteral("Adult"),
                                 member ? QStringLiteral("member") : QStringLiteral("guest")),
                        QStringLiteral("Testing mode: no payment is taken and nothing is booked."),
                        paid ? (junior ? 3.0 : 5.0) : 0.0, 0});
        }
        return out;
    }
    QHash<QString, int> none;
    CatalogueJson json(catalogue, QString(), none);
    QJsonArray offers;
    if (o.type == Opportunity::Slot) {
        offers = json.slotOffers(o.owner, o.startMs);
    } else {
        const EventSeriesDef &ev = catalogue.events().at(catalogue.sessions().at(o.owner).event);
        for (const OfferDef &d : ev.offers)
            offers.append(json.offer(o.owner, d));
    }
    QVector<OfferView> out;
    for (const QJsonValue &v : offers) {
        const QJsonObject obj = v.toObject();
        out.append({obj.value(QStringLiteral("id")).toString(), obj.value(QStringLiteral("name")).toString(),
                    obj.value(QStringLiteral("description")).toString(), obj.value(QStringLiteral("price")).toDouble(),
                    Iso8601::parseDurationMs(obj.value(QStringLiteral("latestCancellationBeforeStartDate")).toString())
                        .value_or(0)});
    }
    return out;
}

struct OpportunityView
{
    QString name;
    QString venue;
    QString address;
    qint64 start = 0;
    qint64 end = 0;
    QString activity;
};

OpportunityView describe(const Catalogue &catalogue, const Opportunity &o)
{
    OpportunityView v;
    v.start = o.startMs;
    v.end = o.endMs;
    if (o.owner < 0) {
        v.name = o.type == Opportunity::Slot ? QStringLiteral("Test court (testing mode)")
                                             : QStringLiteral("Test session (testing mode)");
        v.venue = QStringLiteral("imin test venue");
        v.address = QStringLiteral("Testing mode: nothing is booked");
        return v;
    }
    int venue = 0;
    if (o.type == Opportunity::Slot) {
        const FacilityUseDef &f = catalogue.facilityUses().at(o.owner);
        v.name = o.court != 0 ? f.name + QStringLiteral(", ") + f.courtName(o.court) : f.name;
        venue = f.venue;
    } else {
        const SessionSeriesDef &ss = catalogue.sessions().at(o.owner);
        v.name = catalogue.events().at(ss.event).name;
        venue = ss.venue;
    }
    const Venue &place = catalogue.venues().at(venue);
    v.venue = place.name;
    v.address = place.street + QStringLiteral(", ") + place.locality + QStringLiteral(" ") + place.postcode;
    return v;
}

} // namespace

HttpResponse SandboxServer::createCheckoutSession(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    QJsonArray problems;
    if (!JsonLd::hasType(body, QStringLiteral("CheckoutSession")))
        problems.append(invalidParam(QStringLiteral("type"), QStringLiteral("must be imin:CheckoutSession")));
    const QJsonObject initial = body.value(QStringLiteral("imin:initialOrder")).toObject();
    if (initial.isEmpty())
        problems.append(invalidParam(QStringLiteral("imin:initialOrder"),
                                     QStringLiteral("is required and must be an OrderQuote object")));
    const QJsonArray items = JsonLd::asArray(initial.value(QStringLiteral("orderedItem")));
    if (!initial.isEmpty() && items.isEmpty())
        problems.append(
            invalidParam(QStringLiteral("imin:initialOrder.orderedItem"), QStringLiteral("must hold one OrderItem")));
    if (items.size() > 1)
        problems.append(invalidParam(QStringLiteral("imin:initialOrder.orderedItem"),
                                     QStringLiteral("the sandbox takes one OrderItem per checkout session")));
    const QJsonObject item = items.isEmpty() ? QJsonObject() : items.first().toObject();
    const QJsonObject opportunityJson = item.value(QStringLiteral("orderedItem")).toObject();
    const QString opportunityKey =
        firstString(opportunityJson, {QStringLiteral("identifier"), QStringLiteral("id"), QStringLiteral("@id")});
    if (!items.isEmpty() && opportunityKey.isEmpty())
        problems.append(invalidParam(QStringLiteral("imin:initialOrder.orderedItem[0].orderedItem.identifier"),
                                     QStringLiteral("is required")));
    const QString opportunityType = JsonLd::localName(JsonLd::typeOf(opportunityJson));
    const QJsonValue offerValue = item.value(QStringLiteral("acceptedOffer"));
    const QString offerId = offerValue.isString() ? offerValue.toString() : JsonLd::idOf(offerValue.toObject());
    const bool authenticated = ctx.request.path.startsWith(QLatin1String("/api/"));

    // Testing mode (contract 5.2.2): every value that can take a test value has one. A mix is refused, naming the
    // value that is not a test value.
    const QString itemPath = QStringLiteral("imin:initialOrder.orderedItem[0].orderedItem.identifier");
    const QString offerPath = QStringLiteral("imin:initialOrder.orderedItem[0].acceptedOffer");
    const bool testItem = opportunityKey.startsWith(QLatin1String("test-item-"));
    const bool testOffer = offerId.startsWith(QLatin1String("test-offer-"));
    const bool testing = testItem && testOffer;
    if (testItem && !testItems().contains(opportunityKey))
        problems.append(invalidParam(itemPath, QStringLiteral("is not one of imin's test values")));
    if (testOffer && !testOffers().contains(offerId))
        problems.append(invalidParam(offerPath, QStringLiteral("is not one of imin's test values")));
    if (testItem != testOffer && !offerId.isEmpty())
        problems.append(invalidParam(testItem ? offerPath : itemPath,
                                     QStringLiteral("is a real value in a testing-mode request: in testing mode every "
                                                    "value must be a test value")));
    const qint64 testStartMs = (nowMs() / 60000 + 7 * 24 * 60) * 60000; // a week from now, on the minute

    // The customer: an imin identifier, or a Person, read only from imin:initialOrder (contract 5.2).
    const QJsonValue customerValue = initial.value(QStringLiteral("customer"));
    QString customerId;
    QJsonObject person;
    const bool testMember = customerValue.toString() == testCustomer ||
                            customerValue.toObject().value(QStringLiteral("identifier")).toString() == testCustomer;
    if (testMember && !testing)
        problems.append(invalidParam(QStringLiteral("imin:initialOrder.customer"),
                                     QStringLiteral("is the test customer in a request with real values")));
    if (testing && offerId.endsWith(QLatin1String("-member")) && !testMember)
        problems.append(
            invalidParam(QStringLiteral("imin:initialOrder.customer"),
                         QStringLiteral("must be the test customer %1 for a member offer").arg(testCustomer)));
    if (testMember && customerValue.isString()) {
        // imin's test member: no account of ours; the confirmation goes to a test address.
        person = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Test")},
                             {QStringLiteral("familyName"), QStringLiteral("Member")},
                             {QStringLiteral("email"), QStringLiteral("test-customer-member@imin-testing.invalid")}};
    } else if (customerValue.isString()) {
        customerId = customerValue.toString();
        const auto c = m_store.customer(ctx.tenant, customerId);
        if (!c || c->deleted)
            problems.append(invalidParam(QStringLiteral("imin:initialOrder.customer"),
                                         QStringLiteral("is not a known customer identifier")));
    } else if (customerValue.isObject()) {
        person = customerValue.toObject();
        for (const QJsonValue &p : validatePerson(person, QStringLiteral("imin:initialOrder.customer."), true))
            problems.append(p);
    } else if (authenticated) {
        problems.append(invalidParam(QStringLiteral("imin:initialOrder.customer"),
                                     QStringLiteral("is required: an imin customer identifier or a Person")));
    }
    // The back links come only from imin:navigationLinks, each WebPage read by its imin:linkType (contract 5.2):
    // flat names such as imin:backToBrokerUrl are unknown keys, so a request without the links gets a page with
    // no way back.
    QString backUrl, profileUrl;
    const QJsonValue linksValue = body.value(QStringLiteral("imin:navigationLinks"));
    if (!linksValue.isUndefined() && !linksValue.isArray())
        problems.append(invalidParam(QStringLiteral("imin:navigationLinks"),
                                     QStringLiteral("must be an array of WebPage objects")));
    const QJsonArray links = linksValue.toArray();
    for (int i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        const QString where = QStringLiteral("imin:navigationLinks[%1]").arg(i);
        const QString linkType = link.value(QStringLiteral("imin:linkType")).toString();
        const QString url = link.value(QStringLiteral("url")).toString();
        if (!links.at(i).isObject() || JsonLd::localName(JsonLd::typeOf(link)) != QLatin1String("WebPage")) {
            problems.append(invalidParam(where + QStringLiteral(".type"), QStringLiteral("must be WebPage")));
            continue;
        }
        if (!hasScheme(url)) {
            problems.append(invalidParam(where + QStringLiteral(".url"),
                                         QStringLiteral("must be a URL starting with http:// or https://")));
            continue;
        }
        if (linkType == QLatin1String("https://imin.co/BackToBrokerLink"))
            backUrl = url;
        else if (linkType == QLatin1String("https://imin.co/BackToBrokerUserProfileLink"))
            profileUrl = url; // any other link type is not drawn, like any unknown key
    }
    const QJsonObject broker = initial.value(QStringLiteral("broker")).toObject();
    const QString brokerUrl = broker.value(QStringLiteral("url")).toString();
    if (!brokerUrl.isEmpty() && !hasScheme(brokerUrl))
        problems.append(invalidParam(QStringLiteral("imin:initialOrder.broker.url"),
                                     QStringLiteral("must be a URL starting with http:// or https://")));
    if (!problems.isEmpty()) {
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid checkout session"),
                     QStringLiteral("The checkout session request is missing fields or has invalid values."), problems);
    }

    // Bookability: the opportunity exists, is bookable through imin, is in the future, has places; the offer is its
    // own.
    auto notBookable = [](const QString &type, const QString &name, const QString &description) {
        return error(400, type, name, description);
    };
    const auto opportunity = testing ? std::optional<Opportunity>(testOpportunity(opportunityKey, testStartMs))
                                     : m_catalogue->findOpportunity(opportunityKey);
    if (!opportunity) {
        return notBookable(QStringLiteral("UnknownOpportunityError"), QStringLiteral("Opportunity not found"),
                           QStringLiteral("There is no session or slot with the identifier %1.").arg(opportunityKey));
    }
    const bool expectSlot = opportunity->type == Opportunity::Slot;
    if (!opportunityType.isEmpty() && (expectSlot ? !opportunityType.endsWith(QLatin1String("Slot"))
                                                  : opportunityType != QLatin1String("ScheduledSession"))) {
        return error(
            400, QStringLiteral("OpenBookingError"), QStringLiteral("Wrong opportunity type"),
            QStringLiteral("The opportunity is a %1, not a %2.")
                .arg(expectSlot ? QStringLiteral("Slot") : QStringLiteral("ScheduledSession"), opportunityType),
            QJsonArray{invalidParam(QStringLiteral("imin:initialOrder.orderedItem[0].orderedItem.type"),
                                    QStringLiteral("does not match the opportunity"))});
    }
    if (!testing && !expectSlot &&
        m_catalogue->events().at(m_catalogue->sessions().at(opportunity->owner).event).kind == RecordKind::Sparse) {
        return notBookable(QStringLiteral("OpportunityOfferPairNotBookableError"),
                           QStringLiteral("Opportunity not bookable"),
                           QStringLiteral("The opportunity is not available to book through imin for this broker."));
    }
    if (opportunity->startMs <= nowMs()) {
        return notBookable(QStringLiteral("OpportunityOfferPairNotBookableError"),
                           QStringLiteral("Opportunity not bookable"),
                           QStringLiteral("The session has already started, so it can no longer be booked."));
    }
    CatalogueJson json(*m_catalogue, ctx.origin, m_taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    if (!testing && m_options.enforceBookingWindows && nowMs() < json.opensAtMs(*opportunity)) {
        const QDateTime opens = QDateTime::fromMSecsSinceEpoch(json.opensAtMs(*opportunity), Qt::UTC);
        return notBookable(QStringLiteral("OpportunityOfferPairNotBookableError"),
                           QStringLiteral("Opportunity not bookable yet"),
                           QStringLiteral("Booking for this date opens at %1.").arg(Iso8601::formatDateTime(opens)));
    }
    if (json.remaining(*opportunity) <= 0) {
        return notBookable(QStringLiteral("OpportunityIsFullError"), QStringLiteral("Opportunity is full"),
                           QStringLiteral("There are no places left on this session."));
    }
    const QVector<OfferView> offers = offersFor(*m_catalogue, *opportunity);
    if (authenticated || !offerId.isEmpty()) {
        const bool known =
            std::any_of(offers.begin(), offers.end(), [&](const OfferView &o) { return o.id == offerId; });
        if (!known) {
            return notBookable(
                QStringLiteral("OpportunityOfferPairNotBookableError"), QStringLiteral("Offer not valid"),
                offerId.isEmpty() ? QStringLiteral("Choose a price level: acceptedOffer is required.")
                                  : QStringLiteral("The offer %1 does not belong to this opportunity.").arg(offerId));
        }
    }

    CheckoutRecord record;
    record.id = randomToken(12, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    record.tenant = ctx.tenant;
    record.status = QStringLiteral("review");
    const QString brokerName = broker.value(QStringLiteral("name")).toString(m_options.brokerName);
    record.data = QJsonObject{
        {QStringLiteral("kind"), authenticated ? QStringLiteral("authenticated") : QStringLiteral("standalone")},
        {QStringLiteral("opportunity"), opportunity->identifier},
        {QStringLiteral("offer"), offerId},
        {QStringLiteral("customerId"), customerId},
        {QStringLiteral("person"), person},
        {QStringLiteral("backUrl"), backUrl},
        {QStringLiteral("profileUrl"), profileUrl},
        {QStringLiteral("brokerName"), brokerName},
        {QStringLiteral("brokerUrl"), broker.value(QStringLiteral("url")).toString()},
        {QStringLiteral("created"), Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC))}};
    if (testing) {
        record.data.insert(QStringLiteral("testing"), true);
        record.data.insert(QStringLiteral("testStartMs"), double(testStartMs));
    }
    if (!m_store.insertCheckout(record)) {
        return error(503, QStringLiteral("TemporarilyUnableToProduceOrderQuoteError"), QStringLiteral("Storage busy"),
                     QStringLiteral("The checkout session could not be saved. Try again."));
    }
    QJsonObject out = body;
    QJsonObject order = initial;
    QJsonObject brokerOut{{QStringLiteral("type"), QStringLiteral("Organization")},
                          {QStringLiteral("name"), brokerName}};
    if (broker.contains(QStringLiteral("url")))
        brokerOut.insert(QStringLiteral("url"), broker.value(QStringLiteral("url")));
    order.insert(QStringLiteral("broker"), brokerOut);
    out.insert(QStringLiteral("imin:initialOrder"), order);
    const QString target =
        ctx.origin + (authenticated ? QStringLiteral("/checkout/") : QStringLiteral("/opendata/")) + record.id;
    out.insert(QStringLiteral("potentialAction"),
               QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OrderAction")},
                                      {QStringLiteral("name"), QStringLiteral("Checkout")},
                                      {QStringLiteral("target"), target}}});
    HttpResponse r = jsonResponse(201, out);
    r.setHeader("Location", "/checkout-sessions/" + record.id.toUtf8());
    return r;
}

HttpResponse SandboxServer::guestCheckout(Context &ctx)
{
    // Guest Checkout: the imin:checkoutUrlTemplate links, opened in a browser.
    const bool slot = ctx.match.captured(1) == QLatin1String("slots");
    bool inRange = false;
    const int owner = ctx.match.captured(2).toInt(&inRange); // a number too large for an int is no record at all
    const QString stampText = ctx.match.captured(3);
    const qint64 now = nowMs();
    const QString broker = m_options.brokerName;
    if (!inRange || owner < 0)
        return htmlError(404, broker, QStringLiteral("Not found"), QStringLiteral("This booking link is not valid."));
    if (stampText.isEmpty()) {
        if (slot || owner < 0 || owner >= m_catalogue->sessions().size())
            return htmlError(404, broker, QStringLiteral("Not found"),
                             QStringLiteral("This booking link is not valid."));
        QString list;
        for (qint64 start : m_catalogue->occurrences(owner, now, now + 14LL * 24 * 3600 * 1000)) {
            list += QStringLiteral("<li><a href=\"/v1/events/%1/%2\">%3 at %4</a></li>")
                        .arg(owner)
                        .arg(Catalogue::compactStamp(start), esc(longDate(start)), clock(start));
        }
        const QString name = m_catalogue->events().at(m_catalogue->sessions().at(owner).event).name;
        return HttpResponse::html(
            200,
            Html::page(
                name, broker, 0, false,
                QStringLiteral("<div class=\"card\"><h1>%1</h1><p class=\"meta\">Choose a date.</p><ul>%2</ul></div>")
                    .arg(esc(name), list.isEmpty() ? QStringLiteral("<li>No upcoming dates.</li>") : list)));
    }
    QDateTime dt = QDateTime::fromString(stampText, QStringLiteral("yyyyMMddHHmm"));
    dt.setTimeSpec(Qt::UTC);
    // A named court's link ends in its number; a facility with named courts has no link for "any court".
    const int court = ctx.match.captured(4).toInt();
    const bool courtOk = slot
                             ? owner < m_catalogue->facilityUses().size() &&
                                   m_catalogue->facilityUses().at(owner).namedCourts == !ctx.match.captured(4).isEmpty()
                             : ctx.match.captured(4).isEmpty();
    const auto o = !courtOk ? std::nullopt
                   : slot   ? m_catalogue->slot(owner, dt.toMSecsSinceEpoch(), court)
                            : m_catalogue->occurrence(owner, dt.toMSecsSinceEpoch());
    if (!o || (!slot && m_catalogue->events().at(m_catalogue->sessions().at(owner).event).kind == RecordKind::Sparse))
        return htmlError(404, broker, QStringLiteral("Not found"), QStringLiteral("This booking link is not valid."));
    CheckoutRecord record;
    record.id = randomToken(12, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    record.tenant = ctx.tenant;
    record.status = QStringLiteral("review");
    record.data = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("guest")},
        {QStringLiteral("opportunity"), o->identifier},
        {QStringLiteral("brokerName"), broker},
        {QStringLiteral("created"), Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC))}};
    if (!m_store.insertCheckout(record))
        return htmlError(503, broker, QStringLiteral("Checkout not available"),
                         QStringLiteral("The checkout could not be started. Nothing has been booked. Try again in a "
                                        "moment."));
    return HttpResponse::redirect("/checkout/" + record.id.toUtf8());
}

HttpResponse SandboxServer::checkoutAsset(Context &ctx)
{
    const QString name = ctx.match.captured(1);
    const QByteArray data = Html::asset(name);
    if (data.isEmpty() || name == QLatin1String("layout.html"))
        return htmlError(404, m_options.brokerName, QStringLiteral("Not found"),
                         QStringLiteral("There is no such file."));
    HttpResponse r;
    r.body = data;
    r.setHeader("Content-Type", name.endsWith(QLatin1String(".css"))  ? "text/css; charset=utf-8"
                                : name.endsWith(QLatin1String(".js")) ? "text/javascript; charset=utf-8"
                                                                      : "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "max-age=3600");
    return r;
}

namespace {

struct CheckoutView
{
    Opportunity opportunity;
    OpportunityView what;
    QVector<OfferView> offers;
    std::optional<OfferView> chosen;
    QString broker;
    QString givenName, familyName, email;
    bool knownCustomer = false;
};

QString summaryCard(const CheckoutView &v, int placesLeft)
{
    QString facts = QStringLiteral("<dl class=\"facts\"><dt>Date</dt><dd>%1</dd><dt>Time</dt><dd>%2 to %3</dd>"
                                   "<dt>Venue</dt><dd>%4<br><span class=\"meta\">%5</span></dd>")
                        .arg(esc(longDate(v.what.start)), clock(v.what.start), clock(v.what.end), esc(v.what.venue),
                             esc(v.what.address));
    if (placesLeft >= 0)
        facts += QStringLiteral("<dt>Places left</dt><dd>%1</dd>").arg(placesLeft);
    if (v.chosen)
        facts += QStringLiteral("<dt>Price level</dt><dd>%1</dd>").arg(esc(v.chosen->name));
    facts += QStringLiteral("</dl>");
    QString total;
    if (v.chosen)
        total = QStringLiteral("<div class=\"total\"><span>Total</span><span>%1</span></div>")
                    .arg(Html::money(v.chosen->price));
    return QStringLiteral("<section class=\"card\" aria-labelledby=\"what\"><h1 id=\"what\">%1</h1>%2%3</section>")
        .arg(esc(v.what.name), facts, total);
}

} // namespace

HttpResponse SandboxServer::checkoutPage(Context &ctx)
{
    const auto record = m_store.checkout(ctx.match.captured(1));
    if (!record)
        return htmlError(
            404, m_options.brokerName, QStringLiteral("Checkout not found"),
            QStringLiteral("This checkout link is not valid or has expired. Go back and try booking again."));
    const QJsonObject &d = record->data;
    const QString broker = d.value(QStringLiteral("brokerName")).toString(m_options.brokerName);
    const auto opportunity = recordOpportunity(*m_catalogue, d);
    if (!opportunity)
        return htmlError(404, broker, QStringLiteral("Session not found"),
                         QStringLiteral("This session no longer exists."));
    // A browser that sends another checkout's session cookie is one that kept the last person's (a kiosk must not).
    ++m_stats.checkoutPages;
    const QByteArray cookies = ctx.request.header("cookie");
    const qsizetype at = cookies.indexOf("checkout_session=");
    if (at >= 0) {
        const QByteArray value = cookies.mid(at + 17).split(';').first().trimmed();
        if (value != record->id.toUtf8())
            ++m_stats.foreignCheckoutCookies;
    }
    CheckoutView v;
    v.opportunity = *opportunity;
    v.what = describe(*m_catalogue, *opportunity);
    v.offers = offersFor(*m_catalogue, *opportunity);
    v.broker = broker;
    for (const OfferView &o : std::as_const(v.offers)) {
        if (o.id == d.value(QStringLiteral("offer")).toString())
            v.chosen = o;
    }
    const QString backUrl = d.value(QStringLiteral("backUrl")).toString();
    const QString profileUrl = d.value(QStringLiteral("profileUrl")).toString();
    auto links = [&]() {
        QString out = QStringLiteral("<div class=\"actions\">");
        if (!backUrl.isEmpty())
            out += QStringLiteral("<a class=\"button secondary\" id=\"back-to-broker\" href=\"%1\">Back to %2</a>")
                       .arg(esc(backUrl), esc(broker));
        if (!profileUrl.isEmpty())
            out += QStringLiteral("<a class=\"button\" id=\"view-bookings\" href=\"%1\">View my bookings</a>")
                       .arg(esc(profileUrl));
        return out + QStringLiteral("</div>");
    };

    if (record->status == QLatin1String("completed") && d.value(QStringLiteral("testing")).toBool()) {
        const QString body =
            QStringLiteral(
                "<div class=\"grid\"><section class=\"card\" aria-labelledby=\"done\">"
                "<div class=\"big-tick\" aria-hidden=\"true\">&#10004;</div><h1 id=\"done\">Test checkout complete</h1>"
                "<p id=\"testing-mode\"><strong>Testing mode: nothing was booked and no payment was taken.</strong></p>"
                "<p>Reference</p><p class=\"confirmation-number\" id=\"confirmation-number\">%1</p>"
                "<p>The confirmation e-mail went to <strong>%2</strong>.</p>%3</section>%4</div>")
                .arg(esc(d.value(QStringLiteral("testReference")).toString()),
                     esc(d.value(QStringLiteral("testSentTo")).toString()), links(), summaryCard(v, -1));
        return HttpResponse::html(200, Html::page(QStringLiteral("Test checkout complete"), broker, 3, false, body));
    }
    if (record->status == QLatin1String("completed")) {
        const auto order = m_store.order(record->tenant, record->orderId);
        const QString number = order ? order->data.value(QStringLiteral("confirmationNumber")).toString() : QString();
        const QString email = order ? order->data.value(QStringLiteral("imin:sentTo")).toString() : QString();
        const QString body =
            QStringLiteral(
                "<div class=\"grid\"><section class=\"card\" aria-labelledby=\"done\">"
                "<div class=\"big-tick\" aria-hidden=\"true\">&#10004;</div><h1 id=\"done\">Booking confirmed</h1>"
                "<p>Your confirmation number is</p><p class=\"confirmation-number\" id=\"confirmation-number\">%1</p>"
                "<p>We have emailed your confirmation to <strong>%2</strong>.</p>%3</section>%4</div>")
                .arg(esc(number), esc(email), links(), summaryCard(v, -1));
        return HttpResponse::html(
            200, Html::page(QStringLiteral("Booking confirmed"), broker, 3, v.chosen && v.chosen->price > 0, body));
    }
    if (record->status == QLatin1String("full") || record->status == QLatin1String("started")) {
        const bool full = record->status == QLatin1String("full");
        const QString title =
            full ? QStringLiteral("This session is now full") : QStringLiteral("This session has already started");
        const QString body =
            QStringLiteral("<div class=\"grid\"><section class=\"card\" aria-labelledby=\"t\"><h1 id=\"t\">%1</h1>"
                           "<p>%2</p><p><strong>No payment has been taken.</strong></p>%3</section>%4</div>")
                .arg(esc(title),
                     full ? QStringLiteral("Someone else booked the last place while you were checking out. "
                                           "Please choose another date or session.")
                          : QStringLiteral("It can no longer be booked. Please choose another date or session."),
                     links(), summaryCard(v, -1));
        return HttpResponse::html(200, Html::page(title, broker, 0, false, body));
    }

    // A date that is full (or has started) by the time the page opens says so, with no Continue: the form could only
    // return to itself (a guest link to a full date did exactly that).
    {
        CatalogueJson now(*m_catalogue, ctx.origin, m_taken);
        const bool fullNow = now.remaining(*opportunity) <= 0;
        if (fullNow || opportunity->startMs <= nowMs()) {
            const QString title =
                fullNow ? QStringLiteral("This session is full") : QStringLiteral("This session has already started");
            const QString body =
                QStringLiteral(
                    "<div class=\"grid\"><section class=\"card\" aria-labelledby=\"t\"><h1 id=\"t\">%1</h1>"
                    "<p id=\"full-reason\">%2</p><p><strong>No payment has been taken.</strong></p>%3</section>"
                    "%4</div>")
                    .arg(esc(title),
                         fullNow ? QStringLiteral("There are no places left on this date. Please choose another date "
                                                  "or session.")
                                 : QStringLiteral("It can no longer be booked. Please choose another date or session."),
                         links(), summaryCard(v, fullNow ? 0 : -1));
            return HttpResponse::html(200, Html::page(title, broker, 0, false, body));
        }
    }

    // Review (also shown again when the form has errors: see checkoutReview).
    const QJsonObject errors = d.value(QStringLiteral("reviewErrors")).toObject();
    const QJsonObject entered = d.value(QStringLiteral("reviewEntered")).toObject();
    QString who;
    const QString customerId = d.value(QStringLiteral("customerId")).toString();
    QJsonObject person = d.value(QStringLiteral("person")).toObject();
    if (!customerId.isEmpty()) {
        if (const auto c = m_store.customer(record->tenant, customerId))
            person = c->account.value(QStringLiteral("customer")).toObject();
    }
    if (!person.isEmpty()) {
        who = QStringLiteral(
                  "<section class=\"card\" aria-labelledby=\"who\"><h2 id=\"who\">Booking for</h2>"
                  "<p><strong id=\"member-name\">%1 %2</strong><br><span id=\"member-email\">%3</span></p></section>")
                  .arg(esc(person.value(QStringLiteral("givenName")).toString()),
                       esc(person.value(QStringLiteral("familyName")).toString()),
                       esc(person.value(QStringLiteral("email")).toString()));
    } else {
        who = QStringLiteral("<section class=\"card\" aria-labelledby=\"who\"><h2 id=\"who\">Your details</h2>") +
              QStringLiteral("<div class=\"row\">") +
              Html::field(QStringLiteral("givenName"), QStringLiteral("First name"),
                          entered.value(QStringLiteral("givenName")).toString(),
                          errors.value(QStringLiteral("givenName")).toString(), {}, QStringLiteral("text"),
                          QStringLiteral("given-name")) +
              Html::field(QStringLiteral("familyName"), QStringLiteral("Last name"),
                          entered.value(QStringLiteral("familyName")).toString(),
                          errors.value(QStringLiteral("familyName")).toString(), {}, QStringLiteral("text"),
                          QStringLiteral("family-name")) +
              QStringLiteral("</div>") +
              Html::field(
                  QStringLiteral("email"), QStringLiteral("Email"), entered.value(QStringLiteral("email")).toString(),
                  errors.value(QStringLiteral("email")).toString(), QStringLiteral("We send your confirmation here."),
                  QStringLiteral("email"), QStringLiteral("email")) +
              QStringLiteral("</section>");
    }
    QString price;
    if (!v.chosen) {
        price = QStringLiteral("<section class=\"card\"><fieldset "
                               "style=\"border:0;padding:0;margin:0\"><legend><h2>Choose a price level</h2></legend>");
        const QString err = errors.value(QStringLiteral("offer")).toString();
        if (!err.isEmpty())
            price += QStringLiteral("<span class=\"error-text\" role=\"alert\">%1</span>").arg(esc(err));
        for (int i = 0; i < v.offers.size(); ++i) {
            const OfferView &o = v.offers.at(i);
            price += QStringLiteral("<label class=\"choice\"><input type=\"radio\" name=\"offer\" value=\"%1\"%2>"
                                    "<span>%3<small>%4</small></span><span class=\"price\">%5</span></label>")
                         .arg(esc(o.id), i == 0 ? QStringLiteral(" checked") : QString(), esc(o.name),
                              esc(o.description), Html::money(o.price));
        }
        price += QStringLiteral("</fieldset></section>");
    }
    const bool paid = !v.chosen || v.chosen->price > 0;
    const QString button = !v.chosen
                               ? QStringLiteral("Continue")
                               : (paid ? QStringLiteral("Continue to payment") : QStringLiteral("Confirm booking"));
    CatalogueJson json(*m_catalogue, ctx.origin, m_taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    const QString body =
        QStringLiteral("<form method=\"post\" action=\"/checkout/%1/review\" novalidate><div class=\"grid\"><div>%2%3"
                       "<div class=\"actions\"><button class=\"primary\" type=\"submit\" "
                       "id=\"continue\">%4</button></div></div>%5</div></form>")
            .arg(record->id, who, price, button, summaryCard(v, json.remaining(*opportunity)));
    HttpResponse r = HttpResponse::html(200, Html::page(QStringLiteral("Review your booking"), broker, 1, paid, body));
    // A session cookie, as a real checkout sets one (HttpOnly: no script reads it, only the browser keeps it).
    r.setHeader("Set-Cookie", "checkout_session=" + record->id.toUtf8() + "; Path=/; HttpOnly; SameSite=Lax");
    return r;
}

HttpResponse SandboxServer::checkoutReview(Context &ctx)
{
    auto record = m_store.checkout(ctx.match.captured(1));
    if (!record)
        return htmlError(404, m_options.brokerName, QStringLiteral("Checkout not found"),
                         QStringLiteral("This checkout link is not valid."));
    const QByteArray self = "/checkout/" + record->id.toUtf8();
    if (record->status != QLatin1String("review") && record->status != QLatin1String("payment"))
        return HttpResponse::redirect(self);
    const QHash<QString, QString> form = parseForm(ctx.request.body);
    QJsonObject &d = record->data;
    QJsonObject errors, entered;
    const auto opportunity = recordOpportunity(*m_catalogue, d);
    if (!opportunity)
        return HttpResponse::redirect(self);
    if (d.value(QStringLiteral("offer")).toString().isEmpty()) {
        const QVector<OfferView> offers = offersFor(*m_catalogue, *opportunity);
        const QString chosen = form.value(QStringLiteral("offer"));
        if (std::any_of(offers.begin(), offers.end(), [&](const OfferView &o) { return o.id == chosen; }))
            d.insert(QStringLiteral("chosenOffer"), chosen);
        else
            errors.insert(QStringLiteral("offer"), QStringLiteral("Choose a price level."));
    }
    const bool guest = d.value(QStringLiteral("customerId")).toString().isEmpty() &&
                       d.value(QStringLiteral("person")).toObject().isEmpty();
    if (guest) {
        static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        const QString given = form.value(QStringLiteral("givenName")).trimmed();
        const QString family = form.value(QStringLiteral("familyName")).trimmed();
        const QString mail = form.value(QStringLiteral("email")).trimmed();
        entered = {{QStringLiteral("givenName"), given},
                   {QStringLiteral("familyName"), family},
                   {QStringLiteral("email"), mail}};
        if (given.isEmpty())
            errors.insert(QStringLiteral("givenName"), QStringLiteral("Enter your first name."));
        if (family.isEmpty())
            errors.insert(QStringLiteral("familyName"), QStringLiteral("Enter your last name."));
        if (!email.match(mail).hasMatch())
            errors.insert(QStringLiteral("email"), QStringLiteral("Enter an email address like name@example.com."));
    }
    if (!errors.isEmpty()) {
        d.insert(QStringLiteral("reviewErrors"), errors);
        d.insert(QStringLiteral("reviewEntered"), entered);
        const bool saved = m_store.updateCheckout(*record);
        HttpResponse page = checkoutPage(ctx);
        d.remove(QStringLiteral("reviewErrors"));
        if (!saved || !m_store.updateCheckout(*record))
            return bookingNotSaved(*record, false);
        return page;
    }
    if (guest)
        d.insert(QStringLiteral("person"), entered);
    if (d.value(QStringLiteral("offer")).toString().isEmpty())
        d.insert(QStringLiteral("offer"), d.value(QStringLiteral("chosenOffer")));
    d.remove(QStringLiteral("reviewEntered"));
    double price = 0;
    for (const OfferView &o : offersFor(*m_catalogue, *opportunity)) {
        if (o.id == d.value(QStringLiteral("offer")).toString())
            price = o.price;
    }
    if (price == 0.0) {
        if (completeCheckout(*record, QStringLiteral("No payment needed")) == CompleteResult::Failed)
            return bookingNotSaved(*record, false);
        return HttpResponse::redirect(self + (record->status == QLatin1String("completed") ? "/confirmation" : ""));
    }
    record->status = QStringLiteral("payment");
    if (!m_store.updateCheckout(*record))
        return bookingNotSaved(*record, false);
    return HttpResponse::redirect(self + "/payment");
}

HttpResponse SandboxServer::checkoutPaymentPage(Context &ctx)
{
    const auto record = m_store.checkout(ctx.match.captured(1));
    if (!record)
        return htmlError(404, m_options.brokerName, QStringLiteral("Checkout not found"),
                         QStringLiteral("This checkout link is not valid."));
    if (record->status != QLatin1String("payment"))
        return HttpResponse::redirect("/checkout/" + record->id.toUtf8());
    const QJsonObject &d = record->data;
    const QString broker = d.value(QStringLiteral("brokerName")).toString(m_options.brokerName);
    const auto opportunity = recordOpportunity(*m_catalogue, d);
    if (!opportunity)
        return htmlError(404, broker, QStringLiteral("Session not found"),
                         QStringLiteral("This session no longer exists."));
    CheckoutView v;
    v.opportunity = *opportunity;
    v.what = describe(*m_catalogue, *opportunity);
    for (const OfferView &o : offersFor(*m_catalogue, *opportunity)) {
        if (o.id == d.value(QStringLiteral("offer")).toString())
            v.chosen = o;
    }
    const QJsonObject errors = d.value(QStringLiteral("payErrors")).toObject();
    const QJsonObject entered = d.value(QStringLiteral("payEntered")).toObject();
    QString banner;
    if (errors.contains(QStringLiteral("declined"))) {
        banner = QStringLiteral("<div class=\"banner error\" role=\"alert\" id=\"payment-declined\"><strong>Payment "
                                "declined.</strong> %1</div>")
                     .arg(esc(errors.value(QStringLiteral("declined")).toString()));
    } else if (!errors.isEmpty()) {
        banner = QStringLiteral("<div class=\"banner error\" role=\"alert\"><strong>Check your card details.</strong> "
                                "Some fields need correcting.</div>");
    }
    const QString amount = v.chosen ? QStringLiteral("£") + QString::number(v.chosen->price, 'f', 2) : QString();
    const QString body =
        QStringLiteral("<div class=\"grid\"><form class=\"card\" method=\"post\" action=\"/checkout/%1/payment\" "
                       "novalidate aria-labelledby=\"pay\">"
                       "<h2 id=\"pay\">Pay by card</h2>%2")
            .arg(record->id, banner) +
        Html::field(QStringLiteral("cardNumber"), QStringLiteral("Card number"), QString(),
                    errors.value(QStringLiteral("cardNumber")).toString(),
                    entered.contains(QStringLiteral("cardLastFour"))
                        ? QStringLiteral("Type the card number again (you used the card ending %1).")
                              .arg(entered.value(QStringLiteral("cardLastFour")).toString())
                        : QStringLiteral("The long number on the front of your card."),
                    QStringLiteral("text"), QStringLiteral("cc-number"), true) +
        QStringLiteral("<div class=\"row\">") +
        Html::field(QStringLiteral("expiry"), QStringLiteral("Expiry"),
                    entered.value(QStringLiteral("expiry")).toString(),
                    errors.value(QStringLiteral("expiry")).toString(), QStringLiteral("MM/YY"), QStringLiteral("text"),
                    QStringLiteral("cc-exp")) +
        Html::field(QStringLiteral("cvc"), QStringLiteral("CVC"), QString(),
                    errors.value(QStringLiteral("cvc")).toString(), QStringLiteral("3 or 4 digits on the back."),
                    QStringLiteral("text"), QStringLiteral("cc-csc")) +
        QStringLiteral("</div>") +
        Html::field(QStringLiteral("nameOnCard"), QStringLiteral("Name on card"),
                    entered.value(QStringLiteral("nameOnCard")).toString(),
                    errors.value(QStringLiteral("nameOnCard")).toString(), {}, QStringLiteral("text"),
                    QStringLiteral("cc-name")) +
        QStringLiteral(
            "<div class=\"actions\"><button class=\"primary\" type=\"submit\" id=\"pay-button\">Pay %1</button>"
            "<a class=\"button secondary\" href=\"/checkout/%2\">Back</a></div></form>%3</div>")
            .arg(amount, record->id, summaryCard(v, -1));
    return HttpResponse::html(200, Html::page(QStringLiteral("Payment"), broker, 2, true, body));
}

HttpResponse SandboxServer::checkoutPay(Context &ctx)
{
    auto record = m_store.checkout(ctx.match.captured(1));
    if (!record)
        return htmlError(404, m_options.brokerName, QStringLiteral("Checkout not found"),
                         QStringLiteral("This checkout link is not valid."));
    const QByteArray self = "/checkout/" + record->id.toUtf8();
    if (record->status != QLatin1String("payment"))
        return HttpResponse::redirect(self); // already completed, full, or not yet reviewed: the page says which
    const QHash<QString, QString> form = parseForm(ctx.request.body);
    QString number = form.value(QStringLiteral("cardNumber"));
    number.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool testingMode = record->data.value(QStringLiteral("testing")).toBool(); // any card number succeeds
    const QString expiry = form.value(QStringLiteral("expiry")).trimmed();
    const QString cvc = form.value(QStringLiteral("cvc")).trimmed();
    const QString name = form.value(QStringLiteral("nameOnCard")).trimmed();
    QJsonObject errors;
    static const QRegularExpression digits(QStringLiteral("^\\d{13,19}$"));
    if (number.isEmpty())
        errors.insert(QStringLiteral("cardNumber"), QStringLiteral("Enter your card number."));
    else if (!digits.match(number).hasMatch() || (!testingMode && !luhn(number)))
        errors.insert(QStringLiteral("cardNumber"),
                      QStringLiteral("Enter a valid card number, like 4242 4242 4242 4242."));
    static const QRegularExpression exp(QStringLiteral(R"(^(0[1-9]|1[0-2])\s*/\s*(\d{2})$)"));
    const QRegularExpressionMatch em = exp.match(expiry);
    if (expiry.isEmpty()) {
        errors.insert(QStringLiteral("expiry"), QStringLiteral("Enter the expiry date."));
    } else if (!em.hasMatch()) {
        errors.insert(QStringLiteral("expiry"), QStringLiteral("Enter the expiry date as MM/YY, like 04/29."));
    } else {
        const QDate now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).date();
        const QDate lastDay = QDate(2000 + em.captured(2).toInt(), em.captured(1).toInt(), 1).addMonths(1).addDays(-1);
        if (lastDay < now)
            errors.insert(QStringLiteral("expiry"), QStringLiteral("This card has expired."));
    }
    static const QRegularExpression cvcRe(QStringLiteral("^\\d{3,4}$"));
    if (!cvcRe.match(cvc).hasMatch())
        errors.insert(QStringLiteral("cvc"), QStringLiteral("Enter the 3 or 4 digit security code."));
    if (name.isEmpty())
        errors.insert(QStringLiteral("nameOnCard"), QStringLiteral("Enter the name as it appears on the card."));
    if (errors.isEmpty() && !testingMode &&
        (number == QLatin1String("4000000000000002") || number == QLatin1String("4000000000009995"))) {
        errors.insert(
            QStringLiteral("declined"),
            number.endsWith(QLatin1String("9995"))
                ? QStringLiteral("The card has insufficient funds. No money has been taken. Try another card.")
                : QStringLiteral("Your card was declined. No money has been taken. Try another card."));
    }
    QJsonObject &d = record->data;
    if (!errors.isEmpty()) {
        // The page is drawn again with what was typed, except the card number: only its last four digits are kept.
        d.insert(QStringLiteral("payErrors"), errors);
        QJsonObject entered{{QStringLiteral("expiry"), expiry}, {QStringLiteral("nameOnCard"), name}};
        if (digits.match(number).hasMatch())
            entered.insert(QStringLiteral("cardLastFour"), number.right(4));
        d.insert(QStringLiteral("payEntered"), entered);
        const bool saved = m_store.updateCheckout(*record);
        HttpResponse page = checkoutPaymentPage(ctx);
        d.remove(QStringLiteral("payErrors"));
        d.remove(QStringLiteral("payEntered"));
        if (!saved || !m_store.updateCheckout(*record))
            return bookingNotSaved(*record, true);
        return page;
    }
    if (completeCheckout(*record, QStringLiteral("Card ending ") + number.right(4)) == CompleteResult::Failed)
        return bookingNotSaved(*record, true);
    return HttpResponse::redirect(self + (record->status == QLatin1String("completed") ? "/confirmation" : ""));
}

SandboxServer::CompleteResult SandboxServer::completeCheckout(CheckoutRecord &checkout, const QString &paymentNote)
{
    QJsonObject &d = checkout.data;
    const auto opportunity = recordOpportunity(*m_catalogue, d);
    if (!opportunity)
        return CompleteResult::Failed;
    const qint64 now = nowMs();
    CatalogueJson json(*m_catalogue, QStringLiteral("{origin}"), m_taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    if (!m_store.begin())
        return CompleteResult::Failed;
    if (opportunity->startMs <= now || json.remaining(*opportunity) <= 0) {
        const QString before = checkout.status;
        checkout.status = opportunity->startMs <= now ? QStringLiteral("started") : QStringLiteral("full");
        if (!m_store.updateCheckout(checkout) || !m_store.commit()) {
            m_store.rollback();
            checkout.status = before;
            return CompleteResult::Failed;
        }
        return checkout.status == QLatin1String("full") ? CompleteResult::Full : CompleteResult::Started;
    }
    OfferView offer;
    for (const OfferView &o : offersFor(*m_catalogue, *opportunity)) {
        if (o.id == d.value(QStringLiteral("offer")).toString())
            offer = o;
    }
    // Whom to email: the customer's address as it is now, or the guest's.
    const QString customerId = d.value(QStringLiteral("customerId")).toString();
    QJsonObject person = d.value(QStringLiteral("person")).toObject();
    if (!customerId.isEmpty()) {
        if (const auto c = m_store.customer(checkout.tenant, customerId))
            person = c->account.value(QStringLiteral("customer")).toObject();
    }
    const QString email = person.value(QStringLiteral("email")).toString();
    if (d.value(QStringLiteral("testing")).toBool()) {
        // Testing mode: as live up to here, then no Order, no place taken, no receipt; the e-mail is still sent.
        const OpportunityView what = describe(*m_catalogue, *opportunity);
        const QString reference = QStringLiteral("TEST-") + randomToken(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        MailRecord mail;
        mail.to = email;
        mail.subject =
            QStringLiteral("Booking confirmed (testing mode): %1 on %2").arg(what.name, longDate(what.start));
        mail.text = QStringLiteral("Hello %1,\n\nThis was a test checkout in imin's testing mode: nothing was booked "
                                   "and no payment was taken.\n\n%2\nPrice level: %3 (%4)\nReference: %5\n")
                        .arg(person.value(QStringLiteral("givenName")).toString(), what.name, offer.name,
                             Html::money(offer.price), reference);
        mail.created = Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        d.insert(QStringLiteral("testReference"), reference);
        d.insert(QStringLiteral("testSentTo"), email);
        checkout.status = QStringLiteral("completed");
        if (!m_store.insertMail(mail) || !m_store.updateCheckout(checkout) || !m_store.commit()) {
            m_store.rollback();
            checkout.status = QStringLiteral("payment");
            return CompleteResult::Failed;
        }
        return CompleteResult::Completed;
    }
    const QString orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString itemId = randomToken(8, "abcdefghijkmnopqrstuvwxyz23456789");
    const QString confirmation = randomToken(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    const QString orderDate = Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    const int organizer =
        opportunity->type == Opportunity::Slot
            ? m_catalogue->venues().at(m_catalogue->facilityUses().at(opportunity->owner).venue).organizer
            : m_catalogue->events().at(m_catalogue->sessions().at(opportunity->owner).event).organizer;
    const QString sellerBase = m_catalogue->providerBase(organizer);
    // The seller's address on the Order is the centre that runs the booked session or court: the receipt prints it.
    const Venue &soldAt = m_catalogue->venues().at(opportunity->type == Opportunity::Slot
                                                       ? m_catalogue->facilityUses().at(opportunity->owner).venue
                                                       : m_catalogue->sessions().at(opportunity->owner).venue);
    // Prices include VAT at the standard rate (OpenActive's TaxGross mode); the Order carries the tax in them.
    const double vat = std::round(offer.price / 6.0 * 100.0) / 100.0;
    // Empty values are left out, as in imin's data: a checkout that named no broker address has no broker.url.
    QJsonObject broker{{QStringLiteral("type"), QStringLiteral("Organization")},
                       {QStringLiteral("name"), d.value(QStringLiteral("brokerName"))}};
    if (!d.value(QStringLiteral("brokerUrl")).toString().isEmpty())
        broker.insert(QStringLiteral("url"), d.value(QStringLiteral("brokerUrl")));
    QJsonObject header{
        {QStringLiteral("type"), QStringLiteral("Order")},
        {QStringLiteral("identifier"), orderId},
        {QStringLiteral("orderDate"), orderDate},
        {QStringLiteral("confirmationNumber"), confirmation},
        // imin sells as the broker's agent (OpenActive requires the role on an Order; imin's examples leave it out).
        {QStringLiteral("brokerRole"), QStringLiteral("https://openactive.io/AgentBroker")},
        {QStringLiteral("seller"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Organization")},
                     {QStringLiteral("id"), sellerBase},
                     {QStringLiteral("name"), m_catalogue->organizers().at(organizer).name},
                     {QStringLiteral("termsOfService"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PrivacyPolicy")},
                                             {QStringLiteral("name"), QStringLiteral("Privacy Policy")},
                                             {QStringLiteral("url"), sellerBase + QStringLiteral("/privacy")}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("TermsOfUse")},
                                             {QStringLiteral("name"), QStringLiteral("Terms and Conditions")},
                                             {QStringLiteral("url"), sellerBase + QStringLiteral("/terms")}}}},
                     {QStringLiteral("telephone"), soldAt.telephone},
                     {QStringLiteral("taxMode"), QStringLiteral("https://openactive.io/TaxGross")},
                     {QStringLiteral("address"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("PostalAddress")},
                                  {QStringLiteral("streetAddress"), soldAt.name + QStringLiteral(", ") + soldAt.street},
                                  {QStringLiteral("addressLocality"), soldAt.locality},
                                  {QStringLiteral("postalCode"), soldAt.postcode},
                                  {QStringLiteral("addressCountry"), QStringLiteral("GB")}}}}},
        {QStringLiteral("broker"), broker},
        {QStringLiteral("totalPaymentDue"), QJsonObject{{QStringLiteral("type"), QStringLiteral("PriceSpecification")},
                                                        {QStringLiteral("price"), offer.price},
                                                        {QStringLiteral("priceCurrency"), QStringLiteral("GBP")}}},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Payment")},
                     {QStringLiteral("name"), paymentNote},
                     {QStringLiteral("identifier"),
                      QStringLiteral("pay_") + randomToken(14, "abcdefghijklmnopqrstuvwxyz0123456789")}}},
        {QStringLiteral("imin:sentTo"), email}};
    if (vat > 0)
        header.insert(QStringLiteral("totalPaymentTax"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TaxChargeSpecification")},
                                             {QStringLiteral("name"), QStringLiteral("VAT at 20%")},
                                             {QStringLiteral("price"), vat},
                                             {QStringLiteral("priceCurrency"), QStringLiteral("GBP")},
                                             {QStringLiteral("rate"), 0.2}}});
    if (customerId.isEmpty())
        header.insert(QStringLiteral("customer"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                  {QStringLiteral("givenName"), person.value(QStringLiteral("givenName"))},
                                  {QStringLiteral("familyName"), person.value(QStringLiteral("familyName"))},
                                  {QStringLiteral("email"), email}});
    QJsonObject accepted{
        {QStringLiteral("type"), QStringLiteral("Offer")},
        {QStringLiteral("id"), offer.id},
        {QStringLiteral("name"), offer.name},
        {QStringLiteral("price"), offer.price},
        {QStringLiteral("priceCurrency"), QStringLiteral("GBP")},
        {QStringLiteral("latestCancellationBeforeStartDate"), Iso8601::formatDuration(offer.cancelWindowMs)}};
    Opportunity after = *opportunity;
    after.baseRemaining -= 1; // the snapshot shows the place this booking took
    OrderItemRecord item;
    item.orderId = orderId;
    item.itemId = itemId;
    item.customerId = customerId;
    item.tenant = checkout.tenant;
    item.status = QStringLiteral("OrderItemConfirmed");
    item.startMs = opportunity->startMs;
    item.cancelDeadlineMs = opportunity->startMs - offer.cancelWindowMs;
    item.opportunityId = opportunity->identifier;
    item.data = QJsonObject{{QStringLiteral("type"), QStringLiteral("OrderItem")},
                            {QStringLiteral("identifier"), itemId},
                            {QStringLiteral("orderedItem"), json.orderedOpportunity(after)},
                            {QStringLiteral("acceptedOffer"), accepted}};
    const OpportunityView what = describe(*m_catalogue, *opportunity);
    MailRecord mail;
    mail.to = email;
    mail.subject = QStringLiteral("Booking confirmed: %1 on %2").arg(what.name, longDate(what.start));
    mail.text =
        QStringLiteral("Hello %1,\n\nYour booking is confirmed.\n\n%2\n%3, %4 to %5\n%6, %7\nPrice level: %8 (%9)\n"
                       "Confirmation number: %10\n\nBooked through %11.\n")
            .arg(person.value(QStringLiteral("givenName")).toString(), what.name, longDate(what.start),
                 clock(what.start), clock(what.end), what.venue, what.address, offer.name, Html::money(offer.price),
                 confirmation, d.value(QStringLiteral("brokerName")).toString());
    mail.orderId = orderId;
    mail.created = orderDate;
    const bool ok = m_store.insertOrder(OrderRecord{orderId, checkout.tenant, customerId, orderDate, header}) &&
                    m_store.insertOrderItem(item) && m_store.addTaken(opportunity->identifier, 1) &&
                    m_store.insertReceipt(orderId, orderDate) > 0 && m_store.insertMail(mail);
    checkout.status = QStringLiteral("completed");
    checkout.orderId = orderId;
    if (!ok || !m_store.updateCheckout(checkout) || !m_store.commit()) {
        m_store.rollback();
        checkout.status = QStringLiteral("payment");
        checkout.orderId.clear();
        return CompleteResult::Failed;
    }
    m_taken[opportunity->identifier] += 1;
    takenChanged();
    return CompleteResult::Completed;
}

} // namespace Sandbox
