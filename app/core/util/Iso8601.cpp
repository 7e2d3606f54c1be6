#include "Iso8601.h"

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
