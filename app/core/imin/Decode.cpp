#include "Decode.h"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Decode {

using JsonLd::str;

namespace {
// The decoders of search results, written once for either JSON reader (JsonNode.h).
template <typename Node> QString stringOf(const Node &o, const char *key)
{
    return o[key].string();
}

// `type`/`@type` and `id`/`@id` both occur; where both are there, the keyword wins (as JsonLd::idOf).
template <typename Node> QString idOf(const Node &o)
{
    const Node id = o["@id"];
    return id.isString() ? id.string() : o["id"].string();
}

template <typename Node> QString typeOf(const Node &o)
{
    const Node type = o["@type"];
    return type.isString() ? type.string() : o["type"].string();
}

template <typename Node> Node firstObjectOf(const Node &v)
{
    if (v.isObject() || !v.isArray())
        return v.isObject() ? v : Node();
    Node first;
    v.each([&first](const Node &item) {
        if (first.isAbsent() && item.isObject())
            first = item;
    });
    return first;
}

template <typename Node> QDateTime dateTimeOf(const Node &v)
{
    if (!v.isString())
        return {};
    const QString text = v.string();
    QDateTime dt = Iso8601::parseDateTime(text);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, Qt::ISODate); // no zone: read as UTC
        if (dt.isValid())
            dt.setTimeSpec(Qt::UTC);
    }
    return dt;
}

