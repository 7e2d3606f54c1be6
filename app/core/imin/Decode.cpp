#include "Decode.h"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QRegularExpression>

namespace Decode {

using JsonLd::str;

std::optional<double> number(const QJsonValue &v)
{
    // "NaN", "inf" and 1e999 are not numbers a price or a count can be: read as absent.
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<int> integer(const QJsonValue &v)
{
    // A count beyond int's range (a fuzzer found 1e25 places) is not a count: absent, never undefined behaviour.
    const auto d = number(v);
    if (!d || *d < double(std::numeric_limits<int>::min()) || *d > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(*d);
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
    a.streetAddress = str(o, QLatin1String("streetAddress"));
    a.addressLocality = str(o, QLatin1String("addressLocality"));
    a.addressRegion = str(o, QLatin1String("addressRegion"));
    a.postalCode = str(o, QLatin1String("postalCode"));
    a.addressCountry = str(o, QLatin1String("addressCountry"));
    a.fullAddress = str(o, QLatin1String("imin:fullAddress"));
    if (a.fullAddress.isEmpty()) {
        QStringList parts;
        for (const QString &p : {a.streetAddress, a.addressLocality, a.postalCode}) {
            if (!p.isEmpty())
                parts << p;
        }
        a.fullAddress = parts.join(QLatin1String(", "));
    }
    return a;
}

Person person(const QJsonObject &o)
{
    Person p;
    p.givenName = str(o, QLatin1String("givenName"));
    p.familyName = str(o, QLatin1String("familyName"));
    p.email = str(o, QLatin1String("email"));
    p.telephone = str(o, QLatin1String("telephone"));
    p.birthDate = QDate::fromString(str(o, QLatin1String("birthDate")).left(10), Qt::ISODate);
    p.gender = JsonLd::localName(str(o, QLatin1String("gender")));
    const QJsonValue over = o.value(QLatin1String("imin:is13OrOver"));
    if (over.isBool())
        p.is13OrOver = over.toBool();
    p.address = address(o.value(QLatin1String("address")).toObject());
    const QJsonObject contact = JsonLd::firstObject(o.value(QLatin1String("emergencyContact")));
    p.emergencyContactName = str(contact, QLatin1String("name"));
    p.emergencyContactTelephone = str(contact, QLatin1String("telephone"));
    return p;
}

QJsonObject encodePerson(const Person &p)
{
    QJsonObject o{{QLatin1String("@type"), QLatin1String("Person")}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("email", p.email);
    put("telephone", p.telephone);
    put("givenName", p.givenName);
    put("familyName", p.familyName);
    if (p.birthDate.isValid())
        o.insert(QLatin1String("birthDate"), p.birthDate.toString(Qt::ISODate));
    if (!p.gender.isEmpty())
        o.insert(QLatin1String("gender"), QLatin1String("https://schema.org/") + p.gender);
    if (p.is13OrOver)
        o.insert(QLatin1String("imin:is13OrOver"), *p.is13OrOver);
    if (!p.address.isEmpty()) {
        QJsonObject a{{QLatin1String("@type"), QLatin1String("PostalAddress")}};
        auto putA = [&a](const char *key, const QString &value) {
            if (!value.isEmpty())
                a.insert(QLatin1String(key), value);
        };
        putA("streetAddress", p.address.streetAddress);
        putA("addressLocality", p.address.addressLocality);
        putA("addressRegion", p.address.addressRegion);
        putA("postalCode", p.address.postalCode);
        putA("addressCountry", p.address.addressCountry.isEmpty() ? QLatin1String("GB") : p.address.addressCountry);
        o.insert(QLatin1String("address"), a);
    }
    if (!p.emergencyContactName.isEmpty() || !p.emergencyContactTelephone.isEmpty()) {
        QJsonObject c{{QLatin1String("@type"), QLatin1String("Person")}};
        if (!p.emergencyContactName.isEmpty())
            c.insert(QLatin1String("name"), p.emergencyContactName);
        if (!p.emergencyContactTelephone.isEmpty())
            c.insert(QLatin1String("telephone"), p.emergencyContactTelephone);
        o.insert(QLatin1String("emergencyContact"), c);
    }
    return o;
}

CustomerAccount customerAccount(const QJsonObject &o)
{
    CustomerAccount c;
    c.id = JsonLd::idOf(o);
    c.identifier = str(o, QLatin1String("identifier"));
    // The documented shape nests a Person in `customer`; older pages return a flat Person.
    const QJsonValue nested = o.value(QLatin1String("customer"));
    c.customer = person(nested.isObject() ? nested.toObject() : o);
    c.accessPass = str(o.value(QLatin1String("accessPass")).toObject(), QLatin1String("text"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("entitlement")))) {
        const QJsonObject e = v.toObject();
        const QJsonObject type = e.value(QLatin1String("entitlementType")).toObject();
        c.entitlements.append(
            {JsonLd::idOf(type), str(type, QLatin1String("prefLabel")), dateTime(e.value(QLatin1String("expires")))});
    }
    return c;
}

CustomerUpdateResult customerUpdate(const QJsonObject &o)
{
    CustomerUpdateResult r;
    r.actionStatus = JsonLd::localName(str(o, QLatin1String("actionStatus")));
    const QJsonObject object = o.value(QLatin1String("object")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char('@')) && it.key() != QLatin1String("type"))
            r.changedFields << it.key();
    }
    for (const QJsonValue &e : JsonLd::asArray(o.value(QLatin1String("error")))) {
        const QJsonObject err = e.toObject();
        const QString text = str(err, QLatin1String("description"));
        r.sellerErrors << (text.isEmpty() ? str(err, QLatin1String("name")) : text);
    }
    return r;
}

Concept concept(const QJsonObject &o)
{
    Concept c;
    c.id = JsonLd::idOf(o);
    c.prefLabel = str(o, QLatin1String("prefLabel"));
    for (const char *key : {"broaderTransitive", "broader"}) {
        for (const QJsonValue &b : JsonLd::asArray(o.value(QLatin1String(key)))) {
            const QString id = b.isString() ? b.toString() : JsonLd::idOf(b.toObject());
            if (!id.isEmpty() && !c.broader.contains(id))
                c.broader << id;
        }
    }
    c.totalItems = integer(o.value(QLatin1String("imin:totalItems"))).value_or(-1);
    return c;
}

Place place(const QJsonObject &o)
{
    Place p;
    p.id = JsonLd::idOf(o);
    p.identifier = o.value(QLatin1String("identifier")).isDouble()
                       ? QString::number(o.value(QLatin1String("identifier")).toDouble())
                       : str(o, QLatin1String("identifier"));
    p.name = str(o, QLatin1String("name"));
    p.telephone = str(o, QLatin1String("telephone"));
    p.url = str(o, QLatin1String("url"));
    p.address = address(o.value(QLatin1String("address")).toObject());
    const QJsonObject geo = o.value(QLatin1String("geo")).toObject();
    p.latitude = number(geo.value(QLatin1String("latitude")));
    p.longitude = number(geo.value(QLatin1String("longitude")));
    const QJsonObject distance = geo.value(QLatin1String("imin:distanceFromGeoQueryCenter")).toObject();
    p.distanceKm = number(distance.value(QLatin1String("value")));
    if (p.distanceKm && str(distance, QLatin1String("unitCode")) == QLatin1String("SMI"))
        *p.distanceKm *= 1.609344;
    const QJsonObject events = o.value(QLatin1String("imin:event")).toObject();
    p.eventCount = integer(events.value(QLatin1String("imin:totalItems"))).value_or(-1);
    p.eventsUrl = JsonLd::idOf(events);
    return p;
}

Offer offer(const QJsonObject &o)
{
    Offer f;
    f.id = JsonLd::idOf(o);
    // imin's published samples name an offer by its url only (no id); that url is then what identifies it.
    if (f.id.isEmpty())
        f.id = str(o, QLatin1String("url"));
    f.identifier = str(o, QLatin1String("identifier"));
    f.name = str(o, QLatin1String("name"));
    f.description = str(o, QLatin1String("description"));
    f.price = number(o.value(QLatin1String("price")));
    f.priceCurrency = str(o, QLatin1String("priceCurrency"));
    const QJsonObject age = o.value(QLatin1String("ageRange")).toObject();
    f.ageMin = integer(age.value(QLatin1String("minValue")));
    f.ageMax = integer(age.value(QLatin1String("maxValue")));
    f.membershipRequired = o.value(QLatin1String("imin:membershipRequired")).toBool();
    f.latestCancellationBeforeStartDate = str(o, QLatin1String("latestCancellationBeforeStartDate"));
    return f;
}

PriceSummary priceSummary(const QJsonObject &o)
{
    PriceSummary p;
    p.price = number(o.value(QLatin1String("price")));
    p.lowPrice = number(o.value(QLatin1String("lowPrice")));
    p.highPrice = number(o.value(QLatin1String("highPrice")));
    p.currency = str(o, QLatin1String("priceCurrency"));
    p.indicative = o.value(QLatin1String("imin:indicativePrice")).toBool();
    return p;
}

ScheduledSession scheduledSession(const QJsonObject &o)
{
    ScheduledSession s;
    s.id = JsonLd::idOf(o);
    s.identifier = str(o, QLatin1String("identifier"));
    s.startDate = dateTime(o.value(QLatin1String("startDate")));
    s.endDate = dateTime(o.value(QLatin1String("endDate")));
    s.duration = str(o, QLatin1String("duration"));
    if (!s.endDate.isValid() && s.startDate.isValid()) {
        if (const auto ms = Iso8601::parseDurationMs(s.duration))
            s.endDate = s.startDate.addMSecs(*ms);
    }
    s.eventStatus = JsonLd::localName(str(o, QLatin1String("eventStatus")));
    s.maximumAttendeeCapacity = integer(o.value(QLatin1String("maximumAttendeeCapacity")));
    s.remainingAttendeeCapacity = integer(o.value(QLatin1String("remainingAttendeeCapacity")));
    s.checkoutUrlTemplate = str(o, QLatin1String("imin:checkoutUrlTemplate"));
    return s;
}

SessionSeries sessionSeries(const QJsonObject &o)
{
    SessionSeries s;
    s.id = JsonLd::idOf(o);
    s.identifier = str(o, QLatin1String("identifier"));
    const QJsonObject location = o.value(QLatin1String("location")).toObject();
    s.locationRef = JsonLd::idOf(location);
    if (!str(location, QLatin1String("name")).isEmpty())
        s.location = place(location);
    s.checkoutUrlTemplate = str(o, QLatin1String("imin:checkoutUrlTemplate"));
    s.duration = str(o, QLatin1String("duration"));
    s.organizerName = str(JsonLd::firstObject(o.value(QLatin1String("organizer"))), QLatin1String("name"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("offers")))) {
        if (v.isObject())
            s.offers.append(offer(v.toObject()));
    }
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("subEvent")))) {
        if (v.isObject())
            s.occurrences.append(scheduledSession(v.toObject()));
    }
    return s;
}

