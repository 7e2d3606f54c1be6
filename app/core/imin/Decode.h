#pragma once

#include "domain/Domain.h"

#include <functional>
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
OrderItem orderItem(const QJsonObject &o);
Order order(const QJsonObject &o);

template <typename T> Page<T> page(const QJsonObject &o, const std::function<T(const QJsonObject &)> &item);
// Whether a body looks like a paged collection at all (has an item list).
bool isCollection(const QJsonObject &o);

// The request shape of a Person (contract 3.1), leaving out empty fields.
QJsonObject encodePerson(const Person &p);

// Helpers shared by the decoders.
std::optional<double> number(const QJsonValue &v);
std::optional<int> integer(const QJsonValue &v);
QDateTime dateTime(const QJsonValue &v);

} // namespace Decode

template <typename T> Page<T> Decode::page(const QJsonObject &o, const std::function<T(const QJsonObject &)> &item)
{
    Page<T> p;
    for (const char *key : {"imin:item", "item", "member", "items"}) {
        const QJsonValue list = o.value(QLatin1String(key));
        if (list.isUndefined())
            continue;
        const QJsonArray array = list.isArray() ? list.toArray() : QJsonArray{list};
        for (const QJsonValue &v : array) {
            if (v.isObject())
                p.items.append(item(v.toObject()));
        }
        break;
    }
    p.totalItems = integer(o.value(QStringLiteral("imin:totalItems"))).value_or(-1);
    const QJsonObject view = o.value(QStringLiteral("view")).toObject();
    p.currentPage = integer(view.value(QStringLiteral("imin:currentPage"))).value_or(1);
    p.totalPages = integer(view.value(QStringLiteral("imin:totalPages"))).value_or(-1);
    p.next = view.value(QStringLiteral("next")).toString();
    return p;
}
