#include "Decode.h"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Decode {

using JsonLd::str;

std::optional<double> number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<int> integer(const QJsonValue &v)
{
    const auto d = number(v);
    return d ? std::optional<int>(int(*d)) : std::nullopt;
}

QDateTime dateTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString text = v.toString();
    QDateTime dt = Iso8601::parseDateTime(text);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, Qt::ISODate); // no zone: read as UTC
        if (dt.isValid())
            dt.setTimeSpec(Qt::UTC);
    }
    return dt;
}

PostalAddress address(const QJsonObject &o)
{
    PostalAddress a;
    a.streetAddress = str(o, QStringLiteral("streetAddress"));
    a.addressLocality = str(o, QStringLiteral("addressLocality"));
    a.addressRegion = str(o, QStringLiteral("addressRegion"));
    a.postalCode = str(o, QStringLiteral("postalCode"));
    a.addressCountry = str(o, QStringLiteral("addressCountry"));
    a.fullAddress = str(o, QStringLiteral("imin:fullAddress"));
    if (a.fullAddress.isEmpty()) {
        QStringList parts;
        for (const QString &p : {a.streetAddress, a.addressLocality, a.postalCode}) {
            if (!p.isEmpty())
                parts << p;
        }
        a.fullAddress = parts.join(QStringLiteral(", "));
    }
    return a;
}

Person person(const QJsonObject &o)
{
    Person p;
    p.givenName = str(o, QStringLiteral("givenName"));
    p.familyName = str(o, QStringLiteral("familyName"));
    p.email = str(o, QStringLiteral("email"));
    p.telephone = str(o, QStringLiteral("telephone"));
    p.birthDate = QDate::fromString(str(o, QStringLiteral("birthDate")).left(10), Qt::ISODate);
    p.gender = JsonLd::localName(str(o, QStringLiteral("gender")));
    const QJsonValue over = o.value(QStringLiteral("imin:is13OrOver"));
    if (over.isBool())
        p.is13OrOver = over.toBool();
    p.address = address(o.value(QStringLiteral("address")).toObject());
    const QJsonObject contact = JsonLd::firstObject(o.value(QStringLiteral("emergencyContact")));
    p.emergencyContactName = str(contact, QStringLiteral("name"));
    p.emergencyContactTelephone = str(contact, QStringLiteral("telephone"));
    return p;
}

QJsonObject encodePerson(const Person &p)
{
    QJsonObject o{{QStringLiteral("@type"), QStringLiteral("Person")}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("email", p.email);
    put("telephone", p.telephone);
    put("givenName", p.givenName);
    put("familyName", p.familyName);
    if (p.birthDate.isValid())
        o.insert(QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate));
    if (!p.gender.isEmpty())
        o.insert(QStringLiteral("gender"), QStringLiteral("https://schema.org/") + p.gender);
    if (p.is13OrOver)
        o.insert(QStringLiteral("imin:is13OrOver"), *p.is13OrOver);
    if (!p.address.isEmpty()) {
        QJsonObject a{{QStringLiteral("@type"), QStringLiteral("PostalAddress")}};
        auto putA = [&a](const char *key, const QString &value) {
            if (!value.isEmpty())
                a.insert(QLatin1String(key), value);
        };
        putA("streetAddress", p.address.streetAddress);
        putA("addressLocality", p.address.addressLocality);
        putA("addressRegion", p.address.addressRegion);
        putA("postalCode", p.address.postalCode);
        putA("addressCountry", p.address.addressCountry.isEmpty() ? QStringLiteral("GB") : p.address.addressCountry);
        o.insert(QStringLiteral("address"), a);
    }
    if (!p.emergencyContactName.isEmpty() || !p.emergencyContactTelephone.isEmpty()) {
        QJsonObject c{{QStringLiteral("@type"), QStringLiteral("Person")}};
        if (!p.emergencyContactName.isEmpty())
            c.insert(QStringLiteral("name"), p.emergencyContactName);
        if (!p.emergencyContactTelephone.isEmpty())
            c.insert(QStringLiteral("telephone"), p.emergencyContactTelephone);
        o.insert(QStringLiteral("emergencyContact"), c);
    }
    return o;
}