EventSeries eventSeries(const QJsonObject &o)
{
    EventSeries e;
    e.id = JsonLd::idOf(o);
    e.identifier = str(o, QLatin1String("identifier"));
    e.name = str(o, QLatin1String("name"));
    e.description = str(o, QLatin1String("description"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("activity")))) {
        if (v.isObject())
            e.activities.append(concept(v.toObject()));
    }
    const QJsonObject age = o.value(QLatin1String("ageRange")).toObject();
    e.ageMin = integer(age.value(QLatin1String("minValue")));
    e.ageMax = integer(age.value(QLatin1String("maxValue")));
    e.genderRestriction = JsonLd::localName(str(o, QLatin1String("genderRestriction")));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("imin:level")))) {
        const QString name = v.isString() ? v.toString() : str(v.toObject(), QLatin1String("name"));
        if (!name.isEmpty())
            e.levels << name;
    }
    const QJsonValue organizer = o.value(QLatin1String("organizer"));
    e.organizerName = str(JsonLd::firstObject(organizer), QLatin1String("name"));
    const QJsonObject image = JsonLd::firstObject(o.value(QLatin1String("image")));
    e.imageUrl = str(image, QLatin1String("url"));
    const QJsonObject aggregate = o.value(QLatin1String("imin:aggregateOffer")).toObject();
    e.publicAdult = priceSummary(aggregate.value(QLatin1String("publicAdult")).toObject());
    e.publicJunior = priceSummary(aggregate.value(QLatin1String("publicJunior")).toObject());
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("imin:locationSummary")))) {
        if (v.isObject())
            e.locations.append(place(v.toObject()));
    }
    if (e.locations.isEmpty() && o.value(QLatin1String("location")).isObject())
        e.locations.append(place(o.value(QLatin1String("location")).toObject()));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("subEvent")))) {
        if (!v.isObject())
            continue;
        const QJsonObject sub = v.toObject();
        if (JsonLd::hasType(sub, QLatin1String("ScheduledSession"))) {
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
    s.identifier = str(o, QLatin1String("identifier"));
    s.startDate = dateTime(o.value(QLatin1String("startDate")));
    s.endDate = dateTime(o.value(QLatin1String("endDate")));
    s.maximumUses = integer(o.value(QLatin1String("maximumUses")));
    s.remainingUses = integer(o.value(QLatin1String("remainingUses")));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("offers")))) {
        if (v.isObject())
            s.offers.append(offer(v.toObject()));
    }
    s.checkoutUrlTemplate = str(o, QLatin1String("imin:checkoutUrlTemplate"));
    return s;
}

