#include "Text.h"

#include "domain/Domain.h"
#include "domain/Member.h"
#include "util/Clock.h"
#include <QCoreApplication>

#include <QLocale>

namespace Text {

QString offerName(const Offer &offer)
{
    return offer.name.trimmed().isEmpty() ? QCoreApplication::translate("Text", "Standard price") : offer.name;
}

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
    const QDateTime local = start.toTimeZone(Clock::zone());
    return QCoreApplication::translate("Text", "%1, %2", "date, time")
        .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")),
             local.time().toString(QStringLiteral("HH:mm")));
}

QString when(const QDateTime &start, const QDateTime &end)
{
    if (!end.isValid() || !start.isValid())
        return when(start);
    return when(start) + QStringLiteral("–") + end.toTimeZone(Clock::zone()).time().toString(QStringLiteral("HH:mm"));
}

QString whenWithYear(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(Clock::zone());
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

QString syncState(const SyncState &s, bool selfService)
{
    const char *context = "Text";
    switch (s.state) {
    case SyncState::State::Synced:
        return selfService ? QCoreApplication::translate(context, "✔ Your details are saved and up to date.")
                           : QCoreApplication::translate(context, "✔ Up to date with imin");
    case SyncState::State::Pending:
        if (selfService)
            return QCoreApplication::translate(context, "Saved here. Sending to the booking system…");
        if (!s.attempts)
            return QCoreApplication::translate(context, "Sending to imin…");
        return QCoreApplication::translate(context,
                                           "Waiting to send to imin (tried %n time(s): %1). ActiveDesk keeps trying.",
                                           nullptr, s.attempts)
            .arg(s.reason);
    case SyncState::State::Failed:
        return selfService ? QCoreApplication::translate(context, "Saved here, but the booking system did not take "
                                                                  "the change: %1 Please ask at reception.")
                                 .arg(s.reason)
                           : QCoreApplication::translate(context, "Not sent to imin: %1 %2").arg(s.reason, s.advice);
    }
    return {};
}

} // namespace Text