CustomerAccount customerAccount(const QJsonObject &o)
{
    CustomerAccount c;
    c.id = JsonLd::idOf(o);
    c.identifier = str(o, QStringLiteral("identifier"));
    // The documented shape nests a Person in `customer`; older pages return a flat Person.
    const QJsonValue nested = o.value(QStringLiteral("customer"));
    c.customer = person(nested.isObject() ? nested.toObject() : o);
    c.accessPass = str(o.value(QStringLiteral("accessPass")).toObject(), QStringLiteral("text"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("entitlement")))) {
        const QJsonObject e = v.toObject();
        const QJsonObject type = e.value(QStringLiteral("entitlementType")).toObject();
        c.entitlements.append(
            {JsonLd::idOf(type), str(type, QStringLiteral("prefLabel")), dateTime(e.value(QStringLiteral("expires")))});
    }
    return c;
}

CustomerUpdateResult customerUpdate(const QJsonObject &o)
{
    CustomerUpdateResult r;
    r.actionStatus = JsonLd::localName(str(o, QStringLiteral("actionStatus")));
    const QJsonObject object = o.value(QStringLiteral("object")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char('@')) && it.key() != QLatin1String("type"))
            r.changedFields << it.key();
    }
    for (const QJsonValue &e : JsonLd::asArray(o.value(QStringLiteral("error")))) {
        const QJsonObject err = e.toObject();
        const QString text = str(err, QStringLiteral("description"));
        r.sellerErrors << (text.isEmpty() ? str(err, QStringLiteral("name")) : text);
    }
    return r;
}

Concept concept(const QJsonObject &o)
{
    Concept c;
    c.id = JsonLd::idOf(o);
    c.prefLabel = str(o, QStringLiteral("prefLabel"));
    for (const char *key : {"broaderTransitive", "broader"}) {
        for (const QJsonValue &b : JsonLd::asArray(o.value(QLatin1String(key)))) {
            const QString id = b.isString() ? b.toString() : JsonLd::idOf(b.toObject());
            if (!id.isEmpty() && !c.broader.contains(id))
                c.broader << id;
        }
    }
    c.totalItems = integer(o.value(QStringLiteral("imin:totalItems"))).value_or(-1);
    return c;
}

Place place(const QJsonObject &o)
{
    Place p;
    p.id = JsonLd::idOf(o);
    p.identifier = o.value(QStringLiteral("identifier")).isDouble()
                       ? QString::number(o.value(QStringLiteral("identifier")).toDouble())
                       : str(o, QStringLiteral("identifier"));
    p.name = str(o, QStringLiteral("name"));
    p.telephone = str(o, QStringLiteral("telephone"));
    p.url = str(o, QStringLiteral("url"));
    p.address = address(o.value(QStringLiteral("address")).toObject());
    const QJsonObject geo = o.value(QStringLiteral("geo")).toObject();
    p.latitude = number(geo.value(QStringLiteral("latitude")));
    p.longitude = number(geo.value(QStringLiteral("longitude")));
    const QJsonObject distance = geo.value(QStringLiteral("imin:distanceFromGeoQueryCenter")).toObject();
    p.distanceKm = number(distance.value(QStringLiteral("value")));
    if (p.distanceKm && str(distance, QStringLiteral("unitCode")) == QLatin1String("SMI"))
        *p.distanceKm *= 1.609344;
    const QJsonObject events = o.value(QStringLiteral("imin:event")).toObject();
    p.eventCount = integer(events.value(QStringLiteral("imin:totalItems"))).value_or(-1);
    p.eventsUrl = JsonLd::idOf(events);
    return p;
}

