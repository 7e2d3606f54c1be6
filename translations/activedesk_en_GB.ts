<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Accessibility</name>
    <message>
        <source>Scroll up and down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize the panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>import-members: also create rows that look like a member already there (same name and date of birth, or same telephone); without it they are skipped and listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk's data folder, as given to the desk (the member database is in DIR/members).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1 is a member database from an older activedesk-admin, which the desk does not read. The desk's is in %2; move the old one there if it holds the members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:
  import-members FILE.csv   add or update members from CSV (header: givenName,familyName,email required;
                            membershipNumber,telephone,birthDate,gender,streetAddress,addressLocality,postalCode,
                            emergencyContactName,emergencyContactTelephone,membershipType,membershipValidFrom,
                            membershipValidUntil,concession,concessionProofSeen optional); queues them for imin
  sync                      send every change waiting for imin now; exit 0 only if nothing failed
  status                    how many members are synced, pending and failed, with the reasons for failures
  export-members FILE.csv   write every member to CSV
  check-connection          call imin's booking, search and checkout services with the configured key
  check-imin [--checkout]   the same; --checkout also runs a checkout in imin's testing mode (no payment)
  set-api-key               read the imin API key from standard input into the OS keychain
  add-staff USERNAME        create a staff account (--admin for an administrator); the PIN is read from stdin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No imin address is configured: give %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped. Run `activedesk-admin sync` to send them to imin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation><numerusform>%n member written to %1.</numerusform><numerusform>%n members written to %1.</numerusform></translation>
    </message>
    <message>
        <source>%1 synced, %2 pending, %3 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending changes are sent by the app, or now by `activedesk-admin sync`.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent %n change(s); %1 retried; %2 still pending; %3 failed.</source>
        <translation><numerusform>Sent %n change; %1 retried; %2 still pending; %3 failed.</numerusform><numerusform>Sent %n changes; %1 retried; %2 still pending; %3 failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created twice in imin were deleted again.</source>
        <translation><numerusform>%n customer created twice in imin were deleted again.</numerusform><numerusform>%n customers created twice in imin were deleted again.</numerusform></translation>
    </message>
    <message>
        <source>Pending changes are kept and sent on the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK  </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key was given on standard input; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key is stored in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk administration for IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PostgreSQL URL (postgresql://user@host:port/db) instead of the SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings file to read instead of the standard one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin booking base, e.g. https://book.imin.co/api/v2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin search base, e.g. https://search.imin.co</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The broker's checkout base, e.g. https://checkout.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X-Broker-Identifier to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit of each call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: how long to keep retrying failed calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: first retry delay (doubles each time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: how long a change this process took stays its own if the process dies (default: three time limits and 5 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-staff: make the account an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import-members: the file's encoding, utf-8 (the default, with or without a BOM) or windows-1252.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-staff needs a username.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff account %1 created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check-imin: also run a checkout in imin's testing mode (no payment is taken, nothing is booked).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminExitOverlay</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For centre staff: an administrator's username and PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished" />
    </message>
</context>
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
    <message>
        <source>The PIN could not be saved. Check the connection to the member database and try again.</source>
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
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Resize the bookings and the order</source>
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
        <source>Cancel booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to c&amp;alendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chosen booking as a calendar file (.ics) to open in any calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All upcoming to calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save every upcoming booking as one calendar file (.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar file could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1: open it to add them to a calendar.</source>
        <translation><numerusform>Saved %n booking to %1: open it to add them to a calendar.</numerusform><numerusform>Saved %n bookings to %1: open it to add them to a calendar.</numerusform></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>The checkout could not be opened. Try again.</source>
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
        <source>imin's list of entitlements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a page of sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checkout refusing an empty request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>something answered, but not as imin does: expected %1. Check the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered HTTP %1 where %2 was expected: check the address (for example that it ends as shown in the placeholder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing-mode checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin did not create it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created: no payment is taken and nothing is booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its checkout page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opens: finish it in a browser with any card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>did not open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered HTTP %1 instead of the page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>To keep your details private, you will be logged out in %n second(s). Touch the screen to stay.</source>
        <translation><numerusform>To keep your details private, you will be logged out in %n second. Touch the screen to stay.</numerusform><numerusform>To keep your details private, you will be logged out in %n seconds. Touch the screen to stay.</numerusform></translation>
    </message>
</context>
<context>
    <name>CourtsPage</name>
    <message>
        <source>Courts and pitches</source>
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
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free courts by hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a free court in the grid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding free courts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The courts could not be found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking for %1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a member on the Members page to book for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a member on the Members page first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a free court in the grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No courts are free near the centre for this activity on this day. Try another day or activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No courts are free for the rest of today. Showing %1, the next day with free courts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1 has byte 0x%2, which Windows-1252 does not define</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk cannot create its data folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This member was deleted (perhaps at another desk), so the change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member keeps changing at another desk. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joining is not possible on this kiosk right now. Please ask at reception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your membership could not be set up. Please try again, or ask at reception.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FacilityBrowser</name>
    <message numerus="yes">
        <source>%n court(s) free</source>
        <translation><numerusform>%n court free</numerusform><numerusform>%n courts free</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FacilityGridModel</name>
    <message numerus="yes">
        <source>%1 · %n court(s) free</source>
        <translation><numerusform>%1 · %n court free</numerusform><numerusform>%1 · %n courts free</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 of %3 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2:00: no court free, cannot be booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
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
    <name>KioskBookingsPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing booked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a booking or an order to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep booking</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>By joining you agree that the centre keeps your name, contact details and date of birth to run your membership and your bookings, and shares them with imin, the booking platform, to take your bookings and payments. You can see and change your details here or at reception, and ask reception to delete your membership at any time. Bookings follow the centre's booking and cancellation rules, shown at reception.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskMemberArea</name>
    <message>
        <source>That is your card, %1: you are logged in already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card was scanned. %1 is using this kiosk: tap Log out first, then scan the card again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskProfilePage</name>
    <message>
        <source>My details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency contact's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save my details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the details marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Your new details are on their way to the booking system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, together with a change reception made just now (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your details could not be saved. Please ask at reception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception changed this to “%1” just now. Save again to keep yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: reception changed your details while you were editing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskSessionsPage</name>
    <message>
        <source>Book a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a session to see its dates and prices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book and pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Choose a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Choose a price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding sessions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped looking. Try again when you are ready.</source>
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
        <source>Loading dates and prices…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped loading this session. Try again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date you chose is now full. Choose another date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only sessions for my age (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No prices are listed for this date. Please ask at reception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date to see its prices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book and pay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>%1 — kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox — no real bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⌨ Keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the on-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking is not available on this screen right now. Please ask at reception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator can leave kiosk mode.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogInScreen</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your membership number, or scan your card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your membership number first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
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
        <source>You chose another section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card was scanned (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member in hand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member in hand: find one on Members (Ctrl+F) or scan their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You closed the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You opened %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay in the checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

The checkout for %2 is still open. Nothing is booked until imin's page confirms it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the checkout?</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Courts</source>
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
    <name>MemberBookings</name>
    <message>
        <source>Stopped waiting for imin. Try again when you are ready.</source>
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
        <source>Cancel %1 on %2?

The payment goes back to the card you paid with, and you get an email at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel %1 on %2 for %3?

imin refunds the payment to the card used, and emails %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. imin will refund the payment and email %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin accepted the cancellation but has not confirmed it yet. Check again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>possible duplicate of %1 (member %2): %3; not imported (use --allow-duplicates to create it anyway)</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <source>The file cannot be read as text: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header names the column "%1" twice (columns %2 and %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Change this member&apos;s details (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw away your changes to %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged: card %1 now opens %2. Changes are sent to imin in the background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge another record of the same person into this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card %1 was merged into %2 (card %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save or undo your changes to %1 before merging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, like 31/03/2027.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick when you have seen proof (a bus pass, student card, benefit letter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last seen %1, over a year ago: tick when you have seen it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen %1; good until %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concession proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concess&amp;ion (blank: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving benefits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;alid until (DD/MM/YYYY, blank: no end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Valid from (DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membe&amp;rship (blank: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Junior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off-peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swim and gym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership and concession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate:
%1

Open the member already here, or create a new member anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book a co&amp;urt</source>
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
    <message>
        <source>Set kiosk PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New kiosk PIN (4 to 8 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 logs in at the kiosk with membership number %2 and this PIN. Let them type it, or tell it to them privately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the kiosk PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk PIN saved. %1 can log in at the kiosk now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted at another desk. Your changes cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone at another desk changed %1 just now. When you save, ActiveDesk shows what they changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated with a change made at another desk just now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset kiosk PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member has a kiosk PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member has no kiosk PIN yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, together with what another desk changed meanwhile (%1). Changes are sent to imin in the background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone at another desk changed %1 while you were editing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their change to %1 is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You both changed the fields below. Choose which to keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take all of theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: choose what to keep below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished" />
    </message>
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
    <name>MemberMerge</name>
    <message>
        <source>Concession proof seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>The members could not be merged. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed %1 meanwhile. Look again before merging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted (perhaps at another desk), so nothing was merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member cannot be merged with themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same telephone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same email and date of birth</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <source>The member database could not be reached. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member was deleted (perhaps at another desk), so the change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this member meanwhile.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>Proof cannot be seen on a day still to come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the concession the proof was for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The membership must end on or after the day it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the membership these dates are for, or clear the dates.</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <source>Write the date of birth as DD/MM/YYYY, like 24/05/1990.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Type to find a member. In the sandbox every member is made up, for practice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member has card %1. Check the card, or create a new member.</source>
        <translation type="unfinished" />
    </message>
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
    <name>NumberPad</name>
    <message>
        <source>Number pad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
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
    <message>
        <source>Not open yet</source>
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
        <source>Not for your age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for you: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bracket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close bracket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pound sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ampersand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exclamation mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Underscore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ⏎</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide ⌄</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the keyboard</source>
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
    <name>OrderPanel</name>
    <message>
        <source>Show the &amp;receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a PIN that is harder to guess than 1111 or 1234.</source>
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
    <message>
        <source>The member database %1 is damaged (%2). ActiveDesk has not changed it. Restore it from a backup, or ask your IT contact.</source>
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
    <message>
        <source>imin sent something that is not a PDF receipt, so it is not shown. Try again later, or find the receipt in the e-mail imin sent the member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt imin sent cannot be read (the PDF is damaged). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
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
    <name>SessionBrowser</name>
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
        <source>Runs at %1 venues: %2. Choose a date to see where.</source>
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
        <source>None of this date's price levels is for your age. Ask at reception.</source>
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
        <source>Classes and courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swims, gym and open sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln swim, gym and open session(s)</source>
        <translation><numerusform>%Ln swim, gym and open session</numerusform><numerusform>%Ln swim, gym and open sessions</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>With entitlement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With entitlement %1 (indicative)</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <source>Online</source>
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
        <source>The date you chose is now full. Choose another date.</source>
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
        <source>imin lists no price levels for this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date to see its price levels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped waiting for imin. Try again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped waiting for this session's dates. Try again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swims, gym and open sessions are listed soonest first.</source>
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
        <source>Site l&amp;ongitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search &amp;radius (km)</source>
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
    <message>
        <source>&amp;Time limit per action (retries included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members' kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Centre name on the &amp;welcome screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a member out after (no touch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the log-in screen after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms members accept when they join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site l&amp;atitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test a c&amp;heckout (no payment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs a checkout in imin's testing mode: no payment is taken and nothing is booked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running a testing-mode checkout…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell us who you are. We send booking confirmations to your email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth (DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a PIN (4 to 8 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The centre's terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I accept the centre's terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join and log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your date of birth, like 24/05/1990.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a phone number, so the centre can reach you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 13? Please ask at reception: a parent or guardian books for children.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the box to accept the centre's terms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting up your membership…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignedUpScreen</name>
    <message>
        <source>Your membership number is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it down: you log in with it and your PIN. Reception can also find it for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership number %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>imin has the change, but the member database could not record it. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Standard price</source>
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
<context>
    <name>WebLoader</name>
    <message>
        <source>The checkout cannot be shown on this computer: part of ActiveDesk is missing or damaged. Ask IT to reinstall ActiveDesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book a class, see your bookings and keep your details up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New here? Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your details are cleared from this screen when you log out, or after a short time without a touch.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the embedded imin sandbox even if imin is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for ActiveDesk's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings file to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The members' kiosk: full screen, members log in with their membership number and PIN. An administrator's PIN leaves it (hold the centre's name for 3 s, or Ctrl+Alt+Shift+X).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk: bookings for leisure centres on the imin Booking Platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActiveDesk cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Restrictions</name>
    <message>
        <source>Concession price: %1 has no concession with proof seen on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concession price: show your proof at reception first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only: %1&apos;s %2 membership has ended by then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only: your membership has ended. Ask at reception to renew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&apos;s %2 concession needs proof seen before concession prices are offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof of %1&apos;s %2 concession was last seen on %3, over a year ago: see it again to give concession prices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&apos;s %2 membership ends on %3: member prices stop after that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&apos;s %2 membership ended on %3: member prices are not offered until it is renewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 concession (proof needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 concession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 membership to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 membership ended %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 membership from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages %1 and under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person or online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for men only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for men only; %1's details say female.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for women only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for women only; %1's details say male.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for %1; you are %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for %1; %2 is %3 on that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for members with a membership. Ask at reception about joining.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is for members with a membership; %1 has none on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only. Ask at reception about membership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members only: %1 has no membership on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking opens %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online class: joined from home by video link. There is no venue to go to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can also be joined online.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Entitlements</name>
    <message>
        <source>The entitlement body in the settings (entitlements/object) is not a JSON object: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep %1. Find the other record of the same person by its card number; then choose which details stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every detail is the same on both records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is %1&apos;s own card: enter the other record&apos;s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the card number of the other record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other record&apos;s &amp;card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card %1 is kept, with the details chosen above; the record of card %2 goes, and card %2 opens %3 from then on. Bookings made on either card stay at imin and show under %3&apos;s bookings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member has card %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card %1 (kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the two differ, choose what stays:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>imin could not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>