FacilityUse facilityUse(const QJsonObject &o)
{
    FacilityUse f;
    f.id = JsonLd::idOf(o);
    f.identifier = str(o, QLatin1String("identifier"));
    f.name = str(o, QLatin1String("name"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("activity")))) {
        if (v.isObject())
            f.activities.append(concept(v.toObject()));
    }
    f.providerName = str(JsonLd::firstObject(o.value(QLatin1String("provider"))), QLatin1String("name"));
    if (o.value(QLatin1String("location")).isObject())
        f.location = place(o.value(QLatin1String("location")).toObject());
    f.publicAdult = priceSummary(
        o.value(QLatin1String("imin:aggregateOffer")).toObject().value(QLatin1String("publicAdult")).toObject());
    // Slots sit in event[], or in event[].event[] when the provider models individual courts.
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &events) {
        for (const QJsonValue &v : JsonLd::asArray(events)) {
            const QJsonObject e = v.toObject();
            if (JsonLd::localName(JsonLd::typeOf(e)).endsWith(QLatin1String("Slot")))
                f.slots.append(slot(e));
            else if (e.contains(QLatin1String("event")))
                collect(e.value(QLatin1String("event")));
        }
    };
    collect(o.value(QLatin1String("event")));
    return f;
}

Facets facets(const QJsonObject &o)
{
    Facets f;
    const QJsonObject index = o.value(QLatin1String("imin:index")).toObject();
    for (const QJsonValue &v :
         JsonLd::asArray(index.value(QLatin1String("activity")).toObject().value(QLatin1String("imin:item"))))
        f.activities.append(concept(v.toObject()));
    for (const QJsonValue &v : JsonLd::asArray(
             index.value(QLatin1String("activityConceptCollection")).toObject().value(QLatin1String("imin:item"))))
        f.collections.append(concept(v.toObject()));
    return f;
}

