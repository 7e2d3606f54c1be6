#include "Text.h"

#include <QCoreApplication>
#include <QLocale>

namespace Text {

QString money(double price)
{
    if (price == 0.0)
        return QCoreApplication::translate("Text", "Free");
    return QStringLiteral("£") + QLocale().toString(price, 'f', 2);
}

QString when(const QDateTime &start)
{
    if (!start.isValid())
        return {};
    const QDateTime local = start.toLocalTime();
    return QCoreApplication::translate("Text", "%1, %2", "date, time")
        .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")),
             local.time().toString(QStringLiteral("HH:mm")));
}

QString when(const QDateTime &start, const QDateTime &end)
{
    if (!end.isValid() || !start.isValid())
        return when(start);
    return when(start) + QStringLiteral("–") + end.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

QString whenWithYear(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QCoreApplication::translate("Text", "%1, %2", "date, time")
        .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy")),
             local.time().toString(QStringLiteral("HH:mm")));
}

QString placesLeft(const std::optional<int> &remaining)
{
    if (!remaining)
        return {};
    if (*remaining <= 0)
        return QCoreApplication::translate("Text", "Full");
    return QCoreApplication::translate("Text", "%n place(s) left", nullptr, *remaining);
}

} // namespace Text