Offer offer(const QJsonObject &o)
{
    Offer f;
    f.id = JsonLd::idOf(o);
    f.identifier = str(o, QStringLiteral("identifier"));
    f.name = str(o, QStringLiteral("name"));
    f.description = str(o, QStringLiteral("description"));
    f.price = number(o.value(QStringLiteral("price")));
    f.priceCurrency = str(o, QStringLiteral("priceCurrency"));
    const QJsonObject age = o.value(QStringLiteral("ageRange")).toObject();
    f.ageMin = integer(age.value(QStringLiteral("minValue")));
    f.ageMax = integer(age.value(QStringLiteral("maxValue")));
    f.membershipRequired = o.value(QStringLiteral("imin:membershipRequired")).toBool();
    f.latestCancellationBeforeStartDate = str(o, QStringLiteral("latestCancellationBeforeStartDate"));
    return f;
}

PriceSummary priceSummary(const QJsonObject &o)
{
    PriceSummary p;
    p.price = number(o.value(QStringLiteral("price")));
    p.lowPrice = number(o.value(QStringLiteral("lowPrice")));
    p.highPrice = number(o.value(QStringLiteral("highPrice")));
    p.currency = str(o, QStringLiteral("priceCurrency"));
    p.indicative = o.value(QStringLiteral("imin:indicativePrice")).toBool();
    return p;
}

ScheduledSession scheduledSession(const QJsonObject &o)
{
    ScheduledSession s;
    s.id = JsonLd::idOf(o);
    s.identifier = str(o, QStringLiteral("identifier"));
    s.startDate = dateTime(o.value(QStringLiteral("startDate")));
    s.endDate = dateTime(o.value(QStringLiteral("endDate")));
    s.duration = str(o, QStringLiteral("duration"));
    if (!s.endDate.isValid() && s.startDate.isValid()) {
        if (const auto ms = Iso8601::parseDurationMs(s.duration))
            s.endDate = s.startDate.addMSecs(*ms);
    }
    s.eventStatus = JsonLd::localName(str(o, QStringLiteral("eventStatus")));
    s.maximumAttendeeCapacity = integer(o.value(QStringLiteral("maximumAttendeeCapacity")));
    s.remainingAttendeeCapacity = integer(o.value(QStringLiteral("remainingAttendeeCapacity")));
    s.checkoutUrlTemplate = str(o, QStringLiteral("imin:checkoutUrlTemplate"));
    return s;
}

SessionSeries sessionSeries(const QJsonObject &o)
{
    SessionSeries s;
    s.id = JsonLd::idOf(o);
    s.identifier = str(o, QStringLiteral("identifier"));
    const QJsonObject location = o.value(QStringLiteral("location")).toObject();
    s.locationRef = JsonLd::idOf(location);
    if (!str(location, QStringLiteral("name")).isEmpty())
        s.location = place(location);
    s.checkoutUrlTemplate = str(o, QStringLiteral("imin:checkoutUrlTemplate"));
    s.duration = str(o, QStringLiteral("duration"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("offers")))) {
        if (v.isObject())
            s.offers.append(offer(v.toObject()));
    }
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("subEvent")))) {
        if (v.isObject())
            s.occurrences.append(scheduledSession(v.toObject()));
    }
    return s;
}

