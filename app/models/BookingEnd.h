#pragma once

#include "services/BookingFlow.h"

class FacilityBrowser;
class SessionBrowser;

// What every view does when a booking ends (the desk's window and the kiosk's member area alike): places may have
// changed either way, so the series' dates or the day's courts are read again; then the view shows the member's
// bookings (a booking made), goes back to where the booking began (left or failed while the checkout was shown), or
// stays where the person has gone meanwhile.
namespace BookingEnd {
enum class Next { Bookings, Sessions, Courts, Stay };
Next follow(BookingFlow::Ending how, const BookingFlow::Choice &choice, SessionBrowser *sessions,
            FacilityBrowser *courts, bool checkoutShown);
} // namespace BookingEnd
