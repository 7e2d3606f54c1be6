#!/usr/bin/env bash
# Runs the whole suite (scripts/test.sh, the README's test command) with the product's clock set to WHEN.
#   scripts/test-at.sh '2027-03-28 02:30'            UK time (GMT or BST as the date has it)
#   scripts/test-at.sh '2027-10-31T01:30+01:00'      an explicit offset: the first 01:30 of the day the clocks go back
#   scripts/test-at.sh '23:59:30'                    today, UK time
# Further arguments go to ctest (e.g. -R test_desk_pages).
# The clock is the product's one setting, ACTIVEDESK_NOW (app/core/util/Clock.h): the desk, the kiosk,
# activedesk-admin, the sandbox and every test run from WHEN at the real pace, starting when ctest starts, so a run
# begun at 23:59:30 passes midnight. The machine's own clock, PostgreSQL, Xvfb and ctest's time-outs are untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  echo "usage: scripts/test-at.sh WHEN [ctest options]   (WHEN in UK time, e.g. '2027-03-28 02:30')" >&2
  exit 2
fi
WHEN=$1
shift
if ! NOW=$(TZ=Europe/London date -d "$WHEN" --iso-8601=seconds 2> /dev/null); then
  echo "test-at.sh: '$WHEN' is not a date and time that happens in the UK (e.g. '2027-03-28 02:30'," \
    "'2027-10-31T01:30+01:00'; 01:00-01:59 on the day the clocks go forward never happens)" >&2
  exit 2
fi
export ACTIVEDESK_NOW=$NOW
unset ACTIVEDESK_NOW_SINCE # scripts/test.sh anchors it when ctest starts
echo "test-at.sh: the product's clock starts at $NOW ($(TZ=Europe/London date -d "$NOW" '+%a %-d %b %Y %H:%M:%S %Z'))" \
  "when the tests start"
exec scripts/test.sh "$@"
