#!/usr/bin/env bash
# Start-up benchmark: process start to the login window's first paint, and peak RSS at that paint, against a bare Qt
# Widgets window in the same run on the same X server. Both programs print "first-paint <ns> <peak kB>" and leave.
# Prints the medians of RUNS (alternating the two programs) and appends rows to $BENCH_RESULTS (see report.py).
set -euo pipefail
APP=$1; BARE=$2; ADMIN=$3; RUNS=${RUNS:-11}
RESULTS=${BENCH_RESULTS:-/dev/null}
DATA=$(mktemp -d); trap 'rm -rf "$DATA"' EXIT
printf '2468\n' | "$ADMIN" --data-dir "$DATA" add-staff bench --admin >/dev/null
export ACTIVEDESK_EXIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb
"$APP" --data-dir "$DATA" --settings "$DATA/settings.ini" >/dev/null 2>&1 # the first start makes the sandbox's data
one() { # prints "paint_ms peak_kB"
  local t0 line
  t0=$(date +%s%N)
  line=$("$@" 2>/dev/null | grep '^first-paint' || true)
  [ -n "$line" ] || { echo "startup: $1 did not paint" >&2; echo "0 0"; return; }
  set -- $line
  echo "$(( ($2 - t0) / 1000 )) $3" # µs, kB
}
app_t=(); app_m=(); bare_t=(); bare_m=()
for _ in $(seq "$RUNS"); do
  read -r t m < <(one "$BARE"); bare_t+=("$t"); bare_m+=("$m")
  read -r t m < <(one "$APP" --data-dir "$DATA" --settings "$DATA/settings.ini"); app_t+=("$t"); app_m+=("$m")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
at=$(median "${app_t[@]}"); bt=$(median "${bare_t[@]}"); am=$(median "${app_m[@]}"); bm=$(median "${bare_m[@]}")
ms() { awk "BEGIN{printf \"%.1f\", $1/1000}"; }
mib() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
ratio=$(awk "BEGIN{printf \"%.2f\", $at/$bt}")
memgoal=$(awk "BEGIN{printf \"%.1f\", 1.5*$bm/1024+40}")
echo "startup: process start to first paint, median of $RUNS: activedesk (login window, embedded sandbox) $(ms "$at") ms;" \
     "bare Qt Widgets window $(ms "$bt") ms; ratio $ratio (goal <= 1.3)"
echo "startup: peak RSS at first paint: activedesk $(mib "$am") MiB; bare $(mib "$bm") MiB (goal <= 1.5 x bare + 40 = $memgoal MiB)"
printf 'startup\tprocess start to the login window painted, vs a bare Qt Widgets window\t%s ms\t%s ms\t%s\t<= 1.3\t%s\n' \
  "$(ms "$at")" "$(ms "$bt")" "$ratio" "$(awk "BEGIN{print ($ratio <= 1.3) ? \"met\" : \"not met\"}")" >>"$RESULTS"
printf 'startup-rss\tpeak RSS at the login window'"'"'s first paint, vs the bare window\t%s MiB\t%s MiB\t%s\t<= 1.5 x bare + 40 MiB (%s MiB)\t%s\n' \
  "$(mib "$am")" "$(mib "$bm")" "$(awk "BEGIN{printf \"%.2f\", $am/$bm}")" "$memgoal" \
  "$(awk "BEGIN{print ($am/1024 <= $memgoal) ? \"met\" : \"not met\"}")" >>"$RESULTS"