EventSeries eventSeries(const QJsonObject &o)
{
    EventSeries e;
    e.id = JsonLd::idOf(o);
    e.identifier = str(o, QStringLiteral("identifier"));
    e.name = str(o, QStringLiteral("name"));
    e.description = str(o, QStringLiteral("description"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("activity")))) {
        if (v.isObject())
            e.activities.append(concept(v.toObject()));
    }
    const QJsonObject age = o.value(QStringLiteral("ageRange")).toObject();
    e.ageMin = integer(age.value(QStringLiteral("minValue")));
    e.ageMax = integer(age.value(QStringLiteral("maxValue")));
    e.genderRestriction = JsonLd::localName(str(o, QStringLiteral("genderRestriction")));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("imin:level")))) {
        const QString name = v.isString() ? v.toString() : str(v.toObject(), QStringLiteral("name"));
        if (!name.isEmpty())
            e.levels << name;
    }
    const QJsonValue organizer = o.value(QStringLiteral("organizer"));
    e.organizerName = str(JsonLd::firstObject(organizer), QStringLiteral("name"));
    const QJsonObject image = JsonLd::firstObject(o.value(QStringLiteral("image")));
    e.imageUrl = str(image, QStringLiteral("url"));
    const QJsonObject aggregate = o.value(QStringLiteral("imin:aggregateOffer")).toObject();
    e.publicAdult = priceSummary(aggregate.value(QStringLiteral("publicAdult")).toObject());
    e.publicJunior = priceSummary(aggregate.value(QStringLiteral("publicJunior")).toObject());
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("imin:locationSummary")))) {
        if (v.isObject())
            e.locations.append(place(v.toObject()));
    }
    if (e.locations.isEmpty() && o.value(QStringLiteral("location")).isObject())
        e.locations.append(place(o.value(QStringLiteral("location")).toObject()));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("subEvent")))) {
        if (!v.isObject())
            continue;
        const QJsonObject sub = v.toObject();
        if (JsonLd::hasType(sub, QStringLiteral("ScheduledSession"))) {
            // A ScheduledSession directly under the EventSeries: wrap it in an anonymous SessionSeries.
            SessionSeries s;
            s.occurrences.append(scheduledSession(sub));
            e.sessionSeries.append(s);
        } else {
            e.sessionSeries.append(sessionSeries(sub));
        }
    }
    return e;
}

Slot slot(const QJsonObject &o)
{
    Slot s;
    s.id = JsonLd::idOf(o);
    s.identifier = str(o, QStringLiteral("identifier"));
    s.startDate = dateTime(o.value(QStringLiteral("startDate")));
    s.endDate = dateTime(o.value(QStringLiteral("endDate")));
    s.maximumUses = integer(o.value(QStringLiteral("maximumUses")));
    s.remainingUses = integer(o.value(QStringLiteral("remainingUses")));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("offers")))) {
        if (v.isObject())
            s.offers.append(offer(v.toObject()));
    }
    s.checkoutUrlTemplate = str(o, QStringLiteral("imin:checkoutUrlTemplate"));
    return s;
}

FacilityUse facilityUse(const QJsonObject &o)
{
    FacilityUse f;
    f.id = JsonLd::idOf(o);
    f.identifier = str(o, QStringLiteral("identifier"));
    f.name = str(o, QStringLiteral("name"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("activity")))) {
        if (v.isObject())
            f.activities.append(concept(v.toObject()));
    }
    f.providerName = str(JsonLd::firstObject(o.value(QStringLiteral("provider"))), QStringLiteral("name"));
    if (o.value(QStringLiteral("location")).isObject())
        f.location = place(o.value(QStringLiteral("location")).toObject());
    f.publicAdult = priceSummary(
        o.value(QStringLiteral("imin:aggregateOffer")).toObject().value(QStringLiteral("publicAdult")).toObject());
    // Slots sit in event[], or in event[].event[] when the provider models individual courts.
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &events) {
        for (const QJsonValue &v : JsonLd::asArray(events)) {
            const QJsonObject e = v.toObject();
            if (JsonLd::localName(JsonLd::typeOf(e)).endsWith(QLatin1String("Slot")))
                f.slots.append(slot(e));
            else if (e.contains(QStringLiteral("event")))
                collect(e.value(QStringLiteral("event")));
        }
    };
    collect(o.value(QStringLiteral("event")));
    return f;
}

Facets facets(const QJsonObject &o)
{
    Facets f;
    const QJsonObject index = o.value(QStringLiteral("imin:index")).toObject();
    for (const QJsonValue &v :
         JsonLd::asArray(index.value(QStringLiteral("activity")).toObject().value(QStringLiteral("imin:item"))))
        f.activities.append(concept(v.toObject()));
    for (const QJsonValue &v : JsonLd::asArray(
             index.value(QStringLiteral("activityConceptCollection")).toObject().value(QStringLiteral("imin:item"))))
        f.collections.append(concept(v.toObject()));
    return f;
}

