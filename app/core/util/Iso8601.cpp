#include "Iso8601.h"

#include <cstdio>
#include <QRegularExpression>

namespace Iso8601 {

QDateTime parseDateTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString formatDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QString formatEpochMs(qint64 ms)
{
    constexpr qint64 dayMs = 86400000;
    qint64 days = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    qint64 rest = ms - days * dayMs;
    const int hour = int(rest / 3600000);
    const int minute = int(rest / 60000 % 60);
    const int second = int(rest / 1000 % 60);
    // Civil date from a day count (proleptic Gregorian, eras of 400 years).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02dZ", static_cast<long long>(year), month, day,
                  hour, minute, second);
    return QString::fromLatin1(buffer);
}

std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 weeks = m.captured(1).toLongLong();
    const qint64 days = m.captured(2).toLongLong();
    const qint64 hours = m.captured(3).toLongLong();
    const qint64 minutes = m.captured(4).toLongLong();
    const double seconds = m.captured(5).toDouble();
    return ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60) * 1000 + qint64(seconds * 1000.0);
}

QString formatDuration(qint64 ms)
{
    qint64 minutesTotal = ms / 60000;
    const qint64 days = minutesTotal / (24 * 60);
    minutesTotal -= days * 24 * 60;
    const qint64 hours = minutesTotal / 60;
    const qint64 minutes = minutesTotal % 60;
    QString out = QStringLiteral("P");
    if (days)
        out += QString::number(days) + QLatin1Char('D');
    if (hours || minutes || !days) {
        out += QLatin1Char('T');
        if (hours)
            out += QString::number(hours) + QLatin1Char('H');
        if (minutes || !hours)
            out += QString::number(minutes) + QLatin1Char('M');
    }
    return out;
}

} // namespace Iso8601
