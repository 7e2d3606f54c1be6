#!/usr/bin/env bash
# Takes screenshots of every hosted checkout page (review, payment, declined, confirmation, full) into DIR.
# Usage: tests/tools/checkout-screenshots.sh build DIR
set -euo pipefail
BUILD=${1:-build}; OUTDIR=${2:-/tmp/checkout-shots}
mkdir -p "$OUTDIR"
DATA=$(mktemp -d); LOG=$(mktemp)
"$BUILD/bin/activedesk-sandbox" --port 0 --data "$DATA" --sessions 800 --seed 5 --broker-name "Riverside Leisure" >"$LOG" &
PID=$!; trap 'kill $PID; rm -rf "$DATA" "$LOG"' EXIT
until grep -q listening "$LOG"; do sleep 0.1; done
U=$(sed -n 's/^listening on //p' "$LOG"); K="X-API-KEY: sandbox-key"
export QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=xcb
shot() { xvfb-run -a -s "-screen 0 1280x860x24" "$BUILD/tests/bin/pageshot" "$@"; }
customer() {
  curl -s -H "$K" -H 'Content-Type: application/json' "$U/api/v2/customer-accounts" -d "{\"@context\":\"https://openactive.io/\",\"@type\":\"CustomerAccount\",\"customer\":{\"@type\":\"Person\",\"email\":\"$2\",\"givenName\":\"$1\",\"familyName\":\"Robinson\"}}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["identifier"])'
}
# An occurrence with a paid offer and (for the race) exactly one place left.
pick() {
  python3 - "$U" "$1" <<'PY'
import json, sys, urllib.request
base, want = sys.argv[1], int(sys.argv[2])
def get(u):
    r = urllib.request.Request(u, headers={"X-API-KEY": "sandbox-key"})
    return json.load(urllib.request.urlopen(r))
nxt = base + "/events-api/v2/event-series?geo%5Bradial%5D=51.752,-1.2578,50&mode=upcoming-sessions&limit=50"
while nxt:
    page = get(nxt)
    for e in page["imin:item"]:
        occ = e["subEvent"][0]["subEvent"][0]
        if "imin:checkoutUrlTemplate" not in occ: continue
        rem = occ["remainingAttendeeCapacity"]
        if (want == 1 and rem != 1) or (want > 1 and rem < want): continue
        full = get(e["id"])
        for ss in full["subEvent"]:
            if any(o["identifier"] == occ["identifier"] for o in ss.get("subEvent", [])):
                paid = [o for o in ss["offers"] if o["price"] > 0]
                if paid and len(ss["offers"]) > 1:
                    print(occ["identifier"], paid[0]["id"]); sys.exit(0)
    nxt = page["view"].get("next")
PY
}
checkout() {
  curl -s -H "$K" -H 'Content-Type: application/json' "$U/api/checkout-sessions" -d "{\"type\":\"imin:CheckoutSession\",\"imin:initialOrder\":{\"type\":\"OrderQuote\",\"broker\":{\"type\":\"Organization\",\"name\":\"Riverside Leisure\",\"url\":\"https://riverside.example\"},\"customer\":\"$1\",\"orderedItem\":[{\"type\":\"OrderItem\",\"acceptedOffer\":{\"type\":\"Offer\",\"id\":\"$3\"},\"orderedItem\":{\"type\":\"ScheduledSession\",\"identifier\":\"$2\"}}]},\"imin:backToBrokerUrl\":\"https://riverside.example/search\",\"imin:backToBrokerUserProfileUrl\":\"https://riverside.example/bookings\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["potentialAction"][0]["target"])'
}
read OCC OFFER < <(pick 3)
C=$(customer Louis louis@example.org)
T=$(checkout "$C" "$OCC" "$OFFER")
shot "$T" "$OUTDIR/1-review.png"
curl -s -o /dev/null -X POST "$T/review" -d ''
PAY="${T/opendata/checkout}/payment"
shot "$PAY" "$OUTDIR/2-payment.png"
shot "$PAY" "$OUTDIR/3-declined.png" "document.getElementById('f-cardNumber').value='4000 0000 0000 0002';document.getElementById('f-expiry').value='12/29';document.getElementById('f-cvc').value='123';document.getElementById('f-nameOnCard').value='Louis Robinson';document.querySelector('form').submit();"
shot "$PAY" "$OUTDIR/4-field-errors.png" "document.getElementById('f-cardNumber').value='4242 1234';document.getElementById('f-expiry').value='2029';document.querySelector('form').submit();"
shot "$PAY" "$OUTDIR/5-confirmation.png" "document.getElementById('f-cardNumber').value='4242 4242 4242 4242';document.getElementById('f-expiry').value='12/29';document.getElementById('f-cvc').value='123';document.getElementById('f-nameOnCard').value='Louis Robinson';document.querySelector('form').submit();"
read OCC1 OFFER1 < <(pick 1)
A=$(checkout "$(customer Ann ann@example.org)" "$OCC1" "$OFFER1"); B=$(checkout "$(customer Ben ben@example.org)" "$OCC1" "$OFFER1")
for t in "$A" "$B"; do curl -s -o /dev/null -X POST "$t/review" -d ''; done
curl -s -o /dev/null -X POST "$A/payment" -d 'cardNumber=4242424242424242&expiry=12%2F29&cvc=123&nameOnCard=Ann'
curl -s -o /dev/null -X POST "$B/payment" -d 'cardNumber=4242424242424242&expiry=12%2F29&cvc=123&nameOnCard=Ben'
shot "$B" "$OUTDIR/6-full.png"
echo "screenshots in $OUTDIR"; ls "$OUTDIR"