OrderItem orderItem(const QJsonObject &o)
{
    OrderItem i;
    i.id = JsonLd::idOf(o);
    i.identifier = str(o, QStringLiteral("identifier"));
    i.status = JsonLd::localName(str(o, QStringLiteral("orderItemStatus")));
    const QJsonValue cancellable = o.value(QStringLiteral("imin:isPresentlyCancellable"));
    if (cancellable.isBool())
        i.isPresentlyCancellable = cancellable.toBool();
    i.orderIdentifier = str(o.value(QStringLiteral("imin:order")).toObject(), QStringLiteral("identifier"));
    if (i.orderIdentifier.isEmpty()) {
        static const QRegularExpression parent(QStringLiteral("/orders/([^/]+)/order-items/"));
        i.orderIdentifier = parent.match(i.id).captured(1);
    }
    const QJsonObject booked = o.value(QStringLiteral("orderedItem")).toObject();
    i.opportunityType = JsonLd::localName(JsonLd::typeOf(booked));
    i.opportunityId = JsonLd::idOf(booked);
    i.opportunityIdentifier = str(booked, QStringLiteral("identifier"));
    i.startDate = dateTime(booked.value(QStringLiteral("startDate")));
    i.endDate = dateTime(booked.value(QStringLiteral("endDate")));
    const QJsonObject series = booked.value(QStringLiteral("superEvent")).toObject();
    const QJsonObject event = series.value(QStringLiteral("superEvent")).toObject();
    i.name = str(event, QStringLiteral("name"));
    if (i.name.isEmpty())
        i.name = str(series, QStringLiteral("name"));
    const QJsonObject facility = booked.value(QStringLiteral("facilityUse")).toObject();
    if (i.name.isEmpty())
        i.name = str(facility, QStringLiteral("name"));
    QJsonObject location = series.value(QStringLiteral("location")).toObject();
    if (location.isEmpty())
        location = facility.value(QStringLiteral("location")).toObject();
    i.venueName = str(location, QStringLiteral("name"));
    i.acceptedOffer = offer(o.value(QStringLiteral("acceptedOffer")).toObject());
    return i;
}

Order order(const QJsonObject &o)
{
    Order r;
    r.id = JsonLd::idOf(o);
    r.identifier = str(o, QStringLiteral("identifier"));
    r.orderDate = dateTime(o.value(QStringLiteral("orderDate")));
    r.confirmationNumber = str(o, QStringLiteral("confirmationNumber"));
    r.sellerName = str(o.value(QStringLiteral("seller")).toObject(), QStringLiteral("name"));
    r.customerIdentifier = str(o.value(QStringLiteral("customer")).toObject(), QStringLiteral("identifier"));
    const QJsonObject total = o.value(QStringLiteral("totalPaymentDue")).toObject();
    r.totalPaymentDue = number(total.value(QStringLiteral("price")));
    r.currency = str(total, QStringLiteral("priceCurrency"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("imin:receipt")))) {
        const QJsonObject rc = v.toObject();
        r.receipts.append({str(rc, QStringLiteral("url")), dateTime(rc.value(QStringLiteral("dateCreated")))});
    }
    for (const QJsonValue &v : JsonLd::asArray(o.value(QStringLiteral("orderedItem")))) {
        if (v.isObject()) {
            OrderItem item = orderItem(v.toObject());
            if (item.orderIdentifier.isEmpty())
                item.orderIdentifier = r.identifier;
            r.items.append(item);
        }
    }
    return r;
}

bool isCollection(const QJsonObject &o)
{
    return o.contains(QStringLiteral("imin:item")) || o.contains(QStringLiteral("view")) ||
           o.contains(QStringLiteral("imin:totalItems"));
}

} // namespace Decode

std::optional<Place> EventSeries::placeOf(const SessionSeries &series) const
{
    if (series.location)
        return series.location;
    for (const Place &p : locations) {
        if (!series.locationRef.isEmpty() && p.id == series.locationRef)
            return p;
    }
    if (locations.size() == 1)
        return locations.constFirst();
    return std::nullopt;
}
