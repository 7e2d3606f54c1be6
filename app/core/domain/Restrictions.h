#pragma once

#include "domain/Domain.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// Who may book what, from what imin's data says (contract 7.1, 7.5, 5.1): a series' gender and age range, members-only
// series and price levels, online classes, and when a price level's booking window opens. Each check answers with
// the sentence a receptionist (or, at the kiosk, the member) reads, or empty when nothing stands in the way.
// Screens show these; nothing here draws.
namespace Restrictions {

// The person being booked, as far as the desk knows them.
struct Who
{
    QString name;               // "Priya" (for the desk's sentences)
    std::optional<int> age;     // on the day, if the date of birth is known
    QString gender;             // "Female", "Male", or empty when not recorded
    bool hasMembership = false; // a membership that covers the day (Membership::activeOn)
    bool hasConcession = false; // a concession with proof seen, on the day (Membership::concessionOn)
    QString membershipExpired;  // the membership's type when it has ended by the day, else empty
    bool you = false;           // the member reads it themselves (kiosk)
};

// Short facts for the detail: "Men only", "Women only", "Members only", "Online class", "In person or online".
QStringList facts(const EventSeries &series);

// Every public price level of the series needs a membership (imin:membershipRequired on its aggregate offers).
bool needsMembership(const EventSeries &series);

// Why this person cannot go to the series (gender, age range on the day, membership), or empty. An unrecorded gender
// or age is not a reason: the facts still say who the series is for.
QString whyNotSeries(const EventSeries &series, const Who &who);

// The person as the member record has them on `day`: membership and concession (name, age, gender are the caller's).
void setHolding(Who &who, const Membership &membership, const QDate &day);

// What the member holds on `today`, short, for a header: "Full membership to 31 Mar 2027 · Over 60 concession",
// "Full membership ended 1 Dec 2026", "No membership".
QString holdingText(const Membership &membership, const QDate &today);
// A warning for staff when something the member held has lapsed or soon will (a membership that ended, or ends
// within 14 days; concession proof older than a year), or empty.
QString holdingWarning(const Membership &membership, const QDate &today, const QString &name);

// Why this person cannot have this price level for a membership or concession reason, or empty. (Ages are the
// OfferModel's.)
QString whyNotOffer(const Offer &offer, const Who &who);

// When booking opens for `start` at this price level: start minus validFromBeforeStartDate (the offer's, else the
// series' aggregate offer's); invalid when the data gives no window.
QDateTime bookingOpens(const Offer &offer, const EventSeries &series, const QDateTime &start);
// The earliest opening over a date's price levels; invalid when none has a window.
QDateTime bookingOpens(const QVector<Offer> &offers, const EventSeries &series, const QDateTime &start);
// "Booking opens Tue 3 Dec, 09:00" when `opens` is still ahead of `now`, else empty.
QString notOpenYet(const QDateTime &opens, const QDateTime &now);

// For an online class: the sentence shown where a venue would be ("Online class: joined from home by video link.").
QString onlineText(const EventSeries &series);

} // namespace Restrictions
