#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Helpers for imin's "defensive data consumption": both `type` and `@type`, both `id` and `@id`,
// enumerations as full URLs or prefixed names, a single object where an array is modelled.
namespace JsonLd {

// The value of `@type`, else `type`; empty when neither is a string.
QString typeOf(const QJsonObject &object);
// The value of `@id`, else `id`; empty when neither is a string.
QString idOf(const QJsonObject &object);
// The local name of an enumeration or type: "https://schema.org/EventScheduled",
// "schema:EventScheduled" and "EventScheduled" all give "EventScheduled".
QString localName(const QString &value);
// True when the object's type has the given local name ("Person" matches "schema:Person").
bool hasType(const QJsonObject &object, const QString &localTypeName);
// An array whatever the shape: an array as it is, a single value wrapped, nothing empty.
QJsonArray asArray(const QJsonValue &value);
// The first object of a value that may be one object or an array of them.
QJsonObject firstObject(const QJsonValue &value);
// A string member, or an empty string if absent or not a string.
QString str(const QJsonObject &object, const QString &key);
QString str(const QJsonObject &object, QLatin1String key);

} // namespace JsonLd
