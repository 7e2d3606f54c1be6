#pragma once

#include "domain/Domain.h"
#include "JsonNode.h"

#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>

// Tolerant decoding of imin's JSON-LD (contract section 9): any field may be missing; `type`/`@type` and
// `id`/`@id` both occur; enumerations come as URLs or prefixed names; single objects stand where arrays are
// modelled and the reverse; numbers may arrive as strings; unknown fields are ignored.
namespace Decode {

Person person(const QJsonObject &o);
PostalAddress address(const QJsonObject &o);
CustomerAccount customerAccount(const QJsonObject &o);
CustomerUpdateResult customerUpdate(const QJsonObject &o);
Concept concept(const QJsonObject &o);
Place place(const QJsonObject &o);
Offer offer(const QJsonObject &o);
PriceSummary priceSummary(const QJsonObject &o);
ScheduledSession scheduledSession(const QJsonObject &o);
SessionSeries sessionSeries(const QJsonObject &o);
EventSeries eventSeries(const QJsonObject &o);
Slot slot(const QJsonObject &o);
FacilityUse facilityUse(const QJsonObject &o);
Facets facets(const QJsonObject &o);
Dataset dataset(const QJsonObject &o);
// imin's dataset list: an array of Datasets, or an object holding them (imin:item, items or @graph).
QVector<Dataset> datasets(const QJsonDocument &doc);
OrderItem orderItem(const QJsonObject &o);
Order order(const QJsonObject &o);

template <typename T> Page<T> page(const QJsonObject &o, const std::function<T(const QJsonObject &)> &item);
// Whether a body looks like a paged collection at all (has an item list).
bool isCollection(const QJsonObject &o);

// The request shape of a Person (contract 3.1), leaving out empty fields.
QJsonObject encodePerson(const Person &p);

// A search page of EventSeries straight from the response body: with simdjson where it was found at build time (and
// the body is one it can read), else QJsonDocument. Null with `error` set when the body is not a collection.
std::optional<Page<EventSeries>> eventSeriesPage(const QByteArray &body, QString *error);
bool fastJsonReader(); // simdjson is built in

// Helpers shared by the decoders.
std::optional<double> number(const QJsonValue &v);
std::optional<int> integer(const QJsonValue &v);
QDateTime dateTime(const QJsonValue &v);

// The same, for either JSON reader: numbers may come as strings; "NaN", infinities and out-of-range counts are absent.
template <typename Node> std::optional<double> numberOf(const Node &v)
{
    if (v.isNumber()) {
        const double d = v.number();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.string().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}
template <typename Node> std::optional<int> integerOf(const Node &v)
{
    // A count beyond int's range (a fuzzer found 1e25 places) is not a count: absent, never undefined behaviour.
    const auto d = numberOf(v);
    if (!d || *d < double(std::numeric_limits<int>::min()) || *d > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(*d);
}

} // namespace Decode

namespace Decode {
// A paged collection read through either JSON reader (JsonNode.h): its items decoded by `item`.
template <typename T, typename Node, typename F> Page<T> pageOf(const Node &o, F item)
{
    Page<T> p;
    for (const char *key : {"imin:item", "item", "member", "items"}) {
        const Node list = o[key];
        if (list.isMissing())
            continue;
        list.each([&](const Node &v) {
            if (v.isObject())
                p.items.append(item(v));
        });
        break;
    }
    p.totalItems = integerOf(o["imin:totalItems"]).value_or(-1);
    const Node view = o["view"];
    p.currentPage = integerOf(view["imin:currentPage"]).value_or(1);
    p.totalPages = integerOf(view["imin:totalPages"]).value_or(-1);
    p.next = view["next"].string();
    return p;
}
} // namespace Decode

template <typename T> Page<T> Decode::page(const QJsonObject &o, const std::function<T(const QJsonObject &)> &item)
{
    return pageOf<T>(QtNode(o), [&item](const QtNode &n) { return item(n.object()); });
}
