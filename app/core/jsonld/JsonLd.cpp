#include "JsonLd.h"

namespace JsonLd {

namespace {
QString firstString(const QJsonObject &object, const char *a, const char *b)
{
    const QJsonValue first = object.value(QLatin1String(a));
    if (first.isString())
        return first.toString();
    const QJsonValue second = object.value(QLatin1String(b));
    return second.isString() ? second.toString() : QString();
}
} // namespace

QString typeOf(const QJsonObject &object)
{
    return firstString(object, "@type", "type");
}

QString idOf(const QJsonObject &object)
{
    return firstString(object, "@id", "id");
}

QString localName(const QString &value)
{
    qsizetype cut = value.lastIndexOf(QLatin1Char('/'));
    const qsizetype hash = value.lastIndexOf(QLatin1Char('#'));
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    cut = std::max(cut, hash);
    if (cut < 0)
        cut = colon;
    return cut >= 0 ? value.mid(cut + 1) : value;
}

bool hasType(const QJsonObject &object, const QString &localTypeName)
{
    return localName(typeOf(object)) == localTypeName;
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QJsonObject firstObject(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isObject())
            return item.toObject();
    }
    return {};
}

QString str(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

QString str(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace JsonLd
