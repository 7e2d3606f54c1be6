<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>Accessibility</name>
    <message>
        <source>Scroll up and down</source>
        <translation>Sgrolio i fyny ac i lawr</translation>
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation>Sgrolio i’r chwith ac i’r dde</translation>
    </message>
    <message>
        <source>Resize the panes</source>
        <translation>Newid maint y cwareli</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Clirio’r testun</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>import-members: also create rows that look like a member already there (same name and date of birth, or same telephone); without it they are skipped and listed.</source>
        <translation>import-members: creu hefyd resi sy'n edrych fel aelod sydd yno eisoes (yr un enw a dyddiad geni, neu'r un ffôn); hebddo cânt eu hepgor a'u rhestru.</translation>
    </message>
    <message>
        <source>ActiveDesk's data folder, as given to the desk (the member database is in DIR/members).</source>
        <translation>Ffolder data ActiveDesk, fel y'i rhoddir i'r ddesg (mae'r gronfa ddata aelodau yn DIR/members).</translation>
    </message>
    <message>
        <source>Note: %1 is a member database from an older activedesk-admin, which the desk does not read. The desk's is in %2; move the old one there if it holds the members.</source>
        <translation>Nodyn: mae %1 yn gronfa ddata aelodau o hen activedesk-admin, nad yw'r ddesg yn ei darllen. Mae un y ddesg yn %2; symudwch yr hen un yno os yw'n dal yr aelodau.</translation>
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
        <translation>Gorchmynion:
  import-members FFEIL.csv  ychwanegu neu ddiweddaru aelodau o CSV (pennawd: givenName,familyName,email yn ofynnol;
                            membershipNumber,telephone,birthDate,gender,streetAddress,addressLocality,postalCode,
                            emergencyContactName,emergencyContactTelephone,membershipType,membershipValidFrom,
                            membershipValidUntil,concession,concessionProofSeen yn ddewisol); yn eu ciwio ar gyfer imin
  sync                      anfon pob newid sy'n aros am imin nawr; gadael gyda 0 dim ond os na fethodd dim
  status                    faint o aelodau sydd wedi'u cysoni, yn aros ac wedi methu, gyda'r rhesymau dros fethu
  export-members FFEIL.csv  ysgrifennu pob aelod i CSV
  check-connection          galw gwasanaethau archebu, chwilio a thalu imin gyda'r allwedd sydd wedi'i gosod
  check-imin [--checkout]   yr un peth; mae --checkout hefyd yn rhedeg archeb ym modd profi imin (dim taliad)
  set-api-key               darllen allwedd API imin o'r mewnbwn safonol i gadwyn allweddi'r system
  add-staff ENW             creu cyfrif staff (--admin ar gyfer gweinyddwr); darllenir y PIN o'r mewnbwn safonol</translation>
    </message>
    <message>
        <source>No imin address is configured: give %1.</source>
        <translation>Does dim cyfeiriad imin wedi'i osod: rhowch %1.</translation>
    </message>
    <message>
        <source>Can't read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <translation>%1:%2: wedi'i hepgor: %3</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped. Run `activedesk-admin sync` to send them to imin.</source>
        <translation>%1 wedi'u creu, %2 wedi'u diweddaru, %3 heb eu newid, %4 wedi'u hepgor. Rhedwch `activedesk-admin sync` i'w hanfon i imin.</translation>
    </message>
    <message>
        <source>Can't write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation>
            <numerusform>%n aelod wedi'u hysgrifennu i %1.</numerusform>
            <numerusform>%n aelod wedi'u hysgrifennu i %1.</numerusform>
            <numerusform>%n aelod wedi'u hysgrifennu i %1.</numerusform>
            <numerusform>%n aelod wedi'u hysgrifennu i %1.</numerusform>
            <numerusform>%n aelod wedi'u hysgrifennu i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 synced, %2 pending, %3 failed</source>
        <translation>%1 wedi'u cysoni, %2 yn aros, %3 wedi methu</translation>
    </message>
    <message>
        <source>Pending changes are sent by the app, or now by `activedesk-admin sync`.</source>
        <translation>Mae'r ap yn anfon newidiadau sy'n aros, neu gallwch eu hanfon nawr gydag `activedesk-admin sync`.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s); %1 retried; %2 still pending; %3 failed.</source>
        <translation>
            <numerusform>Anfonwyd %n newid; %1 wedi'u hailgynnig; %2 yn dal i aros; %3 wedi methu.</numerusform>
            <numerusform>Anfonwyd %n newid; %1 wedi'u hailgynnig; %2 yn dal i aros; %3 wedi methu.</numerusform>
            <numerusform>Anfonwyd %n newid; %1 wedi'u hailgynnig; %2 yn dal i aros; %3 wedi methu.</numerusform>
            <numerusform>Anfonwyd %n newid; %1 wedi'u hailgynnig; %2 yn dal i aros; %3 wedi methu.</numerusform>
            <numerusform>Anfonwyd %n newid; %1 wedi'u hailgynnig; %2 yn dal i aros; %3 wedi methu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created twice in imin were deleted again.</source>
        <translation>
            <numerusform>%n cwsmer a grëwyd ddwywaith yn imin wedi'u dileu eto.</numerusform>
            <numerusform>%n cwsmer a grëwyd ddwywaith yn imin wedi'u dileu eto.</numerusform>
            <numerusform>%n cwsmer a grëwyd ddwywaith yn imin wedi'u dileu eto.</numerusform>
            <numerusform>%n cwsmer a grëwyd ddwywaith yn imin wedi'u dileu eto.</numerusform>
            <numerusform>%n cwsmer a grëwyd ddwywaith yn imin wedi'u dileu eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes are kept and sent on the next sync.</source>
        <translation>Cedwir newidiadau sy'n aros a'u hanfon y tro nesaf y byddwch yn cysoni.</translation>
    </message>
    <message>
        <source>OK  </source>
        <translation>IAWN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>METHU</translation>
    </message>
    <message>
        <source>Key: </source>
        <translation>Allwedd: </translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing was stored.</source>
        <translation>Ni roddwyd allwedd ar y mewnbwn safonol; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>The API key is stored in the keychain.</source>
        <translation>Mae'r allwedd API wedi'i chadw yn y gadwyn allweddi.</translation>
    </message>
    <message>
        <source>ActiveDesk administration for IT.</source>
        <translation>Gweinyddu ActiveDesk ar gyfer TG.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Beth i'w wneud (gweler uchod).</translation>
    </message>
    <message>
        <source>A PostgreSQL URL (postgresql://user@host:port/db) instead of the SQLite file.</source>
        <translation>URL PostgreSQL (postgresql://defnyddiwr@gwesteiwr:porth/cronfa) yn lle'r ffeil SQLite.</translation>
    </message>
    <message>
        <source>Settings file to read instead of the standard one.</source>
        <translation>Ffeil gosodiadau i'w darllen yn lle'r un safonol.</translation>
    </message>
    <message>
        <source>imin booking base, e.g. https://book.imin.co/api/v2</source>
        <translation>sylfaen archebu imin, e.e. https://book.imin.co/api/v2</translation>
    </message>
    <message>
        <source>imin search base, e.g. https://search.imin.co</source>
        <translation>sylfaen chwilio imin, e.e. https://search.imin.co</translation>
    </message>
    <message>
        <source>The broker's checkout base, e.g. https://checkout.example.com</source>
        <translation>sylfaen talu'r brocer, e.e. https://checkout.example.com</translation>
    </message>
    <message>
        <source>X-Broker-Identifier to send.</source>
        <translation>X-Broker-Identifier i'w anfon.</translation>
    </message>
    <message>
        <source>Time limit of each call.</source>
        <translation>Terfyn amser pob galwad.</translation>
    </message>
    <message>
        <source>sync: how long to keep retrying failed calls.</source>
        <translation>sync: am ba hyd i ddal ati i ailgynnig galwadau a fethodd.</translation>
    </message>
    <message>
        <source>sync: first retry delay (doubles each time).</source>
        <translation>sync: yr oedi cyn yr ailgynnig cyntaf (yn dyblu bob tro).</translation>
    </message>
    <message>
        <source>sync: how long a change this process took stays its own if the process dies (default: three time limits and 5 s).</source>
        <translation>sync: am ba hyd y mae newid a gymerodd y broses hon yn aros yn eiddo iddi os bydd y broses yn marw (rhagosodiad: tri therfyn amser a 5 e).</translation>
    </message>
    <message>
        <source>add-staff: make the account an administrator.</source>
        <translation>add-staff: gwneud y cyfrif yn weinyddwr.</translation>
    </message>
    <message>
        <source>import-members: the file's encoding, utf-8 (the default, with or without a BOM) or windows-1252.</source>
        <translation>import-members: amgodiad y ffeil, utf-8 (y rhagosodiad, gyda neu heb BOM) neu windows-1252.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Rhowch orchymyn.</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>Mae %1 angen enw ffeil.</translation>
    </message>
    <message>
        <source>add-staff needs a username.</source>
        <translation>Mae add-staff angen enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Staff account %1 created.</source>
        <translation>Crëwyd y cyfrif staff %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Gorchymyn anhysbys "%1".</translation>
    </message>
    <message>
        <source>check-imin: also run a checkout in imin's testing mode (no payment is taken, nothing is booked).</source>
        <translation>check-imin: rhedeg archeb ym modd profi imin hefyd (dim taliad, dim wedi'i archebu).</translation>
    </message>
</context>
<context>
    <name>AdminExitOverlay</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Gadael modd ciosg</translation>
    </message>
    <message>
        <source>For centre staff: an administrator's username and PIN.</source>
        <translation>I staff y ganolfan: enw defnyddiwr a PIN gweinyddwr.</translation>
    </message>
    <message>
        <source>Administrator's username</source>
        <translation>Enw defnyddiwr y gweinyddwr</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Administrator's PIN</source>
        <translation>PIN y gweinyddwr</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Yn ôl i'r ciosg</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Can't reach imin. Check the internet connection, then try again.</source>
        <translation>Methu cyrraedd imin. Gwiriwch y cysylltiad â'r rhyngrwyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>imin did not answer in time. Try again in a moment.</source>
        <translation>Wnaeth imin ddim ateb mewn pryd. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>imin sent an answer ActiveDesk could not read. Try again in a moment.</source>
        <translation>Anfonodd imin ateb na allai ActiveDesk ei ddarllen. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Cafodd y cais ei ganslo.</translation>
    </message>
    <message>
        <source>imin pointed ActiveDesk to another address (%1), which it does not trust with the API key. An administrator should check the imin addresses in Settings.</source>
        <translation>Cyfeiriodd imin ActiveDesk at gyfeiriad arall (%1), nad yw'n ymddiried yr allwedd API iddo. Dylai gweinyddwr wirio cyfeiriadau imin yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>imin refused ActiveDesk's API key. An administrator needs to check the key in Settings.</source>
        <translation>Gwrthododd imin allwedd API ActiveDesk. Mae angen i weinyddwr wirio'r allwedd yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>This session is full.</source>
        <translation>Mae'r sesiwn hon yn llawn.</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled.</source>
        <translation>Does dim modd canslo'r archeb hon bellach.</translation>
    </message>
    <message>
        <source>imin does not know this record any more. It may have been removed.</source>
        <translation>Dydy imin ddim yn adnabod y cofnod hwn bellach. Efallai ei fod wedi'i dynnu.</translation>
    </message>
    <message>
        <source>imin is busy. Try again in a minute.</source>
        <translation>Mae imin yn brysur. Rhowch gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <source>imin is having a problem right now. Try again in a moment.</source>
        <translation>Mae gan imin broblem ar hyn o bryd. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>imin could not accept this: %1</source>
        <translation>Doedd imin ddim yn gallu derbyn hyn: %1</translation>
    </message>
    <message>
        <source>the details are not valid.</source>
        <translation>dydy'r manylion ddim yn ddilys.</translation>
    </message>
    <message>
        <source>imin answered with an error (HTTP %1).</source>
        <translation>Atebodd imin gyda gwall (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>That username and PIN don't match. Check them and try again.</source>
        <translation>Dydy'r enw defnyddiwr a'r PIN ddim yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That membership number and PIN don't match. Check them and try again.</source>
        <translation>Dydy'r rhif aelodaeth a'r PIN ddim yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (libsodium is not available).</source>
        <translation>Doedd dim modd diogelu'r PIN (dydy libsodium ddim ar gael).</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Check the connection to the member database and try again.</source>
        <translation>Doedd dim modd cadw'r PIN. Gwiriwch y cysylltiad â chronfa ddata'r aelodau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Rhowch enw defnyddiwr.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mae PIN rhwng 4 ac 8 digid.</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <source>This member no longer exists.</source>
        <translation>Dydy'r aelod hwn ddim yn bodoli bellach.</translation>
    </message>
    <message>
        <source>%1 could not be sent to imin: %2 Fix their details, then try again.</source>
        <translation>Doedd dim modd anfon %1 i imin: %2 Cywirwch eu manylion, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Sending %1's details to imin first…</source>
        <translation>Yn anfon manylion %1 i imin yn gyntaf…</translation>
    </message>
    <message>
        <source>imin is not answering; still trying to send %1's details (%2)…</source>
        <translation>Dydy imin ddim yn ateb; yn dal i geisio anfon manylion %1 (%2)…</translation>
    </message>
    <message>
        <source>Opening imin's checkout for %1…</source>
        <translation>Yn agor desg dalu imin ar gyfer %1…</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 ar gyfer %2</translation>
    </message>
    <message>
        <source>This session is now full. Choose another date or session.</source>
        <translation>Mae'r sesiwn hon bellach yn llawn. Dewiswch ddyddiad neu sesiwn arall.</translation>
    </message>
    <message>
        <source>imin cannot book this date at this price level. Choose another date or session.</source>
        <translation>Dydy imin ddim yn gallu archebu'r dyddiad hwn ar y lefel pris hon. Dewiswch ddyddiad neu sesiwn arall.</translation>
    </message>
    <message>
        <source>imin sent a checkout address on another host (%1), so ActiveDesk did not open it. An administrator needs to check the checkout address in Settings.</source>
        <translation>Anfonodd imin gyfeiriad talu ar westeiwr arall (%1), felly wnaeth ActiveDesk mo'i agor. Mae angen i weinyddwr wirio'r cyfeiriad talu yn y Gosodiadau.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Doedd dim modd darllen yr archeb: %1</translation>
    </message>
    <message>
        <source>Choose a member to see their upcoming bookings and order history.</source>
        <translation>Dewiswch aelod i weld eu harchebion i ddod a hanes eu harchebion.</translation>
    </message>
    <message>
        <source>&amp;Find a member (Ctrl+F)</source>
        <translation>&amp;Dod o hyd i aelod (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>I &amp;ddod</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Archebion i ddod</translation>
    </message>
    <message>
        <source>No upcoming bookings.</source>
        <translation>Dim archebion i ddod.</translation>
    </message>
    <message>
        <source>&amp;Cancel this booking…</source>
        <translation>&amp;Canslo'r archeb hon…</translation>
    </message>
    <message>
        <source>Order &amp;history</source>
        <translation>&amp;Hanes archebion</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Hanes archebion</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Dim archebion eto.</translation>
    </message>
    <message>
        <source>Resize the bookings and the order</source>
        <translation>Newid maint yr archebion a'r archeb</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Archebion</translation>
    </message>
    <message>
        <source>Bookings for %1</source>
        <translation>Archebion %1</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Canslo'r archeb</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Cadw'r archeb</translation>
    </message>
    <message>
        <source>Add to c&amp;alendar…</source>
        <translation>Ychwanegu at y c&amp;alendr…</translation>
    </message>
    <message>
        <source>Save the chosen booking as a calendar file (.ics) to open in any calendar</source>
        <translation>Cadw’r archeb a ddewiswyd fel ffeil calendr (.ics) i’w hagor mewn unrhyw galendr</translation>
    </message>
    <message>
        <source>All upcoming to calendar…</source>
        <translation>Pob un sydd i ddod i’r calendr…</translation>
    </message>
    <message>
        <source>Save every upcoming booking as one calendar file (.ics)</source>
        <translation>Cadw pob archeb sydd i ddod mewn un ffeil calendr (.ics)</translation>
    </message>
    <message>
        <source>Save to a calendar file</source>
        <translation>Cadw mewn ffeil calendr</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Doedd dim modd cadw’r ffeil calendr yn %1 (%2). Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1: open it to add them to a calendar.</source>
        <translation>
            <numerusform>Cadwyd %n archeb yn %1: agorwch hi i’w hychwanegu at galendr.</numerusform>
            <numerusform>Cadwyd %n archeb yn %1: agorwch hi i’w hychwanegu at galendr.</numerusform>
            <numerusform>Cadwyd %n archeb yn %1: agorwch hi i’w hychwanegu at galendr.</numerusform>
            <numerusform>Cadwyd %n archeb yn %1: agorwch hi i’w hychwanegu at galendr.</numerusform>
            <numerusform>Cadwyd %n archeb yn %1: agorwch hi i’w hychwanegu at galendr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>&amp;Leave checkout</source>
        <translation>&amp;Gadael y ddesg dalu</translation>
    </message>
    <message>
        <source>Loading the checkout</source>
        <translation>Yn llwytho'r ddesg dalu</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Rhoi cynnig arall</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Talu</translation>
    </message>
    <message>
        <source>imin checkout</source>
        <translation>Desg dalu imin</translation>
    </message>
    <message>
        <source>The checkout page could not be shown (the server answered %1). Try again, or book again from the session.</source>
        <translation>Doedd dim modd dangos y dudalen dalu (atebodd y gweinydd %1). Rhowch gynnig arall arni, neu archebwch eto o'r sesiwn.</translation>
    </message>
    <message>
        <source>The checkout page could not be reached. Check the connection and try again.</source>
        <translation>Doedd dim modd cyrraedd y dudalen dalu. Gwiriwch y cysylltiad a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The checkout could not be opened. Try again.</source>
        <translation>Doedd dim modd agor y dudalen dalu. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Booking (customers, orders)</source>
        <translation>Archebu (cwsmeriaid, archebion)</translation>
    </message>
    <message>
        <source>imin's list of entitlements</source>
        <translation>rhestr hawliau imin</translation>
    </message>
    <message>
        <source>Search (sessions)</source>
        <translation>Chwilio (sesiynau)</translation>
    </message>
    <message>
        <source>a page of sessions</source>
        <translation>tudalen o sesiynau</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Talu</translation>
    </message>
    <message>
        <source>the checkout refusing an empty request</source>
        <translation>y ddesg dalu'n gwrthod cais gwag</translation>
    </message>
    <message>
        <source>reachable, but it refused the API key</source>
        <translation>modd ei gyrraedd, ond gwrthododd yr allwedd API</translation>
    </message>
    <message>
        <source>works</source>
        <translation>yn gweithio</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>dim modd ei gyrraedd: %1</translation>
    </message>
    <message>
        <source>something answered, but not as imin does: expected %1. Check the address.</source>
        <translation>atebodd rhywbeth, ond nid fel y mae imin yn ateb: roedd disgwyl %1. Gwiriwch y cyfeiriad.</translation>
    </message>
    <message>
        <source>answered HTTP %1 where %2 was expected: check the address (for example that it ends as shown in the placeholder).</source>
        <translation>atebodd HTTP %1 lle roedd disgwyl %2: gwiriwch y cyfeiriad (er enghraifft ei fod yn gorffen fel y dangosir yn y testun enghreifftiol).</translation>
    </message>
    <message>
        <source>Testing-mode checkout</source>
        <translation>Archeb modd profi</translation>
    </message>
    <message>
        <source>imin did not create it: %1</source>
        <translation>Ni chreodd imin hi: %1</translation>
    </message>
    <message>
        <source>created: no payment is taken and nothing is booked</source>
        <translation>wedi'i chreu: does dim taliad a does dim wedi'i archebu</translation>
    </message>
    <message>
        <source>Its checkout page</source>
        <translation>Ei thudalen dalu</translation>
    </message>
    <message>
        <source>opens: finish it in a browser with any card number</source>
        <translation>yn agor: gorffennwch hi mewn porwr gydag unrhyw rif cerdyn</translation>
    </message>
    <message>
        <source>did not open: %1</source>
        <translation>ni agorodd: %1</translation>
    </message>
    <message>
        <source>answered HTTP %1 instead of the page</source>
        <translation>atebodd HTTP %1 yn lle'r dudalen</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ydych chi'n dal yma?</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation>Rydw i'n dal yma</translation>
    </message>
    <message numerus="yes">
        <source>To keep your details private, you will be logged out in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>I gadw eich manylion yn breifat, cewch eich allgofnodi ymhen %n eiliad. Cyffyrddwch â'r sgrin i aros.</numerusform>
            <numerusform>I gadw eich manylion yn breifat, cewch eich allgofnodi ymhen %n eiliad. Cyffyrddwch â'r sgrin i aros.</numerusform>
            <numerusform>I gadw eich manylion yn breifat, cewch eich allgofnodi ymhen %n eiliad. Cyffyrddwch â'r sgrin i aros.</numerusform>
            <numerusform>I gadw eich manylion yn breifat, cewch eich allgofnodi ymhen %n eiliad. Cyffyrddwch â'r sgrin i aros.</numerusform>
            <numerusform>I gadw eich manylion yn breifat, cewch eich allgofnodi ymhen %n eiliad. Cyffyrddwch â'r sgrin i aros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtsPage</name>
    <message>
        <source>Courts and pitches</source>
        <translation>Cyrtiau a chaeau</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Gweithgaredd</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yfory</translation>
    </message>
    <message>
        <source>Free courts by hour</source>
        <translation>Cyrtiau rhydd fesul awr</translation>
    </message>
    <message>
        <source>Choose a free court in the grid.</source>
        <translation>Dewiswch gwrt rhydd yn y grid.</translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation>Lefelau pris</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Archebu</translation>
    </message>
    <message>
        <source>Finding free courts…</source>
        <translation>Chwilio am gyrtiau rhydd…</translation>
    </message>
    <message>
        <source>The courts could not be found: %1</source>
        <translation>Doedd dim modd dod o hyd i’r cyrtiau: %1</translation>
    </message>
    <message>
        <source>Booking for %1 %2 (%3)</source>
        <translation>Archebu i %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Choose a member on the Members page to book for them.</source>
        <translation>Dewiswch aelod ar y dudalen Aelodau i archebu iddo.</translation>
    </message>
    <message>
        <source>&amp;Book for %1</source>
        <translation>&amp;Archebu i %1</translation>
    </message>
    <message>
        <source>Choose a member on the Members page first</source>
        <translation>Dewiswch aelod ar y dudalen Aelodau yn gyntaf</translation>
    </message>
    <message>
        <source>Choose a free court in the grid</source>
        <translation>Dewiswch gwrt rhydd yn y grid</translation>
    </message>
    <message>
        <source>No courts are free near the centre for this activity on this day. Try another day or activity.</source>
        <translation>Does dim cyrtiau’n rhydd ger y ganolfan ar gyfer y gweithgaredd hwn ar y diwrnod hwn. Rhowch gynnig ar ddiwrnod neu weithgaredd arall.</translation>
    </message>
    <message>
        <source>No courts are free for the rest of today. Showing %1, the next day with free courts.</source>
        <translation>Does dim cyrtiau’n rhydd am weddill heddiw. Yn dangos %1, y diwrnod nesaf â chyrtiau rhydd.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>tomorrow (%1)</source>
        <translation>yfory (%1)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1 has byte 0x%2, which Windows-1252 does not define</source>
        <translation>mae gan linell %1 y beit 0x%2, nad yw Windows-1252 yn ei ddiffinio</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>llinell %1: dydy maes mewn dyfynodau byth yn cau</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>ActiveDesk cannot create its data folder %1.</source>
        <translation>Dydy ActiveDesk ddim yn gallu creu ei ffolder data %1.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Doedd dim modd cychwyn y blwch tywod adeiledig: %1</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This member was deleted (perhaps at another desk), so the change was not saved.</source>
        <translation>Cafodd yr aelod hwn ei ddileu (wrth ddesg arall efallai), felly ni chadwyd y newid.</translation>
    </message>
    <message>
        <source>This member keeps changing at another desk. Try again in a moment.</source>
        <translation>Mae'r aelod hwn yn dal i newid wrth ddesg arall. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Joining is not possible on this kiosk right now. Please ask at reception.</source>
        <translation>Does dim modd ymuno ar y ciosg hwn ar hyn o bryd. Gofynnwch yn y dderbynfa.</translation>
    </message>
    <message>
        <source>Your membership could not be set up. Please try again, or ask at reception.</source>
        <translation>Doedd dim modd sefydlu eich aelodaeth. Rhowch gynnig arall arni, neu gofynnwch yn y dderbynfa.</translation>
    </message>
</context>
<context>
    <name>FacilityBrowser</name>
    <message numerus="yes">
        <source>%n court(s) free</source>
        <translation>
            <numerusform>%n cwrt yn rhydd</numerusform>
            <numerusform>%n cwrt yn rhydd</numerusform>
            <numerusform>%n cwrt yn rhydd</numerusform>
            <numerusform>%n cwrt yn rhydd</numerusform>
            <numerusform>%n cwrt yn rhydd</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 o %2 yn rhydd</translation>
    </message>
</context>
<context>
    <name>FacilityGridModel</name>
    <message numerus="yes">
        <source>%1 · %n court(s) free</source>
        <translation>
            <numerusform>%1 · %n cwrt yn rhydd</numerusform>
            <numerusform>%1 · %n cwrt yn rhydd</numerusform>
            <numerusform>%1 · %n cwrt yn rhydd</numerusform>
            <numerusform>%1 · %n cwrt yn rhydd</numerusform>
            <numerusform>%1 · %n cwrt yn rhydd</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · %2 yn rhydd</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>None free</source>
        <translation>Dim un yn rhydd</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 free</source>
        <translation>%1 · %2 o %3 yn rhydd</translation>
    </message>
    <message>
        <source>%1 · free</source>
        <translation>%1 · yn rhydd</translation>
    </message>
    <message>
        <source>%1, %2:00: no court free, cannot be booked</source>
        <translation>%1, %2:00: dim cwrt yn rhydd, ni ellir archebu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to ActiveDesk</source>
        <translation>Croeso i ActiveDesk</translation>
    </message>
    <message>
        <source>Create the first administrator. Administrators connect the site to imin and manage staff.</source>
        <translation>Crëwch y gweinyddwr cyntaf. Mae gweinyddwyr yn cysylltu'r safle ag imin ac yn rheoli staff.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;PIN (4 i 8 digid)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;eto</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Creu gweinyddwr</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Rhowch enw defnyddiwr.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mae PIN rhwng 4 ac 8 digid.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Dydy'r ddau PIN ddim yr un fath.</translation>
    </message>
</context>
<context>
    <name>KioskBookingsPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Doedd dim modd darllen yr archeb: %1</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Fy archebion</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>I ddod</translation>
    </message>
    <message>
        <source>Nothing booked yet.</source>
        <translation>Dim wedi'i archebu eto.</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Canslo'r archeb hon</translation>
    </message>
    <message>
        <source>Past orders</source>
        <translation>Archebion blaenorol</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Dim archebion eto.</translation>
    </message>
    <message>
        <source>Choose a booking or an order to see it here.</source>
        <translation>Dewiswch archeb sydd i ddod neu archeb flaenorol i’w gweld yma.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Canslo'r archeb</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Cadw'r archeb</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>By joining you agree that the centre keeps your name, contact details and date of birth to run your membership and your bookings, and shares them with imin, the booking platform, to take your bookings and payments. You can see and change your details here or at reception, and ask reception to delete your membership at any time. Bookings follow the centre's booking and cancellation rules, shown at reception.</source>
        <translation>Drwy ymuno rydych chi'n cytuno bod y ganolfan yn cadw eich enw, eich manylion cyswllt a'ch dyddiad geni i redeg eich aelodaeth a'ch archebion, ac yn eu rhannu ag imin, y platfform archebu, i gymryd eich archebion a'ch taliadau. Gallwch weld a newid eich manylion yma neu yn y dderbynfa, a gofyn i'r dderbynfa ddileu eich aelodaeth unrhyw bryd. Mae archebion yn dilyn rheolau archebu a chanslo'r ganolfan, sydd i'w gweld yn y dderbynfa.</translation>
    </message>
</context>
<context>
    <name>KioskMemberArea</name>
    <message>
        <source>That is your card, %1: you are logged in already.</source>
        <translation>Dyna eich cerdyn chi, %1: rydych wedi mewngofnodi&apos;n barod.</translation>
    </message>
    <message>
        <source>A card was scanned. %1 is using this kiosk: tap Log out first, then scan the card again.</source>
        <translation>Sganiwyd cerdyn. Mae %1 yn defnyddio&apos;r ciosg hwn: tapiwch Allgofnodi yn gyntaf, yna sganiwch y cerdyn eto.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Helo, %1</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Archebu</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Fy archebion</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Fy manylion</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Cyrtiau</translation>
    </message>
</context>
<context>
    <name>KioskProfilePage</name>
    <message>
        <source>My details</source>
        <translation>Fy manylion</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Cyfeiriad stryd</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Emergency contact's phone</source>
        <translation>Ffôn y cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Cadw fy manylion</translation>
    </message>
    <message>
        <source>Membership number %1</source>
        <translation>Rhif aelodaeth %1</translation>
    </message>
    <message>
        <source>Check the details marked in red.</source>
        <translation>Gwiriwch y manylion sydd wedi'u marcio mewn coch.</translation>
    </message>
    <message>
        <source>Saved. Your new details are on their way to the booking system.</source>
        <translation>Wedi'i gadw. Mae eich manylion newydd ar eu ffordd i'r system archebu.</translation>
    </message>
    <message>
        <source>Saved, together with a change reception made just now (%1).</source>
        <translation>Wedi'i gadw, ynghyd â newid a wnaeth y dderbynfa gynnau (%1).</translation>
    </message>
    <message>
        <source>Your details could not be saved. Please ask at reception.</source>
        <translation>Doedd dim modd cadw eich manylion. Gofynnwch yn y dderbynfa.</translation>
    </message>
    <message>
        <source>Reception changed this to “%1” just now. Save again to keep yours.</source>
        <translation>Newidiodd y dderbynfa hyn i “%1” gynnau. Cadwch eto i gadw eich un chi.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Not saved yet: reception changed your details while you were editing.</source>
        <translation>Heb ei gadw eto: newidiodd y dderbynfa eich manylion tra oeddech chi'n golygu.</translation>
    </message>
</context>
<context>
    <name>KioskSessionsPage</name>
    <message>
        <source>Book a session</source>
        <translation>Archebu sesiwn</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Adeg o'r dydd</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Choose a session to see its dates and prices.</source>
        <translation>Dewiswch sesiwn i weld ei dyddiadau a'i phrisiau.</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dyddiadau ac amseroedd</translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation>Lefelau pris</translation>
    </message>
    <message>
        <source>Book and pay</source>
        <translation>Archebu a thalu</translation>
    </message>
    <message>
        <source>1. Choose a date</source>
        <translation>1. Dewiswch ddyddiad</translation>
    </message>
    <message>
        <source>2. Choose a price</source>
        <translation>2. Dewiswch bris</translation>
    </message>
    <message>
        <source>Finding sessions…</source>
        <translation>Yn chwilio am sesiynau…</translation>
    </message>
    <message>
        <source>Stopped looking. Try again when you are ready.</source>
        <translation>Wedi rhoi'r gorau i chwilio. Rhowch gynnig arall arni pan fyddwch chi'n barod.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions match. Try another day, time or activity.</source>
        <translation>Does dim sesiynau'n cyfateb. Rhowch gynnig ar ddiwrnod, amser neu weithgaredd arall.</translation>
    </message>
    <message>
        <source>Loading dates and prices…</source>
        <translation>Yn llwytho dyddiadau a phrisiau…</translation>
    </message>
    <message>
        <source>Stopped loading this session. Try again when you are ready.</source>
        <translation>Wedi rhoi'r gorau i lwytho'r sesiwn hon. Rhowch gynnig arall arni pan fyddwch chi'n barod.</translation>
    </message>
    <message>
        <source>The date you chose is now full. Choose another date.</source>
        <translation>Mae'r dyddiad a ddewisoch bellach yn llawn. Dewiswch ddyddiad arall.</translation>
    </message>
    <message>
        <source>Only sessions for my age (%1)</source>
        <translation>Dim ond sesiynau i'm hoed i (%1)</translation>
    </message>
    <message>
        <source>No prices are listed for this date. Please ask at reception.</source>
        <translation>Does dim prisiau wedi'u rhestru ar gyfer y dyddiad hwn. Gofynnwch yn y dderbynfa.</translation>
    </message>
    <message>
        <source>Choose a date to see its prices.</source>
        <translation>Dewiswch ddyddiad i weld ei brisiau.</translation>
    </message>
    <message>
        <source>Book and pay %1</source>
        <translation>Archebu a thalu %1</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>Beth i'w ddangos</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>%1 — kiosk</source>
        <translation>%1 — ciosg</translation>
    </message>
    <message>
        <source>Sandbox — no real bookings</source>
        <translation>Blwch tywod — dim archebion go iawn</translation>
    </message>
    <message>
        <source>⌨ Keyboard</source>
        <translation>⌨ Bysellfwrdd</translation>
    </message>
    <message>
        <source>Show the on-screen keyboard</source>
        <translation>Dangos y bysellfwrdd ar y sgrin</translation>
    </message>
    <message>
        <source>Booking is not available on this screen right now. Please ask at reception.</source>
        <translation>Does dim modd archebu ar y sgrin hon ar hyn o bryd. Gofynnwch yn y dderbynfa.</translation>
    </message>
    <message>
        <source>Only an administrator can leave kiosk mode.</source>
        <translation>Dim ond gweinyddwr sy'n gallu gadael modd ciosg.</translation>
    </message>
</context>
<context>
    <name>LogInScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Yn ôl</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Rhif aelodaeth</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Now your PIN.</source>
        <translation>Nawr eich PIN.</translation>
    </message>
    <message>
        <source>Type your membership number, or scan your card.</source>
        <translation>Teipiwch eich rhif aelodaeth, neu sganiwch eich cerdyn.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Type your membership number first.</source>
        <translation>Teipiwch eich rhif aelodaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Teipiwch eich PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Staff log in</source>
        <translation>Mewngofnodi staff</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>You chose another section.</source>
        <translation>Dewisoch chi adran arall.</translation>
    </message>
    <message>
        <source>A card was scanned (%1).</source>
        <translation>Sganiwyd cerdyn (%1).</translation>
    </message>
    <message>
        <source>Member in hand: %1</source>
        <translation>Aelod dan sylw: %1</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>oed heb ei gofnodi</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>oed %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>cerdyn %1</translation>
    </message>
    <message>
        <source>No member in hand: find one on Members (Ctrl+F) or scan their card.</source>
        <translation>Dim aelod wedi'i ddewis: dewch o hyd i un ar Aelodau (Ctrl+F) neu sganiwch eu cerdyn.</translation>
    </message>
    <message>
        <source>You closed the member.</source>
        <translation>Caeoch chi'r aelod.</translation>
    </message>
    <message>
        <source>You opened %1.</source>
        <translation>Agoroch chi %1.</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>yr aelod hwn</translation>
    </message>
    <message>
        <source>Stay in the checkout</source>
        <translation>Aros ar y dudalen dalu</translation>
    </message>
    <message>
        <source>Leave the checkout</source>
        <translation>Gadael y dudalen dalu</translation>
    </message>
    <message>
        <source>%1

The checkout for %2 is still open. Nothing is booked until imin's page confirms it.</source>
        <translation>%1

Mae'r dudalen dalu ar gyfer %2 yn dal ar agor. Does dim wedi'i archebu nes i dudalen imin ei gadarnhau.</translation>
    </message>
    <message>
        <source>Leave the checkout?</source>
        <translation>Gadael y dudalen dalu?</translation>
    </message>
    <message>
        <source>ActiveDesk</source>
        <translation>ActiveDesk</translation>
    </message>
    <message>
        <source>Sandbox — no real bookings</source>
        <translation>Blwch tywod — dim archebion go iawn</translation>
    </message>
    <message>
        <source>Sandbox mode: no real bookings are made</source>
        <translation>Modd blwch tywod: does dim archebion go iawn yn cael eu gwneud</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>A&amp;elodau</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiynau</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>Arche&amp;bion</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>&amp;Courts</source>
        <translation>&amp;Cyrtiau</translation>
    </message>
</context>
<context>
    <name>MasterDetail</name>
    <message>
        <source>Resize the list and the detail</source>
        <translation>Newid maint y rhestr a'r manylion</translation>
    </message>
</context>
<context>
    <name>MemberBookings</name>
    <message>
        <source>Stopped waiting for imin. Try again when you are ready.</source>
        <translation>Wedi rhoi'r gorau i aros am imin. Rhowch gynnig arall arni pan fyddwch chi'n barod.</translation>
    </message>
    <message>
        <source>%1 is not in imin yet, so there are no bookings to show.</source>
        <translation>Dydy %1 ddim yn imin eto, felly does dim archebion i'w dangos.</translation>
    </message>
    <message>
        <source>Reading bookings from imin…</source>
        <translation>Yn darllen archebion o imin…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Archeb %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Gosodwyd %1</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>Gwerthwyd gan %1</translation>
    </message>
    <message>
        <source>Total paid %1</source>
        <translation>Cyfanswm a dalwyd %1</translation>
    </message>
    <message>
        <source>Refund for cancelled bookings: %1, to the card used to pay.</source>
        <translation>Ad-daliad am archebion a ganslwyd: %1, i'r cerdyn a ddefnyddiwyd i dalu.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was paid, so there is nothing to refund.</source>
        <translation>Wedi'i chanslo; ni thalwyd dim, felly does dim i'w ad-dalu.</translation>
    </message>
    <message>
        <source>Cancel %1 on %2?

The payment goes back to the card you paid with, and you get an email at %3.</source>
        <translation>Canslo %1 ar %2?

Mae'r taliad yn mynd yn ôl i'r cerdyn y talwyd ag ef, a byddwch yn cael e-bost yn %3.</translation>
    </message>
    <message>
        <source>Cancel %1 on %2 for %3?

imin refunds the payment to the card used, and emails %4.</source>
        <translation>Canslo %1 ar %2 i %3?

Mae imin yn ad-dalu'r taliad i'r cerdyn a ddefnyddiwyd, ac yn anfon e-bost at %4.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Cancelled. imin will refund the payment and email %1.</source>
        <translation>Wedi'i chanslo. Bydd imin yn ad-dalu'r taliad ac yn anfon e-bost at %1.</translation>
    </message>
    <message>
        <source>imin accepted the cancellation but has not confirmed it yet. Check again in a few minutes.</source>
        <translation>Derbyniodd imin y canslo ond dydy e ddim wedi'i gadarnhau eto. Gwiriwch eto ymhen ychydig funudau.</translation>
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Ysgrifennwch y dyddiad fel BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>possible duplicate of %1 (member %2): %3; not imported (use --allow-duplicates to create it anyway)</source>
        <translation>dyblyg posibl o %1 (aelod %2): %3; heb ei fewnforio (defnyddiwch --allow-duplicates i'w greu beth bynnag)</translation>
    </message>
    <message>
        <source>The file cannot be read as text: %1.</source>
        <translation>Does dim modd darllen y ffeil fel testun: %1.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: %1</source>
        <translation>Dydy'r ffeil ddim yn CSV dilys: %1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with givenName,familyName,email.</source>
        <translation>Mae'r ffeil yn wag: mae angen rhes pennawd gyda givenName,familyName,email.</translation>
    </message>
    <message>
        <source>The header names the column "%1" twice (columns %2 and %3).</source>
        <translation>Mae'r pennawd yn enwi'r golofn "%1" ddwywaith (colofnau %2 a %3).</translation>
    </message>
    <message>
        <source>The header row lacks the required column(s) %1.</source>
        <translation>Mae'r rhes pennawd heb y golofn neu'r colofnau gofynnol %1.</translation>
    </message>
    <message>
        <source>unknown column "%1" ignored</source>
        <translation>anwybyddwyd y golofn anhysbys "%1"</translation>
    </message>
    <message>
        <source>Write the date of birth as YYYY-MM-DD.</source>
        <translation>Ysgrifennwch y dyddiad geni fel BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>Write the gender as Female, Male, F or M, or leave it blank.</source>
        <translation>Ysgrifennwch y rhywedd fel Female, Male, F neu M, neu gadewch yn wag.</translation>
    </message>
    <message>
        <source>It has %1 fields; the header has %2.</source>
        <translation>Mae ganddi %1 maes; mae gan y pennawd %2.</translation>
    </message>
    <message>
        <source>membership number %1 belongs to a deleted member</source>
        <translation>mae rhif aelodaeth %1 yn perthyn i aelod sydd wedi'i ddileu</translation>
    </message>
    <message>
        <source>the email %1 belongs to member %2, not %3</source>
        <translation>mae'r e-bost %1 yn perthyn i aelod %2, nid %3</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Change this member&apos;s details (Ctrl+E)</source>
        <translation>Newid manylion yr aelod hwn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Dal ati i olygu</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Canslo newidiadau</translation>
    </message>
    <message>
        <source>Throw away your changes to %1?</source>
        <translation>Taflu eich newidiadau i %1?</translation>
    </message>
    <message>
        <source>Merged: card %1 now opens %2. Changes are sent to imin in the background.</source>
        <translation>Wedi uno: mae cerdyn %1 bellach yn agor %2. Anfonir newidiadau at imin yn y cefndir.</translation>
    </message>
    <message>
        <source>Merge another record of the same person into this one.</source>
        <translation>Uno cofnod arall o&apos;r un person â&apos;r un hwn.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Uno…</translation>
    </message>
    <message>
        <source>Card %1 was merged into %2 (card %3).</source>
        <translation>Unwyd cerdyn %1 â %2 (cerdyn %3).</translation>
    </message>
    <message>
        <source>Save or undo your changes to %1 before merging.</source>
        <translation>Cadwch neu dadwneud eich newidiadau i %1 cyn uno.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, like 31/03/2027.</source>
        <translation>Ysgrifennwch y dyddiad fel DD/MM/BBBB, er enghraifft 31/03/2027.</translation>
    </message>
    <message>
        <source>Tick when you have seen proof (a bus pass, student card, benefit letter).</source>
        <translation>Ticiwch pan fyddwch wedi gweld prawf (pas bws, cerdyn myfyriwr, llythyr budd-dal).</translation>
    </message>
    <message>
        <source>Last seen %1, over a year ago: tick when you have seen it again.</source>
        <translation>Gwelwyd ddiwethaf %1, dros flwyddyn yn ôl: ticiwch pan fyddwch wedi&apos;i weld eto.</translation>
    </message>
    <message>
        <source>Seen %1; good until %2.</source>
        <translation>Gwelwyd %1; yn dda tan %2.</translation>
    </message>
    <message>
        <source>Concession proof</source>
        <translation>Prawf consesiwn</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation>Prawf wedi&apos;i weld</translation>
    </message>
    <message>
        <source>Concess&amp;ion (blank: none)</source>
        <translation>&amp;Consesiwn (gwag: dim)</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Anabledd</translation>
    </message>
    <message>
        <source>Receiving benefits</source>
        <translation>Yn derbyn budd-daliadau</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Myfyriwr</translation>
    </message>
    <message>
        <source>Over 60</source>
        <translation>Dros 60</translation>
    </message>
    <message>
        <source>V&amp;alid until (DD/MM/YYYY, blank: no end)</source>
        <translation>Dilys &amp;tan (DD/MM/BBBB, gwag: dim diwedd)</translation>
    </message>
    <message>
        <source>&amp;Valid from (DD/MM/YYYY)</source>
        <translation>Dilys &amp;o (DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>Membe&amp;rship (blank: none)</source>
        <translation>&amp;Aelodaeth (gwag: dim)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Tu allan i oriau brig</translation>
    </message>
    <message>
        <source>Swim and gym</source>
        <translation>Nofio a champfa</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Llawn</translation>
    </message>
    <message>
        <source>Membership and concession</source>
        <translation>Aelodaeth a chonsesiwn</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Creu beth bynnag</translation>
    </message>
    <message>
        <source>Possible duplicate:
%1

Open the member already here, or create a new member anyway?</source>
        <translation>Dyblyg posibl:
%1

Agor yr aelod sydd yma eisoes, neu greu aelod newydd beth bynnag?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Dyblyg posibl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Agor %1</translation>
    </message>
    <message>
        <source>Book a co&amp;urt</source>
        <translation>Archebu c&amp;wrt</translation>
    </message>
    <message>
        <source>Re&amp;try sending</source>
        <translation>&amp;Ailgynnig anfon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Boo&amp;k a session</source>
        <translation>Archebu se&amp;siwn</translation>
    </message>
    <message>
        <source>B&amp;ookings</source>
        <translation>Arche&amp;bion</translation>
    </message>
    <message>
        <source>&amp;Delete member…</source>
        <translation>&amp;Dileu aelod…</translation>
    </message>
    <message>
        <source>Set kiosk PIN…</source>
        <translation>Gosod PIN ciosg…</translation>
    </message>
    <message>
        <source>New kiosk PIN (4 to 8 digits)</source>
        <translation>PIN ciosg newydd (4 i 8 digid)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Cadw'r PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1 logs in at the kiosk with membership number %2 and this PIN. Let them type it, or tell it to them privately.</source>
        <translation>Mae %1 yn mewngofnodi wrth y ciosg gyda rhif aelodaeth %2 a'r PIN hwn. Gadewch iddyn nhw ei deipio, neu dywedwch wrthyn nhw'n breifat.</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>Dydy'r ddau PIN ddim yr un fath.</translation>
    </message>
    <message>
        <source>Saving the kiosk PIN…</source>
        <translation>Yn cadw'r PIN ciosg…</translation>
    </message>
    <message>
        <source>Kiosk PIN saved. %1 can log in at the kiosk now.</source>
        <translation>Mae'r PIN ciosg wedi'i gadw. Gall %1 fewngofnodi wrth y ciosg nawr.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>Date of &amp;birth (DD/MM/YYYY)</source>
        <translation>Dyddiad &amp;geni (DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Rhywedd</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>Cyfeiriad s&amp;tryd</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>C&amp;od post</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>Cyswllt mewn a&amp;rgyfwng</translation>
    </message>
    <message>
        <source>Emergency contact p&amp;hone</source>
        <translation>Ffôn y cyswllt mewn argyf&amp;wng</translation>
    </message>
    <message>
        <source>Membership &amp;number</source>
        <translation>Rhif a&amp;elodaeth</translation>
    </message>
    <message>
        <source>Under 13: a parent or guardian books for them.</source>
        <translation>O dan 13: mae rhiant neu warcheidwad yn archebu ar eu cyfer.</translation>
    </message>
    <message>
        <source>%1 was deleted at another desk. Your changes cannot be saved.</source>
        <translation>Cafodd %1 ei ddileu wrth ddesg arall. Does dim modd cadw eich newidiadau.</translation>
    </message>
    <message>
        <source>Someone at another desk changed %1 just now. When you save, ActiveDesk shows what they changed.</source>
        <translation>Newidiodd rhywun wrth ddesg arall %1 gynnau. Pan fyddwch yn cadw, bydd ActiveDesk yn dangos beth newidion nhw.</translation>
    </message>
    <message>
        <source>Updated with a change made at another desk just now.</source>
        <translation>Wedi'i ddiweddaru gyda newid a wnaed wrth ddesg arall gynnau.</translation>
    </message>
    <message>
        <source>Membership &amp;number (blank: next free one)</source>
        <translation>Rhif a&amp;elodaeth (gwag: yr un rhydd nesaf)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Aelod newydd</translation>
    </message>
    <message>
        <source>Reset kiosk PIN…</source>
        <translation>Ailosod PIN ciosg…</translation>
    </message>
    <message>
        <source>This member has a kiosk PIN.</source>
        <translation>Mae gan yr aelod hwn PIN ciosg.</translation>
    </message>
    <message>
        <source>This member has no kiosk PIN yet.</source>
        <translation>Does gan yr aelod hwn ddim PIN ciosg eto.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Aelod %1</translation>
    </message>
    <message>
        <source>  ·  imin %1</source>
        <translation>  ·  imin %1</translation>
    </message>
    <message>
        <source>Check the details marked in red.</source>
        <translation>Gwiriwch y manylion sydd wedi'u marcio mewn coch.</translation>
    </message>
    <message>
        <source>Saved. Changes are sent to imin in the background.</source>
        <translation>Wedi'i gadw. Mae newidiadau'n cael eu hanfon i imin yn y cefndir.</translation>
    </message>
    <message>
        <source>Saved, together with what another desk changed meanwhile (%1). Changes are sent to imin in the background.</source>
        <translation>Wedi'i gadw, ynghyd â'r hyn a newidiodd desg arall yn y cyfamser (%1). Mae newidiadau'n cael eu hanfon i imin yn y cefndir.</translation>
    </message>
    <message>
        <source>Someone at another desk changed %1 while you were editing.</source>
        <translation>Newidiodd rhywun wrth ddesg arall %1 tra oeddech chi'n golygu.</translation>
    </message>
    <message>
        <source>Their change to %1 is kept.</source>
        <translation>Mae eu newid i %1 yn cael ei gadw.</translation>
    </message>
    <message>
        <source>You both changed the fields below. Choose which to keep:</source>
        <translation>Newidioch chi'ch dau'r meysydd isod. Dewiswch pa un i'w gadw:</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Eich un chi: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Eu hun nhw: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Cadw gyda'r dewisiadau hyn</translation>
    </message>
    <message>
        <source>Take all of theirs</source>
        <translation>Cymryd eu holl newidiadau nhw</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message>
        <source>Not saved yet: choose what to keep below.</source>
        <translation>Heb ei gadw eto: dewiswch beth i'w gadw isod.</translation>
    </message>
    <message>
        <source>Checking %1's bookings…</source>
        <translation>Yn gwirio archebion %1…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Dileu aelod</translation>
    </message>
    <message>
        <source>ActiveDesk could not check whether %1 has upcoming bookings: %2</source>
        <translation>Doedd ActiveDesk ddim yn gallu gwirio a oes gan %1 archebion i ddod: %2</translation>
    </message>
    <message>
        <source>Delete without checking</source>
        <translation>Dileu heb wirio</translation>
    </message>
    <message>
        <source>Keep member</source>
        <translation>Cadw'r aelod</translation>
    </message>
    <message>
        <source>This erases their name, contact details, date of birth and address from ActiveDesk and asks imin to erase them too. Past bookings stay with imin under a placeholder name. This cannot be undone.</source>
        <translation>Mae hyn yn dileu eu henw, eu manylion cyswllt, eu dyddiad geni a'u cyfeiriad o ActiveDesk ac yn gofyn i imin eu dileu hefyd. Mae hen archebion yn aros gydag imin dan enw dros dro. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Delete %1?

%2</source>
        <translation>Dileu %1?

%2</translation>
    </message>
    <message>
        <source> (can no longer be cancelled)</source>
        <translation> (does dim modd ei chanslo bellach)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n upcoming booking(s):
%2

Deleting a member does not cancel bookings: they would stay booked under a placeholder name.

%3</source>
        <translation>
            <numerusform>Mae gan %1 %n archeb i ddod:
%2

Dydy dileu aelod ddim yn canslo archebion: bydden nhw'n aros wedi'u harchebu dan enw dros dro.

%3</numerusform>
            <numerusform>Mae gan %1 %n archeb i ddod:
%2

Dydy dileu aelod ddim yn canslo archebion: bydden nhw'n aros wedi'u harchebu dan enw dros dro.

%3</numerusform>
            <numerusform>Mae gan %1 %n archeb i ddod:
%2

Dydy dileu aelod ddim yn canslo archebion: bydden nhw'n aros wedi'u harchebu dan enw dros dro.

%3</numerusform>
            <numerusform>Mae gan %1 %n archeb i ddod:
%2

Dydy dileu aelod ddim yn canslo archebion: bydden nhw'n aros wedi'u harchebu dan enw dros dro.

%3</numerusform>
            <numerusform>Mae gan %1 %n archeb i ddod:
%2

Dydy dileu aelod ddim yn canslo archebion: bydden nhw'n aros wedi'u harchebu dan enw dros dro.

%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel bookings, then delete</source>
        <translation>Canslo archebion, yna dileu</translation>
    </message>
    <message>
        <source>Delete, keep bookings</source>
        <translation>Dileu, cadw archebion</translation>
    </message>
    <message>
        <source>Cancelling %1's bookings…</source>
        <translation>Yn canslo archebion %1…</translation>
    </message>
    <message>
        <source>Not every booking could be cancelled, so %1 was not deleted. %2</source>
        <translation>Doedd dim modd canslo pob archeb, felly ni chafodd %1 ei ddileu. %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Cafodd %1 ei ddileu.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>card %1</source>
        <translation>cerdyn %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>oed %1</translation>
    </message>
    <message>
        <source>Waiting for imin</source>
        <translation>Yn aros am imin</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Yn anfon</translation>
    </message>
    <message>
        <source>Not sent to imin</source>
        <translation>Heb ei anfon i imin</translation>
    </message>
    <message>
        <source>%1, member %2</source>
        <translation>%1, aelod %2</translation>
    </message>
</context>
<context>
    <name>MemberMerge</name>
    <message>
        <source>Concession proof seen</source>
        <translation>Prawf consesiwn wedi&apos;i weld</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Consesiwn</translation>
    </message>
    <message>
        <source>Membership valid until</source>
        <translation>Aelodaeth yn ddilys tan</translation>
    </message>
    <message>
        <source>Membership valid from</source>
        <translation>Aelodaeth yn ddilys o</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Aelodaeth</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Cyfeiriad stryd</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Ffôn y cyswllt mewn argyfwng</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>The members could not be merged. Try again.</source>
        <translation>Nid oedd modd uno&apos;r aelodau. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile. Look again before merging.</source>
        <translation>Newidiodd rhywun arall %1 yn y cyfamser. Edrychwch eto cyn uno.</translation>
    </message>
    <message>
        <source>%1 was deleted (perhaps at another desk), so nothing was merged.</source>
        <translation>Cafodd %1 ei ddileu (efallai wrth ddesg arall), felly ni unwyd dim.</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves.</source>
        <translation>Ni ellir uno aelod â&apos;i hun.</translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation>yr un rhif ffôn</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>yr un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>same email and date of birth</source>
        <translation>yr un e-bost a dyddiad geni</translation>
    </message>
    <message>
        <source>Membership number %1 is already in use.</source>
        <translation>Mae rhif aelodaeth %1 eisoes yn cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Can't upgrade the member database to version %1: %2</source>
        <translation>Methu uwchraddio cronfa ddata'r aelodau i fersiwn %1: %2</translation>
    </message>
    <message>
        <source>Can't record the database upgrade.</source>
        <translation>Methu cofnodi uwchraddiad y gronfa ddata.</translation>
    </message>
    <message>
        <source>The member database is busy. Try again.</source>
        <translation>Mae cronfa ddata'r aelodau'n brysur. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>Doedd dim modd cadw'r aelod: %1</translation>
    </message>
    <message>
        <source>The member could not be saved. Try again.</source>
        <translation>Doedd dim modd cadw'r aelod. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The member database could not be reached. Try again in a moment.</source>
        <translation>Doedd dim modd cyrraedd cronfa ddata'r aelodau. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>This member was deleted (perhaps at another desk), so the change was not saved.</source>
        <translation>Cafodd yr aelod hwn ei ddileu (wrth ddesg arall efallai), felly ni chadwyd y newid.</translation>
    </message>
    <message>
        <source>Someone else changed this member meanwhile.</source>
        <translation>Newidiodd rhywun arall yr aelod hwn yn y cyfamser.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Doedd dim modd cadw'r newid: %1</translation>
    </message>
    <message>
        <source>The change could not be saved. Try again.</source>
        <translation>Doedd dim modd cadw'r newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Dydy'r aelod hwn ddim yn bodoli bellach.</translation>
    </message>
    <message>
        <source>The member could not be deleted. Try again.</source>
        <translation>Doedd dim modd dileu'r aelod. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Check the member's details and save again, or press Retry.</source>
        <translation>Gwiriwch fanylion yr aelod a chadwch eto, neu pwyswch Ailgynnig.</translation>
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation>Mae'r enw defnyddiwr %1 wedi'i gymryd.</translation>
    </message>
    <message>
        <source>The staff account could not be saved.</source>
        <translation>Doedd dim modd cadw'r cyfrif staff.</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>Proof cannot be seen on a day still to come.</source>
        <translation>Ni ellir gweld prawf ar ddiwrnod sydd eto i ddod.</translation>
    </message>
    <message>
        <source>Choose the concession the proof was for.</source>
        <translation>Dewiswch y consesiwn yr oedd y prawf ar ei gyfer.</translation>
    </message>
    <message>
        <source>The membership must end on or after the day it starts.</source>
        <translation>Rhaid i&apos;r aelodaeth ddod i ben ar y diwrnod y mae&apos;n dechrau neu ar ôl hynny.</translation>
    </message>
    <message>
        <source>Choose the membership these dates are for, or clear the dates.</source>
        <translation>Dewiswch yr aelodaeth y mae&apos;r dyddiadau hyn ar ei chyfer, neu cliriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>Mae hyn yn rhy hir: %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Remove the control character (such as a tab or line break) from this.</source>
        <translation>Tynnwch y nod rheoli (fel tab neu doriad llinell) o hwn.</translation>
    </message>
    <message>
        <source>Write the date of birth as DD/MM/YYYY, like 24/05/1990.</source>
        <translation>Ysgrifennwch y dyddiad geni fel DD/MM/BBBB, fel 24/05/1990.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Rhowch yr enw cyntaf.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Rhowch y cyfenw.</translation>
    </message>
    <message>
        <source>Enter an email address: imin sends booking confirmations there.</source>
        <translation>Rhowch gyfeiriad e-bost: mae imin yn anfon cadarnhad archebion yno.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Rhowch gyfeiriad e-bost fel enw@example.com.</translation>
    </message>
    <message>
        <source>Enter a UK phone number, like 01865 123456 or 07700 900123.</source>
        <translation>Rhowch rif ffôn yn y DU, fel 01865 123456 neu 07700 900123.</translation>
    </message>
    <message>
        <source>Enter a UK phone number for the emergency contact.</source>
        <translation>Rhowch rif ffôn yn y DU ar gyfer y cyswllt mewn argyfwng.</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation>Rhaid i'r dyddiad geni fod yn y gorffennol.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>Gwiriwch y flwyddyn geni.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave it blank.</source>
        <translation>Dewiswch benyw, gwryw, neu gadewch yn wag.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Type to find a member. In the sandbox every member is made up, for practice.</source>
        <translation>Teipiwch i ddod o hyd i aelod. Yn y blwch tywod mae pob aelod wedi'i greu, i ymarfer.</translation>
    </message>
    <message>
        <source>No member has card %1. Check the card, or create a new member.</source>
        <translation>Does gan neb gerdyn %1. Gwiriwch y cerdyn, neu crëwch aelod newydd.</translation>
    </message>
    <message>
        <source>Name, email, phone or number</source>
        <translation>Enw, e-bost, ffôn neu rif</translation>
    </message>
    <message>
        <source>Type a name, email, phone or membership number, or scan a membership card.</source>
        <translation>Teipiwch enw, e-bost, ffôn neu rif aelodaeth, neu sganiwch gerdyn aelodaeth.</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Dod o hyd i aelod</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>Aelod &amp;newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Aelodau a ganfuwyd</translation>
    </message>
    <message>
        <source>Type to find a member.</source>
        <translation>Teipiwch i ddod o hyd i aelod.</translation>
    </message>
    <message>
        <source>No member matches “%1”. Check the spelling, or create a new member.</source>
        <translation>Does dim aelod yn cyfateb i “%1”. Gwiriwch y sillafu, neu crëwch aelod newydd.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Number pad</source>
        <translation>Pad rhifau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <source>Not bookable here</source>
        <translation>Dim modd archebu yma</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ddim ar gael</translation>
    </message>
    <message>
        <source>This date cannot be booked.</source>
        <translation>Does dim modd archebu'r dyddiad hwn.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Heb agor eto</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Ages %1 and under</source>
        <translation>Oed %1 ac iau</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>Oed %1 i %2</translation>
    </message>
    <message>
        <source>Ages %1 and over</source>
        <translation>Oed %1 a hŷn</translation>
    </message>
    <message>
        <source>Price on booking</source>
        <translation>Pris wrth archebu</translation>
    </message>
    <message>
        <source>Not for your age</source>
        <translation>Ddim ar gyfer eich oed chi</translation>
    </message>
    <message>
        <source>Not for you: %1</source>
        <translation>Ddim ar eich cyfer chi: %1</translation>
    </message>
    <message>
        <source>Not for this member's age</source>
        <translation>Ddim ar gyfer oed yr aelod hwn</translation>
    </message>
    <message>
        <source>Not for this member: %1</source>
        <translation>Ddim ar gyfer yr aelod hwn: %1</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>aelodaeth</translation>
    </message>
    <message>
        <source>Members only. %1</source>
        <translation>Aelodau'n unig. %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Bysellfwrdd ar y sgrin</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Cysylltnod</translation>
    </message>
    <message>
        <source>Slash</source>
        <translation>Slaes</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Colon</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Hanner colon</translation>
    </message>
    <message>
        <source>Open bracket</source>
        <translation>Agor cromfach</translation>
    </message>
    <message>
        <source>Close bracket</source>
        <translation>Cau cromfach</translation>
    </message>
    <message>
        <source>Pound sign</source>
        <translation>Arwydd punt</translation>
    </message>
    <message>
        <source>Ampersand</source>
        <translation>Ampersand</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfynnod</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plws</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Atalnod llawn</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Question mark</source>
        <translation>Marc cwestiwn</translation>
    </message>
    <message>
        <source>Exclamation mark</source>
        <translation>Ebychnod</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Collnod</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Seren</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Hafal</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Tanlinell</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Arwydd @</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Next ⏎</source>
        <translation>Nesaf ⏎</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Digidau a symbolau</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythrennau</translation>
    </message>
    <message>
        <source>space</source>
        <translation>bwlch</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <source>Hide ⌄</source>
        <translation>Cuddio ⌄</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Cuddio'r bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>Order %1</source>
        <translation>Archeb %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Placed %1  ·  confirmation %2</source>
        <translation>Gosodwyd %1  ·  cadarnhad %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi'i chanslo</translation>
    </message>
    <message>
        <source>Part cancelled</source>
        <translation>Wedi'i chanslo'n rhannol</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Show the &amp;receipt</source>
        <translation>Dangos y &amp;dderbynneb</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Yn llwytho'r archeb…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Derbynneb %1</translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mae PIN rhwng 4 ac 8 digid.</translation>
    </message>
    <message>
        <source>Choose a PIN that is harder to guess than 1111 or 1234.</source>
        <translation>Dewiswch PIN sy'n anoddach ei ddyfalu na 1111 neu 1234.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Can't open the PostgreSQL database %1: %2</source>
        <translation>Methu agor cronfa ddata PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>Can't create the data folder %1.</source>
        <translation>Methu creu'r ffolder data %1.</translation>
    </message>
    <message>
        <source>Can't open the member database %1: %2</source>
        <translation>Methu agor cronfa ddata'r aelodau %1: %2</translation>
    </message>
    <message>
        <source>The member database %1 is damaged (%2). ActiveDesk has not changed it. Restore it from a backup, or ask your IT contact.</source>
        <translation>Mae cronfa ddata'r aelodau %1 wedi'i difrodi (%2). Dydy ActiveDesk ddim wedi'i newid. Adferwch hi o gopi wrth gefn, neu gofynnwch i'ch cyswllt TG.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Argraffu'r dderbynneb…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Fetching the receipt from imin…</source>
        <translation>Yn nôl y dderbynneb o imin…</translation>
    </message>
    <message>
        <source>The receipt could not be shown: %1</source>
        <translation>Doedd dim modd dangos y dderbynneb: %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Argraffu'r dderbynneb</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Wedi'i chadw yn %1.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Cadw'r dderbynneb fel PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>imin sent something that is not a PDF receipt, so it is not shown. Try again later, or find the receipt in the e-mail imin sent the member.</source>
        <translation>Anfonodd imin rywbeth nad yw'n dderbynneb PDF, felly nid yw'n cael ei dangos. Rhowch gynnig arall arni wedyn, neu dewch o hyd i'r dderbynneb yn yr e-bost a anfonodd imin at yr aelod.</translation>
    </message>
    <message>
        <source>The receipt imin sent cannot be read (the PDF is damaged). Try again.</source>
        <translation>Does dim modd darllen y dderbynneb a anfonodd imin (mae'r PDF wedi'i difrodi). Rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Doedd dim modd cychwyn yr argraffydd. Gwnewch yn siŵr ei fod ymlaen a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Doedd dim modd cadw'r dderbynneb yn %1: %2</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No imin API key is set. An administrator can set one with `activedesk-admin set-api-key` or in Settings.</source>
        <translation>Does dim allwedd API imin wedi'i gosod. Gall gweinyddwr osod un gydag `activedesk-admin set-api-key` neu yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Set %2 instead.</source>
        <translation>Doedd dim modd darllen y gadwyn allweddi (%1). Gosodwch %2 yn lle hynny.</translation>
    </message>
    <message>
        <source>No keychain service could store the key (%1). On a machine without one, set the environment variable %2 for ActiveDesk instead.</source>
        <translation>Doedd dim gwasanaeth cadwyn allweddi'n gallu cadw'r allwedd (%1). Ar beiriant heb un, gosodwch y newidyn amgylchedd %2 ar gyfer ActiveDesk yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>SessionBrowser</name>
    <message>
        <source>ages %1–%2</source>
        <translation>oed %1–%2</translation>
    </message>
    <message>
        <source>ages %1+</source>
        <translation>oed %1+</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>yn cael ei rhedeg gan %1</translation>
    </message>
    <message>
        <source>Runs at %1 venues: %2. Choose a date to see where.</source>
        <translation>Yn rhedeg mewn %1 lleoliad: %2. Dewiswch ddyddiad i weld ble.</translation>
    </message>
    <message>
        <source>Choose a member first to book (Members page).</source>
        <translation>Dewiswch aelod yn gyntaf i archebu (tudalen Aelodau).</translation>
    </message>
    <message>
        <source>Choose a session.</source>
        <translation>Dewiswch sesiwn.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Dewiswch ddyddiad.</translation>
    </message>
    <message>
        <source>Loading price levels…</source>
        <translation>Yn llwytho lefelau pris…</translation>
    </message>
    <message>
        <source>imin lists no price levels for this date.</source>
        <translation>Dydy imin ddim yn rhestru lefelau pris ar gyfer y dyddiad hwn.</translation>
    </message>
    <message>
        <source>None of this date's price levels is for your age. Ask at reception.</source>
        <translation>Does dim un o lefelau pris y dyddiad hwn ar gyfer eich oed chi. Gofynnwch yn y dderbynfa.</translation>
    </message>
    <message>
        <source>Choose a price level.</source>
        <translation>Dewiswch lefel pris.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>Any day (next 14 days)</source>
        <translation>Unrhyw ddiwrnod (y 14 diwrnod nesaf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yfory</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw amser</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation>Bore (cyn 12:00)</translation>
    </message>
    <message>
        <source>Afternoon (12:00–17:00)</source>
        <translation>Prynhawn (12:00–17:00)</translation>
    </message>
    <message>
        <source>Evening (from 17:00)</source>
        <translation>Gyda'r nos (o 17:00)</translation>
    </message>
    <message>
        <source>Classes and courses</source>
        <translation>Dosbarthiadau a chyrsiau</translation>
    </message>
    <message>
        <source>Swims, gym and open sessions</source>
        <translation>Nofio, campfa a sesiynau agored</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message numerus="yes">
        <source>%Ln swim, gym and open session(s)</source>
        <translation>
            <numerusform>%Ln sesiwn nofio, campfa neu agored</numerusform>
            <numerusform>%Ln sesiwn nofio, campfa neu agored</numerusform>
            <numerusform>%Ln sesiwn nofio, campfa neu agored</numerusform>
            <numerusform>%Ln sesiwn nofio, campfa neu agored</numerusform>
            <numerusform>%Ln sesiwn nofio, campfa neu agored</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>With entitlement %1</source>
        <translation>Gyda hawl %1</translation>
    </message>
    <message>
        <source>With entitlement %1 (indicative)</source>
        <translation>Gyda hawl %1 (dangosol)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation>Oedolyn %1</translation>
    </message>
    <message>
        <source>Junior %1</source>
        <translation>Plentyn %1</translation>
    </message>
    <message>
        <source>Price on booking</source>
        <translation>Pris wrth archebu</translation>
    </message>
    <message>
        <source> (%1 km)</source>
        <translation> (%1 km)</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nesaf %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Llawn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
</context>
<context>
    <name>SessionTimetable</name>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Unrhyw oed</translation>
    </message>
    <message>
        <source>Soonest first</source>
        <translation>Y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Yr agosaf yn gyntaf</translation>
    </message>
    <message>
        <source>Cheapest first</source>
        <translation>Y rhataf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Gweithgaredd</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Amser</translation>
    </message>
    <message>
        <source>For a&amp;ge</source>
        <translation>Ar gyfer &amp;oed</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>T&amp;refnu</translation>
    </message>
    <message>
        <source>Sessions found</source>
        <translation>Sesiynau a ganfuwyd</translation>
    </message>
    <message>
        <source>1. Choose a &amp;date</source>
        <translation>1. Dewiswch dd&amp;yddiad</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dyddiadau ac amseroedd</translation>
    </message>
    <message>
        <source>2. Choose a &amp;price level</source>
        <translation>2. Dewiswch &amp;lefel pris</translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation>Lefelau pris</translation>
    </message>
    <message>
        <source>Choose a date to see its price levels.</source>
        <translation>Dewiswch ddyddiad i weld ei lefelau pris.</translation>
    </message>
    <message>
        <source>Looking for sessions…</source>
        <translation>Yn chwilio am sesiynau…</translation>
    </message>
    <message>
        <source>Stopped waiting for imin. Try again when you are ready.</source>
        <translation>Wedi rhoi'r gorau i aros am imin. Rhowch gynnig arall arni pan fyddwch chi'n barod.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
            <numerusform>%Ln sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions match. Try another day, time or activity.</source>
        <translation>Does dim sesiynau'n cyfateb. Rhowch gynnig ar ddiwrnod, amser neu weithgaredd arall.</translation>
    </message>
    <message>
        <source>Loading dates and prices…</source>
        <translation>Yn llwytho dyddiadau a phrisiau…</translation>
    </message>
    <message>
        <source>The date you chose is now full. Choose another date.</source>
        <translation>Mae'r dyddiad a ddewisoch bellach yn llawn. Dewiswch ddyddiad arall.</translation>
    </message>
    <message>
        <source>Stopped waiting for this session's dates. Try again when you are ready.</source>
        <translation>Wedi rhoi'r gorau i aros am ddyddiadau'r sesiwn hon. Rhowch gynnig arall arni pan fyddwch chi'n barod.</translation>
    </message>
    <message>
        <source>Booking for %1 (%2)</source>
        <translation>Archebu ar gyfer %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a member first to book (Members page, Ctrl+F).</source>
        <translation>Dewiswch aelod yn gyntaf i archebu (tudalen Aelodau, Ctrl+F).</translation>
    </message>
    <message>
        <source>imin lists no price levels for this date.</source>
        <translation>Dydy imin ddim yn rhestru lefelau pris ar gyfer y dyddiad hwn.</translation>
    </message>
    <message>
        <source>&amp;Book for %1</source>
        <translation>&amp;Archebu i %1</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Archebu</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Swims, gym and open sessions are listed soonest first.</source>
        <translation>Mae nofio, campfa a sesiynau agored wedi'u rhestru gyda'r cynharaf yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>ActiveDesk is using its built-in sandbox: no real bookings. Enter imin's addresses and your API key to connect to imin.</source>
        <translation>Mae ActiveDesk yn defnyddio ei flwch tywod adeiledig: dim archebion go iawn. Rhowch gyfeiriadau imin a'ch allwedd API i gysylltu ag imin.</translation>
    </message>
    <message>
        <source>imin &amp;booking address</source>
        <translation>Cyfeiriad archebu i&amp;min</translation>
    </message>
    <message>
        <source>imin &amp;search address</source>
        <translation>Cyfeiriad &amp;chwilio imin</translation>
    </message>
    <message>
        <source>&amp;Checkout address</source>
        <translation>Cyfeiriad &amp;talu</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Dim allwedd wedi'i chadw</translation>
    </message>
    <message>
        <source>A key is stored; type a new one to replace it</source>
        <translation>Mae allwedd wedi'i chadw; teipiwch un newydd i gymryd ei lle</translation>
    </message>
    <message>
        <source>imin &amp;API key (kept in the keychain)</source>
        <translation>&amp;Allwedd API imin (yn y gadwyn allweddi)</translation>
    </message>
    <message>
        <source>Broker &amp;identifier (optional)</source>
        <translation>&amp;Dynodydd brocer (dewisol)</translation>
    </message>
    <message>
        <source>Broker &amp;name on the checkout</source>
        <translation>&amp;Enw'r brocer ar y ddesg dalu</translation>
    </message>
    <message>
        <source>"&amp;Back" address</source>
        <translation>Cyfeiriad "&amp;Yn ôl"</translation>
    </message>
    <message>
        <source>"&amp;View my bookings" address</source>
        <translation>Cyfeiriad "&amp;Gweld fy archebion"</translation>
    </message>
    <message>
        <source> s</source>
        <translation> e</translation>
    </message>
    <message>
        <source>Site l&amp;ongitude</source>
        <translation>&amp;Hydred y safle</translation>
    </message>
    <message>
        <source>Search &amp;radius (km)</source>
        <translation>&amp;Radiws chwilio (km)</translation>
    </message>
    <message>
        <source>&amp;Time limit per action (retries included)</source>
        <translation>&amp;Terfyn amser fesul gweithred (gan gynnwys ailgynigion)</translation>
    </message>
    <message>
        <source>Members' kiosk</source>
        <translation>Ciosg yr aelodau</translation>
    </message>
    <message>
        <source>Centre name on the &amp;welcome screen</source>
        <translation>Enw'r ganolfan ar y sgrin &amp;groeso</translation>
    </message>
    <message>
        <source>Log a member out after (no touch)</source>
        <translation>Allgofnodi aelod ar ôl (dim cyffwrdd)</translation>
    </message>
    <message>
        <source>Leave the log-in screen after</source>
        <translation>Gadael y sgrin fewngofnodi ar ôl</translation>
    </message>
    <message>
        <source>Terms members accept when they join</source>
        <translation>Telerau y mae aelodau'n eu derbyn wrth ymuno</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Profi'r cysylltiad</translation>
    </message>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Rhowch y cyfeiriad, gan ddechrau gyda https://.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (or http:// for a test server).</source>
        <translation>Rhowch gyfeiriad gwe sy'n dechrau gyda https:// (neu http:// ar gyfer gweinydd prawf).</translation>
    </message>
    <message>
        <source>Enter the API key imin gave you.</source>
        <translation>Rhowch yr allwedd API a roddodd imin i chi.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Yn profi…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>imin</source>
        <translation>imin</translation>
    </message>
    <message>
        <source>Site l&amp;atitude</source>
        <translation>&amp;Lledred y safle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Test a c&amp;heckout (no payment)</source>
        <translation>Profi a&amp;rcheb (dim taliad)</translation>
    </message>
    <message>
        <source>Runs a checkout in imin's testing mode: no payment is taken and nothing is booked.</source>
        <translation>Yn rhedeg archeb ym modd profi imin: does dim taliad yn cael ei gymryd a does dim yn cael ei archebu.</translation>
    </message>
    <message>
        <source>Running a testing-mode checkout…</source>
        <translation>Yn rhedeg archeb modd profi…</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Yn ôl</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Ymuno</translation>
    </message>
    <message>
        <source>Tell us who you are. We send booking confirmations to your email.</source>
        <translation>Dywedwch wrthym pwy ydych chi. Rydyn ni'n anfon cadarnhad archebion i'ch e-bost.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Date of birth (DD/MM/YYYY)</source>
        <translation>Dyddiad geni (DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>Choose a PIN (4 to 8 digits)</source>
        <translation>Dewiswch PIN (4 i 8 digid)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <source>The centre's terms</source>
        <translation>Telerau'r ganolfan</translation>
    </message>
    <message>
        <source>I accept the centre's terms</source>
        <translation>Rwy'n derbyn telerau'r ganolfan</translation>
    </message>
    <message>
        <source>Join and log in</source>
        <translation>Ymuno a mewngofnodi</translation>
    </message>
    <message>
        <source>Enter your date of birth, like 24/05/1990.</source>
        <translation>Rhowch eich dyddiad geni, fel 24/05/1990.</translation>
    </message>
    <message>
        <source>Enter a phone number, so the centre can reach you.</source>
        <translation>Rhowch rif ffôn, fel bod y ganolfan yn gallu cysylltu â chi.</translation>
    </message>
    <message>
        <source>Under 13? Please ask at reception: a parent or guardian books for children.</source>
        <translation>O dan 13? Gofynnwch yn y dderbynfa: mae rhiant neu warcheidwad yn archebu ar gyfer plant.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Dydy'r ddau PIN ddim yr un fath. Teipiwch yr un PIN ddwywaith.</translation>
    </message>
    <message>
        <source>Tick the box to accept the centre's terms.</source>
        <translation>Ticiwch y blwch i dderbyn telerau'r ganolfan.</translation>
    </message>
    <message>
        <source>Setting up your membership…</source>
        <translation>Yn sefydlu eich aelodaeth…</translation>
    </message>
</context>
<context>
    <name>SignedUpScreen</name>
    <message>
        <source>Your membership number is</source>
        <translation>Eich rhif aelodaeth yw</translation>
    </message>
    <message>
        <source>Write it down: you log in with it and your PIN. Reception can also find it for you.</source>
        <translation>Ysgrifennwch ef i lawr: rydych chi'n mewngofnodi gydag ef a'ch PIN. Gall y dderbynfa ddod o hyd iddo i chi hefyd.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Croeso, %1!</translation>
    </message>
    <message>
        <source>Membership number %1</source>
        <translation>Rhif aelodaeth %1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>imin has the change, but the member database could not record it. It will be sent again.</source>
        <translation>Mae&apos;r newid gan imin, ond doedd cronfa ddata&apos;r aelodau ddim yn gallu ei gofnodi. Caiff ei anfon eto.</translation>
    </message>
    <message>
        <source>The member record is missing from the database.</source>
        <translation>Mae cofnod yr aelod ar goll o'r gronfa ddata.</translation>
    </message>
    <message>
        <source>imin no longer has this customer, so the change could not be sent.</source>
        <translation>Does gan imin mo'r cwsmer hwn bellach, felly doedd dim modd anfon y newid.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Free</source>
        <translation>Am ddim</translation>
    </message>
    <message>
        <source>Standard price</source>
        <translation>Pris safonol</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Llawn</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n lle ar ôl</numerusform>
            <numerusform>%n lle ar ôl</numerusform>
            <numerusform>%n lle ar ôl</numerusform>
            <numerusform>%n lle ar ôl</numerusform>
            <numerusform>%n lle ar ôl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingItemsModel</name>
    <message>
        <source>Booked</source>
        <translation>Wedi'i harchebu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi'i chanslo</translation>
    </message>
    <message>
        <source>Cancelled by the centre</source>
        <translation>Wedi'i chanslo gan y ganolfan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>This booking is %1.</source>
        <translation>Mae'r archeb hon %1.</translation>
    </message>
    <message>
        <source>It can no longer be cancelled: the centre allows cancelling only until shortly before it starts.</source>
        <translation>Does dim modd ei chanslo bellach: mae'r ganolfan yn caniatáu canslo dim ond tan ychydig cyn iddi ddechrau.</translation>
    </message>
    <message>
        <source>imin says this booking cannot be cancelled now.</source>
        <translation>Mae imin yn dweud nad oes modd canslo'r archeb hon nawr.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEWYDD</translation>
    </message>
    <message>
        <source>just booked</source>
        <translation>newydd ei harchebu</translation>
    </message>
    <message>
        <source>cannot be cancelled</source>
        <translation>dim modd ei chanslo</translation>
    </message>
</context>
<context>
    <name>WebLoader</name>
    <message>
        <source>The checkout cannot be shown on this computer: part of ActiveDesk is missing or damaged. Ask IT to reinstall ActiveDesk.</source>
        <translation>Ni ellir dangos y dudalen dalu ar y cyfrifiadur hwn: mae rhan o ActiveDesk ar goll neu wedi’i difrodi. Gofynnwch i’r adran TG ailosod ActiveDesk.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Book a class, see your bookings and keep your details up to date.</source>
        <translation>Archebwch ddosbarth, gwelwch eich archebion a chadwch eich manylion yn gyfredol.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>New here? Join</source>
        <translation>Newydd yma? Ymunwch</translation>
    </message>
    <message>
        <source>Your details are cleared from this screen when you log out, or after a short time without a touch.</source>
        <translation>Mae eich manylion yn cael eu clirio o'r sgrin hon pan fyddwch yn allgofnodi, neu ar ôl ychydig amser heb gyffyrddiad.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the embedded imin sandbox even if imin is configured.</source>
        <translation>Defnyddio blwch tywod imin y rhaglen hyd yn oed os yw imin wedi'i osod.</translation>
    </message>
    <message>
        <source>Folder for ActiveDesk's data.</source>
        <translation>Ffolder data ActiveDesk.</translation>
    </message>
    <message>
        <source>Settings file to use.</source>
        <translation>Ffeil gosodiadau i'w defnyddio.</translation>
    </message>
    <message>
        <source>The members' kiosk: full screen, members log in with their membership number and PIN. An administrator's PIN leaves it (hold the centre's name for 3 s, or Ctrl+Alt+Shift+X).</source>
        <translation>Ciosg yr aelodau: sgrin lawn, mae aelodau'n mewngofnodi gyda'u rhif aelodaeth a'u PIN. Mae PIN gweinyddwr yn ei adael (daliwch enw'r ganolfan am 3 e, neu Ctrl+Alt+Shift+X).</translation>
    </message>
    <message>
        <source>ActiveDesk: bookings for leisure centres on the imin Booking Platform.</source>
        <translation>ActiveDesk: archebion ar gyfer canolfannau hamdden ar Blatfform Archebu imin.</translation>
    </message>
    <message>
        <source>ActiveDesk cannot start</source>
        <translation>Dydy ActiveDesk ddim yn gallu cychwyn</translation>
    </message>
</context>
<context>
    <name>Restrictions</name>
    <message>
        <source>Concession price: %1 has no concession with proof seen on record.</source>
        <translation>Pris consesiwn: does gan %1 ddim consesiwn gyda phrawf wedi&apos;i weld ar gofnod.</translation>
    </message>
    <message>
        <source>Concession price: show your proof at reception first.</source>
        <translation>Pris consesiwn: dangoswch eich prawf yn y dderbynfa yn gyntaf.</translation>
    </message>
    <message>
        <source>Members only: %1&apos;s %2 membership has ended by then.</source>
        <translation>Aelodau yn unig: bydd aelodaeth %2 %1 wedi dod i ben erbyn hynny.</translation>
    </message>
    <message>
        <source>Members only: your membership has ended. Ask at reception to renew.</source>
        <translation>Aelodau yn unig: mae eich aelodaeth wedi dod i ben. Gofynnwch yn y dderbynfa i&apos;w hadnewyddu.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 concession needs proof seen before concession prices are offered.</source>
        <translation>Mae angen gweld prawf o gonsesiwn %2 %1 cyn cynnig prisiau consesiwn.</translation>
    </message>
    <message>
        <source>Proof of %1&apos;s %2 concession was last seen on %3, over a year ago: see it again to give concession prices.</source>
        <translation>Gwelwyd prawf o gonsesiwn %2 %1 ddiwethaf ar %3, dros flwyddyn yn ôl: gwelwch ef eto i roi prisiau consesiwn.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 membership ends on %3: member prices stop after that day.</source>
        <translation>Mae aelodaeth %2 %1 yn dod i ben ar %3: mae prisiau aelodau&apos;n dod i ben ar ôl y diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 membership ended on %3: member prices are not offered until it is renewed.</source>
        <translation>Daeth aelodaeth %2 %1 i ben ar %3: ni chynigir prisiau aelodau nes ei hadnewyddu.</translation>
    </message>
    <message>
        <source>%1 concession (proof needed)</source>
        <translation>Consesiwn %1 (angen prawf)</translation>
    </message>
    <message>
        <source>%1 concession</source>
        <translation>Consesiwn %1</translation>
    </message>
    <message>
        <source>%1 membership</source>
        <translation>Aelodaeth %1</translation>
    </message>
    <message>
        <source>%1 membership to %2</source>
        <translation>Aelodaeth %1 tan %2</translation>
    </message>
    <message>
        <source>%1 membership ended %2</source>
        <translation>Daeth aelodaeth %1 i ben %2</translation>
    </message>
    <message>
        <source>%1 membership from %2</source>
        <translation>Aelodaeth %1 o %2</translation>
    </message>
    <message>
        <source>No membership</source>
        <translation>Dim aelodaeth</translation>
    </message>
    <message>
        <source>ages %1 and under</source>
        <translation>oed %1 ac iau</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>oed %1 i %2</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>oed %1 a hŷn</translation>
    </message>
    <message>
        <source>Men only</source>
        <translation>Dynion yn unig</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>Menywod yn unig</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Aelodau yn unig</translation>
    </message>
    <message>
        <source>Online class</source>
        <translation>Dosbarth ar-lein</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Wyneb yn wyneb neu ar-lein</translation>
    </message>
    <message>
        <source>This session is for men only.</source>
        <translation>Mae'r sesiwn hon i ddynion yn unig.</translation>
    </message>
    <message>
        <source>This session is for men only; %1's details say female.</source>
        <translation>Mae'r sesiwn hon i ddynion yn unig; mae manylion %1 yn dweud benyw.</translation>
    </message>
    <message>
        <source>This session is for women only.</source>
        <translation>Mae'r sesiwn hon i fenywod yn unig.</translation>
    </message>
    <message>
        <source>This session is for women only; %1's details say male.</source>
        <translation>Mae'r sesiwn hon i fenywod yn unig; mae manylion %1 yn dweud gwryw.</translation>
    </message>
    <message>
        <source>This session is for %1; you are %2.</source>
        <translation>Mae'r sesiwn hon ar gyfer %1; rydych chi'n %2.</translation>
    </message>
    <message>
        <source>This session is for %1; %2 is %3 on that day.</source>
        <translation>Mae'r sesiwn hon ar gyfer %1; mae %2 yn %3 ar y diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>This session is for members with a membership. Ask at reception about joining.</source>
        <translation>Mae'r sesiwn hon i aelodau sydd ag aelodaeth. Holwch yn y dderbynfa am ymuno.</translation>
    </message>
    <message>
        <source>This session is for members with a membership; %1 has none on record.</source>
        <translation>Mae'r sesiwn hon i aelodau sydd ag aelodaeth; does dim aelodaeth ar gofnod i %1.</translation>
    </message>
    <message>
        <source>Members only. Ask at reception about membership.</source>
        <translation>Aelodau yn unig. Holwch yn y dderbynfa am aelodaeth.</translation>
    </message>
    <message>
        <source>Members only: %1 has no membership on record.</source>
        <translation>Aelodau yn unig: does dim aelodaeth ar gofnod i %1.</translation>
    </message>
    <message>
        <source>Booking opens %1</source>
        <translation>Mae archebu'n agor %1</translation>
    </message>
    <message>
        <source>Online class: joined from home by video link. There is no venue to go to.</source>
        <translation>Dosbarth ar-lein: ymunwch o gartref drwy ddolen fideo. Does dim lleoliad i fynd iddo.</translation>
    </message>
    <message>
        <source>Can also be joined online.</source>
        <translation>Gallwch ymuno ar-lein hefyd.</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
</context>
<context>
    <name>Entitlements</name>
    <message>
        <source>The entitlement body in the settings (entitlements/object) is not a JSON object: %1.</source>
        <translation>Nid yw corff yr hawl yn y gosodiadau (entitlements/object) yn wrthrych JSON: %1.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep %1. Find the other record of the same person by its card number; then choose which details stay.</source>
        <translation>Cadw %1. Canfyddwch gofnod arall yr un person yn ôl ei rif cerdyn; yna dewiswch pa fanylion sy&apos;n aros.</translation>
    </message>
    <message>
        <source>Every detail is the same on both records.</source>
        <translation>Mae pob manylyn yr un fath ar y ddau gofnod.</translation>
    </message>
    <message>
        <source>That is %1&apos;s own card: enter the other record&apos;s.</source>
        <translation>Dyna gerdyn %1 ei hun: rhowch rif y cofnod arall.</translation>
    </message>
    <message>
        <source>Enter the card number of the other record.</source>
        <translation>Rhowch rif cerdyn y cofnod arall.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Uno</translation>
    </message>
    <message>
        <source>The other record&apos;s &amp;card number</source>
        <translation>Rhif &amp;cerdyn y cofnod arall</translation>
    </message>
    <message>
        <source>Card %1 is kept, with the details chosen above; the record of card %2 goes, and card %2 opens %3 from then on. Bookings made on either card stay at imin and show under %3&apos;s bookings.</source>
        <translation>Mae cerdyn %1 yn aros, gyda&apos;r manylion a ddewiswyd uchod; mae cofnod cerdyn %2 yn mynd, ac mae cerdyn %2 yn agor %3 o hynny ymlaen. Mae archebion a wnaed ar y naill gerdyn neu&apos;r llall yn aros yn imin ac yn ymddangos o dan archebion %3.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Canfod</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>No member has card %1.</source>
        <translation>Does gan yr un aelod gerdyn %1.</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Uno dau gofnod o un person</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cerdyn %1</translation>
    </message>
    <message>
        <source>Card %1 (kept)</source>
        <translation>Cerdyn %1 (yn aros)</translation>
    </message>
    <message>
        <source>Where the two differ, choose what stays:</source>
        <translation>Lle mae&apos;r ddau&apos;n wahanol, dewiswch beth sy&apos;n aros:</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>imin could not do that.</source>
        <translation>Doedd imin ddim yn gallu gwneud hynny.</translation>
    </message>
    <message>
        <source>Something went wrong on this computer.</source>
        <translation>Aeth rhywbeth o&apos;i le ar y cyfrifiadur hwn.</translation>
    </message>
</context>
</TS>