template <typename Node> PostalAddress addressOf(const Node &o)
{
    PostalAddress a;
    a.streetAddress = stringOf(o, "streetAddress");
    a.addressLocality = stringOf(o, "addressLocality");
    a.addressRegion = stringOf(o, "addressRegion");
    a.postalCode = stringOf(o, "postalCode");
    a.addressCountry = stringOf(o, "addressCountry");
    a.fullAddress = stringOf(o, "imin:fullAddress");
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

template <typename Node> Concept conceptOf(const Node &o)
{
    Concept c;
    c.id = idOf(o);
    c.prefLabel = stringOf(o, "prefLabel");
    for (const char *key : {"broaderTransitive", "broader"}) {
        o[key].each([&c](const Node &b) {
            const QString id = b.isString() ? b.string() : idOf(b);
            if (!id.isEmpty() && !c.broader.contains(id))
                c.broader << id;
        });
    }
    c.totalItems = integerOf(o["imin:totalItems"]).value_or(-1);
    return c;
}

template <typename Node> Place placeOf(const Node &o)
{
    Place p;
    p.id = idOf(o);
    const Node identifier = o["identifier"];
    p.identifier = identifier.isNumber() ? QString::number(identifier.number()) : identifier.string();
    p.name = stringOf(o, "name");
    p.telephone = stringOf(o, "telephone");
    p.url = stringOf(o, "url");
    p.address = addressOf(o["address"]);
    const Node geo = o["geo"];
    p.latitude = numberOf(geo["latitude"]);
    p.longitude = numberOf(geo["longitude"]);
    const Node distance = geo["imin:distanceFromGeoQueryCenter"];
    p.distanceKm = numberOf(distance["value"]);
    if (p.distanceKm && stringOf(distance, "unitCode") == QLatin1String("SMI"))
        *p.distanceKm *= 1.609344;
    const Node events = o["imin:event"];
    p.eventCount = integerOf(events["imin:totalItems"]).value_or(-1);
    p.eventsUrl = idOf(events);
    return p;
}

template <typename Node> Offer offerOf(const Node &o)
{
    Offer f;
    f.id = idOf(o);
    // imin's published samples name an offer by its url only (no id); that url is then what identifies it.
    if (f.id.isEmpty())
        f.id = stringOf(o, "url");
    f.identifier = stringOf(o, "identifier");
    f.name = stringOf(o, "name");
    f.description = stringOf(o, "description");
    f.price = numberOf(o["price"]);
    f.priceCurrency = stringOf(o, "priceCurrency");
    const Node age = o["ageRange"];
    f.ageMin = integerOf(age["minValue"]);
    f.ageMax = integerOf(age["maxValue"]);
    f.membershipRequired = o["imin:membershipRequired"].boolean();
    o["eligibleCustomerType"].each([&f](const Node &v) {
        if (v.isString())
            f.eligibleCustomerTypes.append(JsonLd::localName(v.string()));
    });
    f.latestCancellationBeforeStartDate = stringOf(o, "latestCancellationBeforeStartDate");
    f.validFromBeforeStartDate = stringOf(o, "validFromBeforeStartDate");
    return f;
}

template <typename Node> PriceSummary priceSummaryOf(const Node &o)
{
    PriceSummary p;
    p.price = numberOf(o["price"]);
    p.lowPrice = numberOf(o["lowPrice"]);
    p.highPrice = numberOf(o["highPrice"]);
    p.currency = stringOf(o, "priceCurrency");
    p.indicative = o["imin:indicativePrice"].boolean();
    p.membershipRequired = o["imin:membershipRequired"].boolean();
    p.validFromBeforeStartDate = stringOf(o, "validFromBeforeStartDate");
    return p;
}

template <typename Node> ScheduledSession scheduledSessionOf(const Node &o)
{
    ScheduledSession s;
    s.id = idOf(o);
    s.identifier = stringOf(o, "identifier");
    s.startDate = dateTimeOf(o["startDate"]);
    s.endDate = dateTimeOf(o["endDate"]);
    s.duration = stringOf(o, "duration");
    if (!s.endDate.isValid() && s.startDate.isValid()) {
        if (const auto ms = Iso8601::parseDurationMs(s.duration))
            s.endDate = s.startDate.addMSecs(*ms);
    }
    s.eventStatus = JsonLd::localName(stringOf(o, "eventStatus"));
    s.maximumAttendeeCapacity = integerOf(o["maximumAttendeeCapacity"]);
    s.remainingAttendeeCapacity = integerOf(o["remainingAttendeeCapacity"]);
    s.checkoutUrlTemplate = stringOf(o, "imin:checkoutUrlTemplate");
    return s;
}

template <typename Node> SessionSeries sessionSeriesOf(const Node &o)
{
    SessionSeries s;
    s.id = idOf(o);
    s.identifier = stringOf(o, "identifier");
    const Node location = o["location"];
    s.locationRef = idOf(location);
    if (!stringOf(location, "name").isEmpty())
        s.location = placeOf(location);
    s.checkoutUrlTemplate = stringOf(o, "imin:checkoutUrlTemplate");
    s.duration = stringOf(o, "duration");
    s.organizerName = stringOf(firstObjectOf(o["organizer"]), "name");
    o["offers"].each([&s](const Node &v) {
        if (v.isObject())
            s.offers.append(offerOf(v));
    });
    o["subEvent"].each([&s](const Node &v) {
        if (v.isObject())
            s.occurrences.append(scheduledSessionOf(v));
    });
    return s;
}

template <typename Node> EventSeries eventSeriesOf(const Node &o)
{
    EventSeries e;
    e.id = idOf(o);
    e.identifier = stringOf(o, "identifier");
    e.name = stringOf(o, "name");
    e.description = stringOf(o, "description");
    o["activity"].each([&e](const Node &v) {
        if (v.isObject())
            e.activities.append(conceptOf(v));
    });
    const Node age = o["ageRange"];
    e.ageMin = integerOf(age["minValue"]);
    e.ageMax = integerOf(age["maxValue"]);
    e.genderRestriction = JsonLd::localName(stringOf(o, "genderRestriction"));
    e.attendanceMode = JsonLd::localName(stringOf(o, "eventAttendanceMode"));
    e.dataSource = stringOf(o["imin:dataSource"], "identifier");
    o["imin:level"].each([&e](const Node &v) {
        const QString name = v.isString() ? v.string() : stringOf(v, "name");
        if (!name.isEmpty())
            e.levels << name;
    });
    e.organizerName = stringOf(firstObjectOf(o["organizer"]), "name");
    e.imageUrl = stringOf(firstObjectOf(o["image"]), "url");
    const Node aggregate = o["imin:aggregateOffer"];
    e.publicAdult = priceSummaryOf(aggregate["publicAdult"]);
    e.publicJunior = priceSummaryOf(aggregate["publicJunior"]);
    e.activeEntitlement = priceSummaryOf(aggregate["activeEntitlement"]);
    o["imin:locationSummary"].each([&e](const Node &v) {
        if (v.isObject())
            e.locations.append(placeOf(v));
    });
    if (e.locations.isEmpty() && o["location"].isObject())
        e.locations.append(placeOf(o["location"]));
    o["subEvent"].each([&e](const Node &sub) {
        if (!sub.isObject())
            return;
        if (JsonLd::localName(typeOf(sub)) == QLatin1String("ScheduledSession")) {
            // A ScheduledSession directly under the EventSeries: wrap it in an anonymous SessionSeries.
            SessionSeries s;
            s.occurrences.append(scheduledSessionOf(sub));
            e.sessionSeries.append(s);
        } else {
            e.sessionSeries.append(sessionSeriesOf(sub));
        }
    });
    return e;
}

template <typename Node> bool isCollectionOf(const Node &o)
{
    return !o["imin:item"].isMissing() || !o["view"].isMissing() || !o["imin:totalItems"].isMissing();
}
} // namespace

