<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ApiError</name>
    <message>
        <source>Can't reach imin. Check the internet connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin did not answer in time. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin sent an answer ActiveDesk could not read. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin pointed ActiveDesk to another address (%1), which it does not trust with the API key. An administrator should check the imin addresses in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin refused ActiveDesk's API key. An administrator needs to check the key in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This booking can no longer be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin does not know this record any more. It may have been removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin is busy. Try again in a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin is having a problem right now. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin could not accept this: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the details are not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin answered with an error (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>That username and PIN don't match. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PIN could not be protected (libsodium is not available).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That membership number and PIN don't match. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <source>This member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be sent to imin: %2 Fix their details, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending %1's details to imin first…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin is not answering; still trying to send %1's details (%2)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening imin's checkout for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is now full. Choose another date or session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin cannot book this date at this price level. Choose another date or session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin sent a checkout address on another host (%1), so ActiveDesk did not open it. An administrator needs to check the checkout address in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Choose a member to see their upcoming bookings and order history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find a member (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No upcoming bookings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel this booking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the &amp;receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize the bookings and the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookings for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in imin yet, so there are no bookings to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading bookings from imin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total paid %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund for cancelled bookings: %1, to the card used to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing was paid, so there is nothing to refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel %1 on %2 for %3?

imin refunds the payment to the card used, and emails %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. imin will refund the payment and email the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin accepted the cancellation but has not confirmed it yet. Check again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>&amp;Leave checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkout page could not be shown (the server answered %1). Try again, or book again from the session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkout page could not be reached. Check the connection and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Booking (customers, orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search (sessions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reachable, but it refused the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to ActiveDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the first administrator. Administrators connect the site to imin and manage staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Staff log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ActiveDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox — no real bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox mode: no real bookings are made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MasterDetail</name>
    <message>
        <source>Resize the list and the detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <source>The file is not valid CSV: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: it needs a header row with givenName,familyName,email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header row lacks the required column(s) %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown column "%1" ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the date of birth as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the gender as Female, Male, F or M, or leave it blank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has %1 fields; the header has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>membership number %1 belongs to a deleted member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the email %1 belongs to member %2, not %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>✔ Up to date with imin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to imin…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Waiting to send to imin (tried %n time(s): %1). ActiveDesk keeps trying.</source>
        <translation><numerusform>Waiting to send to imin (tried %n time: %1). ActiveDesk keeps trying.</numerusform><numerusform>Waiting to send to imin (tried %n times: %1). ActiveDesk keeps trying.</numerusform></translation>
    </message>
    <message>
        <source>Not sent to imin: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boo&amp;k a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B&amp;ookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of &amp;birth (DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency contact p&amp;hone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership &amp;number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 13: a parent or guardian books for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the date of birth as DD/MM/YYYY, like 24/05/1990.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership &amp;number (blank: next free one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  ·  imin %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the details marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Changes are sent to imin in the background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1's bookings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk could not check whether %1 has upcoming bookings: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete without checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This erases their name, contact details, date of birth and address from ActiveDesk and asks imin to erase them too. Past bookings stay with imin under a placeholder name. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1?

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (can no longer be cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has %n upcoming booking(s):
%2

Deleting a member does not cancel bookings: they would stay booked under a placeholder name.

%3</source>
        <translation><numerusform>%1 has %n upcoming booking:
%2

Deleting a member does not cancel bookings: they would stay booked under a placeholder name.

%3</numerusform><numerusform>%1 has %n upcoming bookings:
%2

Deleting a member does not cancel bookings: they would stay booked under a placeholder name.

%3</numerusform></translation>
    </message>
    <message>
        <source>Cancel bookings, then delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete, keep bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling %1's bookings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every booking could be cancelled, so %1 was not deleted. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Waiting for imin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent to imin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, member %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>Can't upgrade the member database to version %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't record the database upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member database is busy. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership number %1 is already in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member could not be saved. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member could not be deleted. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the member's details and save again, or press Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff account could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the control character (such as a tab or line break) from this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address: imin sends booking confirmations there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a UK phone number, like 01865 123456 or 07700 900123.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a UK phone number for the emergency contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose female, male, or leave it blank.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name, email, phone or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, email, phone or membership number, or scan a membership card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member matches “%1”. Check the spelling, or create a new member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <source>Not bookable here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be booked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Ages %1 and under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ages %1 and over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price on booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for this member's age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for this member: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard price</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>Placed %1  ·  confirmation %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Can't open the PostgreSQL database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't create the data folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't open the member database %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the receipt from imin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt could not be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No imin API key is set. An administrator can set one with `activedesk-admin set-api-key` or in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not be read (%1). Set %2 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain service could store the key (%1). On a machine without one, set the environment variable %2 for ActiveDesk instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adult %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Junior %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price on booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 km)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTimetable</name>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation><numerusform>%n venue</numerusform><numerusform>%n venues</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any day (next 14 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon (12:00–17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evening (from 17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Soonest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cheapest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Choose a &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Choose a &amp;price level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for sessions…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation><numerusform>%Ln session</numerusform><numerusform>%Ln sessions</numerusform></translation>
    </message>
    <message>
        <source>No sessions match. Try another day, time or activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking for %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a member first to book (Members page, Ctrl+F).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading dates and prices…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages %1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date you chose is now full. Choose another date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs at %1 venues: %2. Choose a date to see where.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a member first to book (Members page).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading price levels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin lists no price levels for this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a price level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk is using its built-in sandbox: no real bookings. Enter imin's addresses and your API key to connect to imin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin &amp;booking address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin &amp;search address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Checkout address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is stored; type a new one to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin &amp;API key (kept in the keychain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broker &amp;identifier (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broker &amp;name on the checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"&amp;Back" address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"&amp;View my bookings" address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site &amp;latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site l&amp;ongitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search &amp;radius (km)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time limit per request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a web address starting with https:// (or http:// for a test server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the API key imin gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The member record is missing from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin no longer has this customer, so the change could not be sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation><numerusform>%n place left</numerusform><numerusform>%n places left</numerusform></translation>
    </message>
</context>
<context>
    <name>UpcomingItemsModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This booking is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It can no longer be cancelled: the centre allows cancelling only until shortly before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin says this booking cannot be cancelled now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>just booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>