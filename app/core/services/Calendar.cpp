#include "Calendar.h"

#include "util/Text.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Calendar {
namespace {
const char *const zoneId = "Europe/London";

// RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char(';'), QLatin1String("\\;"));
    text.replace(QLatin1Char(','), QLatin1String("\\,"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\n"));
    return text;
}

// RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space; never inside a UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    int width = 0;
    for (int i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        const bool continuation = (c & 0xC0) == 0x80;
        if (!continuation) {
            int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
            if (width + length > 75) {
                out += "\r\n ";
                width = 1;
            }
            width += length;
        }
        out += char(c);
    }
    out += "\r\n";
}

QString localStamp(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone(zoneId)).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcStamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}
} // namespace

Event eventFor(const OrderItem &item)
{
    Event e;
    // The order item's id is a URL, stable for the booking: hashed into a UID that is the same every time.
    const QString source = item.id.isEmpty() ? item.orderIdentifier + QLatin1Char('/') + item.identifier : item.id;
    e.uid = QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex()) +
            QStringLiteral("@activedesk");
    e.start = item.startDate;
    e.end = item.endDate.isValid() ? item.endDate : item.startDate.addSecs(3600);
    e.summary = item.name.isEmpty() ? Text::offerName(item.acceptedOffer) : item.title();
    QStringList where;
    if (!item.venueName.isEmpty())
        where << item.venueName;
    if (!item.venueAddress.isEmpty())
        where << item.venueAddress;
    e.location = where.join(QLatin1String(", "));
    QStringList about;
    about << Text::offerName(item.acceptedOffer);
    if (!item.orderIdentifier.isEmpty())
        about << QStringLiteral("Order %1").arg(item.orderIdentifier);
    e.description = about.join(QLatin1String(". "));
    return e;
}

QByteArray write(const QVector<Event> &events, const QDateTime &stamp)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//ActiveDesk//ActiveDesk " ACTIVEDESK_VERSION "//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    // The zone the times are given in, defined here as RFC 5545 requires for a TZID (UK rules since 1996).
    for (const char *line :
         {"BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
          "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"})
        appendLine(out, QString::fromLatin1(line));
    for (const Event &e : events) {
        if (!e.start.isValid())
            continue; // nothing to put in a calendar
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + escaped(e.uid));
        appendLine(out, QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        appendLine(out, QStringLiteral("DTSTART;TZID=Europe/London:") + localStamp(e.start));
        appendLine(out, QStringLiteral("DTEND;TZID=Europe/London:") + localStamp(e.end));
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(e.summary));
        if (!e.location.isEmpty())
            appendLine(out, QStringLiteral("LOCATION:") + escaped(e.location));
        if (!e.description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(e.description));
        appendLine(out, QStringLiteral("STATUS:CONFIRMED"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

QString fileNameFor(const QVector<Event> &events)
{
    if (events.size() != 1)
        return QStringLiteral("activedesk-bookings.ics");
    QString name = events.constFirst().summary.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.left(40).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QString day = events.constFirst().start.toTimeZone(QTimeZone(zoneId)).toString(QStringLiteral("yyyy-MM-dd"));
    return (name.isEmpty() ? QStringLiteral("booking") : name) + QLatin1Char('-') + day + QStringLiteral(".ics");
}

} // namespace Calendar
