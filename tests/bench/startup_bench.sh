#!/usr/bin/env bash
# Start-up benchmark: process start to the login window painted, against a bare Qt Widgets window, same run, same X.
# Both programs exit at their first paint; the median of RUNS wall times is printed.
set -euo pipefail
APP=$1; BARE=$2; ADMIN=$3; RUNS=${RUNS:-9}
DATA=$(mktemp -d); trap 'rm -rf "$DATA"' EXIT
printf '2468\n' | "$ADMIN" --data-dir "$DATA/members" add-staff bench --admin >/dev/null
"$APP" --data-dir "$DATA" --settings "$DATA/settings.ini" >/dev/null 2>&1 & # first start creates the sandbox data
sleep 3; kill $! 2>/dev/null || true; wait 2>/dev/null || true
measure() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
export ACTIVEDESK_EXIT_AFTER_FIRST_PAINT=1 QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=xcb
bare=$(measure "$BARE")
app=$(measure "$APP" --data-dir "$DATA" --settings "$DATA/settings.ini")
echo "startup: process start to first paint, median of $RUNS: activedesk (login window, embedded sandbox) ${app} ms; bare Qt Widgets window ${bare} ms; ratio $(awk "BEGIN{printf \"%.2f\", $app/$bare}") (goal <= 1.3)"