std::optional<double> number(const QJsonValue &v)
{
    return numberOf(QtNode(v));
}

std::optional<int> integer(const QJsonValue &v)
{
    return integerOf(QtNode(v));
}

QDateTime dateTime(const QJsonValue &v)
{
    return dateTimeOf(QtNode(v));
}

PostalAddress address(const QJsonObject &o)
{
    return addressOf(QtNode(o));
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
    return conceptOf(QtNode(o));
}

Place place(const QJsonObject &o)
{
    return placeOf(QtNode(o));
}

Offer offer(const QJsonObject &o)
{
    return offerOf(QtNode(o));
}

PriceSummary priceSummary(const QJsonObject &o)
{
    return priceSummaryOf(QtNode(o));
}

ScheduledSession scheduledSession(const QJsonObject &o)
{
    return scheduledSessionOf(QtNode(o));
}

SessionSeries sessionSeries(const QJsonObject &o)
{
    return sessionSeriesOf(QtNode(o));
}

EventSeries eventSeries(const QJsonObject &o)
{
    return eventSeriesOf(QtNode(o));
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
    // A Slot read on its own names its court through its facilityUse (inside a FacilityUse, the court holds it).
    const QJsonObject use = o.value(QLatin1String("facilityUse")).toObject();
    if (JsonLd::localName(JsonLd::typeOf(use)) == QLatin1String("IndividualFacilityUse"))
        s.courtName = str(use, QLatin1String("name"));
    return s;
}

Dataset dataset(const QJsonObject &o)
{
    Dataset d;
    d.identifier = str(o, QLatin1String("identifier"));
    d.name = str(o, QLatin1String("name"));
    const QJsonObject publisher = JsonLd::firstObject(o.value(QLatin1String("publisher")));
    d.publisherName = str(publisher, QLatin1String("name"));
    if (d.publisherName.isEmpty())
        d.publisherName = str(publisher, QLatin1String("legalName"));
    d.url = str(o, QLatin1String("url"));
    if (d.url.isEmpty())
        d.url = JsonLd::idOf(o);
    d.license = str(o, QLatin1String("license"));
    return d;
}

