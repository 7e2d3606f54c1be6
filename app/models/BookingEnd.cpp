#include "BookingEnd.h"

#include "FacilityBrowser.h"
#include "SessionBrowser.h"

namespace BookingEnd {

Next follow(BookingFlow::Ending how, const BookingFlow::Choice &choice, SessionBrowser *sessions,
            FacilityBrowser *courts, bool checkoutShown)
{
    const bool slot = choice.opportunityType == QLatin1String("Slot");
    if (slot)
        courts->refreshAfterCheckout(choice.opportunityIdentifier, how == BookingFlow::Ending::Completed);
    else
        sessions->refreshAvailability(choice.eventSeriesId);
    if (how == BookingFlow::Ending::Completed)
        return Next::Bookings;
    if (checkoutShown)
        return slot ? Next::Courts : Next::Sessions;
    return Next::Stay;
}

} // namespace BookingEnd