OrderItem orderItem(const QJsonObject &o)
{
    OrderItem i;
    i.id = JsonLd::idOf(o);
    i.identifier = str(o, QLatin1String("identifier"));
    i.status = JsonLd::localName(str(o, QLatin1String("orderItemStatus")));
    const QJsonValue cancellable = o.value(QLatin1String("imin:isPresentlyCancellable"));
    if (cancellable.isBool())
        i.isPresentlyCancellable = cancellable.toBool();
    i.orderIdentifier = str(o.value(QLatin1String("imin:order")).toObject(), QLatin1String("identifier"));
    if (i.orderIdentifier.isEmpty()) {
        static const QRegularExpression parent(QLatin1String("/orders/([^/]+)/order-items/"));
        i.orderIdentifier = parent.match(i.id).captured(1);
    }
    const QJsonObject booked = o.value(QLatin1String("orderedItem")).toObject();
    i.opportunityType = JsonLd::localName(JsonLd::typeOf(booked));
    i.opportunityId = JsonLd::idOf(booked);
    i.opportunityIdentifier = str(booked, QLatin1String("identifier"));
    i.startDate = dateTime(booked.value(QLatin1String("startDate")));
    i.endDate = dateTime(booked.value(QLatin1String("endDate")));
    const QJsonObject series = booked.value(QLatin1String("superEvent")).toObject();
    const QJsonObject event = series.value(QLatin1String("superEvent")).toObject();
    i.name = str(event, QLatin1String("name"));
    if (i.name.isEmpty())
        i.name = str(series, QLatin1String("name"));
    const QJsonObject facility = booked.value(QLatin1String("facilityUse")).toObject();
    if (i.name.isEmpty())
        i.name = str(facility, QLatin1String("name"));
    QJsonObject location = series.value(QLatin1String("location")).toObject();
    if (location.isEmpty())
        location = facility.value(QLatin1String("location")).toObject();
    i.venueName = str(location, QLatin1String("name"));
    i.acceptedOffer = offer(o.value(QLatin1String("acceptedOffer")).toObject());
    return i;
}

Order order(const QJsonObject &o)
{
    Order r;
    r.id = JsonLd::idOf(o);
    r.identifier = str(o, QLatin1String("identifier"));
    r.orderDate = dateTime(o.value(QLatin1String("orderDate")));
    r.confirmationNumber = str(o, QLatin1String("confirmationNumber"));
    r.sellerName = str(o.value(QLatin1String("seller")).toObject(), QLatin1String("name"));
    r.customerIdentifier = str(o.value(QLatin1String("customer")).toObject(), QLatin1String("identifier"));
    const QJsonObject total = o.value(QLatin1String("totalPaymentDue")).toObject();
    r.totalPaymentDue = number(total.value(QLatin1String("price")));
    r.currency = str(total, QLatin1String("priceCurrency"));
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("imin:receipt")))) {
        const QJsonObject rc = v.toObject();
        r.receipts.append({str(rc, QLatin1String("url")), dateTime(rc.value(QLatin1String("dateCreated")))});
    }
    for (const QJsonValue &v : JsonLd::asArray(o.value(QLatin1String("orderedItem")))) {
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
    return o.contains(QLatin1String("imin:item")) || o.contains(QLatin1String("view")) ||
           o.contains(QLatin1String("imin:totalItems"));
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