QVector<Dataset> datasets(const QJsonDocument &doc)
{
    QJsonArray items = doc.array();
    if (doc.isObject()) {
        for (const char *key : {"imin:item", "items", "@graph"}) {
            if (doc.object().value(QLatin1String(key)).isArray()) {
                items = doc.object().value(QLatin1String(key)).toArray();
                break;
            }
        }
    }
    QVector<Dataset> out;
    for (const QJsonValue &v : std::as_const(items)) {
        if (v.isObject()) {
            Dataset d = dataset(v.toObject());
            if (!d.identifier.isEmpty())
                out.append(d);
        }
    }
    return out;
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
    f.dataSource = str(o.value(QLatin1String("imin:dataSource")).toObject(), QLatin1String("identifier"));
    if (o.value(QLatin1String("location")).isObject())
        f.location = place(o.value(QLatin1String("location")).toObject());
    f.publicAdult = priceSummary(
        o.value(QLatin1String("imin:aggregateOffer")).toObject().value(QLatin1String("publicAdult")).toObject());
    // Slots sit in event[], or in event[].event[] when the provider models individual courts: each of those keeps
    // its court's name (contract 8.1).
    std::function<void(const QJsonValue &, const QString &)> collect = [&](const QJsonValue &events,
                                                                           const QString &court) {
        for (const QJsonValue &v : JsonLd::asArray(events)) {
            const QJsonObject e = v.toObject();
            const QString type = JsonLd::localName(JsonLd::typeOf(e));
            if (type.endsWith(QLatin1String("Slot"))) {
                Slot s = slot(e);
                if (!court.isEmpty())
                    s.courtName = court;
                f.slots.append(s);
            } else if (e.contains(QLatin1String("event"))) {
                collect(e.value(QLatin1String("event")),
                        type == QLatin1String("IndividualFacilityUse") ? str(e, QLatin1String("name")) : court);
            }
        }
    };
    collect(o.value(QLatin1String("event")), QString());
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
    QJsonObject facility = booked.value(QLatin1String("facilityUse")).toObject();
    if (JsonLd::localName(JsonLd::typeOf(facility)) == QLatin1String("IndividualFacilityUse")) {
        // A named court: OpenActive puts the FacilityUse it belongs to in aggregateFacilityUse.
        i.courtName = str(facility, QLatin1String("name"));
        facility = facility.value(QLatin1String("aggregateFacilityUse")).toObject();
    }
    if (i.name.isEmpty())
        i.name = str(facility, QLatin1String("name"));
    QJsonObject location = series.value(QLatin1String("location")).toObject();
    if (location.isEmpty())
        location = facility.value(QLatin1String("location")).toObject();
    i.venueName = str(location, QLatin1String("name"));
    i.venueAddress = address(location.value(QLatin1String("address")).toObject()).fullAddress;
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
    return isCollectionOf(QtNode(o));
}

bool fastJsonReader()
{
#ifdef ACTIVEDESK_HAVE_SIMDJSON
    return true;
#else
    return false;
#endif
}

std::optional<Page<EventSeries>> eventSeriesPage(const QByteArray &body, QString *error)
{
#ifdef ACTIVEDESK_HAVE_SIMDJSON
    {
        // One parser per thread, reused: its buffers grow to the largest page once.
        thread_local simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (parser.parse(body.constData(), size_t(body.size())).get(root) == simdjson::SUCCESS && root.is_object()) {
            const SimdNode node(root);
            if (!isCollectionOf(node)) {
                *error = QStringLiteral("not a collection");
                return std::nullopt;
            }
            return pageOf<EventSeries>(node, [](const SimdNode &n) { return eventSeriesOf(n); });
        }
        // Anything simdjson refuses (an integer beyond 64 bits, say) goes to QJsonDocument, which says why.
    }
#endif
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object: ") + e.errorString();
        return std::nullopt;
    }
    if (!isCollection(doc.object())) {
        *error = QStringLiteral("not a collection");
        return std::nullopt;
    }
    return pageOf<EventSeries>(QtNode(doc.object()), [](const QtNode &n) { return eventSeriesOf(n); });
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
