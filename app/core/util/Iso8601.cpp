#include "Iso8601.h"

#include <cstdio>
#include <QRegularExpression>

namespace Iso8601 {

namespace {
// Days from 1970-01-01 to a civil date (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
} // namespace

QDateTime parseDateTime(const QString &text)
{
    // A hand-written reader: this runs for every date of every search result.
    const qsizetype n = text.size();
    auto digit = [&](qsizetype i) { return i < n && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9'); };
    auto num = [&](qsizetype i, int len) {
        int v = 0;
        for (int k = 0; k < len; ++k)
            v = v * 10 + (text.at(i + k).unicode() - '0');
        return v;
    };
    auto all = [&](qsizetype i, int len) {
        for (int k = 0; k < len; ++k) {
            if (!digit(i + k))
                return false;
        }
        return true;
    };
    if (n < 17 || !all(0, 4) || text.at(4) != QLatin1Char('-') || !all(5, 2) || text.at(7) != QLatin1Char('-') ||
        !all(8, 2) || text.at(10) != QLatin1Char('T') || !all(11, 2) || text.at(13) != QLatin1Char(':') || !all(14, 2))
        return {};
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2), hour = num(11, 2), minute = num(14, 2);
    int second = 0, millis = 0;
    qsizetype i = 16;
    if (i < n && text.at(i) == QLatin1Char(':')) {
        if (!all(i + 1, 2))
            return {};
        second = num(i + 1, 2);
        i += 3;
        if (i < n && text.at(i) == QLatin1Char('.')) {
            ++i;
            int digits = 0;
            while (digit(i)) {
                if (digits < 3)
                    millis = millis * 10 + (text.at(i).unicode() - '0');
                ++digits;
                ++i;
            }
            if (!digits)
                return {};
            for (; digits < 3; ++digits)
                millis *= 10;
        }
    }
    int offsetMinutes = 0;
    if (i < n && text.at(i) == QLatin1Char('Z')) {
        ++i;
    } else if (i < n && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))) {
        const int sign = text.at(i) == QLatin1Char('-') ? -1 : 1;
        ++i;
        if (!all(i, 2))
            return {};
        const int offsetHours = num(i, 2);
        i += 2;
        if (i < n && text.at(i) == QLatin1Char(':'))
            ++i;
        if (!all(i, 2))
            return {};
        offsetMinutes = sign * (offsetHours * 60 + num(i, 2));
        i += 2;
    } else {
        return {}; // no zone designator
    }
    if (i != n || month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth() || hour > 23 ||
        minute > 59 || second > 59)
        return {};
    const qint64 ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60000 +
                      qint64(second) * 1000 + millis;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
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
    char buffer[64]; // room for any year a qint64 can hold
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
    // Nine digits a part keeps the sum inside 64 bits (a fuzzer's P99999999999999999999W overflowed).
    for (int part = 1; part <= 5; ++part) {
        if (m.capturedView(part).indexOf(QLatin1Char('.')) > 9 ||
            (m.capturedView(part).indexOf(QLatin1Char('.')) < 0 && m.capturedLength(part) > 9))
            return std::nullopt;
    }
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
