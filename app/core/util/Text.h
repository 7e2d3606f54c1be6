#pragma once

#include <optional>
#include <QDateTime>
#include <QString>

struct Offer;
struct SyncState;

// Words and figures every screen shows the same way: prices, dates and times, places left, a member's sync state. In
// the language of the translator loaded and the locale's digits.
namespace Text {
// "£5.50", or "Free" for 0.
QString money(double price);
// An offer's name, or "Standard price" for one imin sent without a name (never an empty word to a screen reader).
QString offerName(const Offer &offer);
// "Tue 1 Dec, 18:00" (the centre's time: Europe/London).
QString when(const QDateTime &start);
// "Tue 1 Dec, 18:00–19:00" (the centre's time: Europe/London); without an end, as when().
QString when(const QDateTime &start, const QDateTime &end);
// "Tue 1 Dec 2026, 18:00" (the centre's time: Europe/London), for things that may be in another year (orders).
QString whenWithYear(const QDateTime &at);
// "Full", "1 place left", "5 places left", or empty when imin did not say.
QString placesLeft(const std::optional<int> &remaining);
// Where a member stands with imin: for staff ("Not sent to imin: …"), or said to the member themselves.
QString syncState(const SyncState &state, bool selfService = false);
} // namespace Text
