#!/usr/bin/env bash
# Benchmark: activedesk-sandbox with 100k session series, concurrent clients on the Events API search route.
# Prints start-up time and wrk's p50/p99 latency and requests/s per mode, twice: the same page again and again (as
# wrk asks; answered from the sandbox's cache after the first) and every request distinct (a throw-away parameter:
# nothing cached, every answer searched and serialised). Appends rows to $BENCH_RESULTS. Asserts nothing.
set -euo pipefail
SANDBOX=${1:?path to activedesk-sandbox}
SESSIONS=${SESSIONS:-100000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
RESULTS=${BENCH_RESULTS:-/dev/null}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
DATA=$(mktemp -d)
OUT=$(mktemp)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA" "$OUT"' EXIT
cat > "$DATA/distinct.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&nocache=" .. n .. "-" .. math.random(1, 1000000000))
end
LUA

start=$(date +%s%N)
"$SANDBOX" --port 0 --data "$DATA" --sessions "$SESSIONS" >"$OUT" 2>&1 &
PID=$!
until grep -q "^listening on" "$OUT"; do
  kill -0 "$PID" 2>/dev/null || { cat "$OUT"; exit 1; }
  sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
BASE=$(sed -n 's/^listening on //p' "$OUT")
echo "sandbox with $SESSIONS session series ready in ${ready} ms (RSS $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MiB)"

p99_of() { awk '/^ +99%/{v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.1f", v}'; }
for query in "mode=upcoming-sessions&limit=50" "mode=discovery-geo&limit=50&page=3" "mode=discovery-price-asc&limit=50&page=2" \
             "mode=upcoming-sessions&limit=50&activityPrefLabel=Yoga&startTime%5Bgte%5D=17:00"; do
  url="$BASE/events-api/v2/event-series?geo%5Bradial%5D=51.7520,-1.2578,25&$query"
  bytes=$(curl -s -H "X-API-KEY: sandbox-key" "$url" | wc -c)
  mode=$(echo "$query" | sed 's/^mode=\([a-z-]*\).*/\1/')
  for kind in repeated distinct; do
    script=(); [ "$kind" = distinct ] && script=(-s "$DATA/distinct.lua")
    echo
    echo "== $query, $kind requests  (${bytes} bytes per page; $CONNECTIONS connections, 2 threads, $DURATION)"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" -H "X-API-KEY: sandbox-key" "$url" > "$DATA/wrk.txt"
    awk '/^ +50%/{print "p50 " $2} /^ +99%/{print "p99 " $2} /Requests\/sec/{print "requests/s " $2} /Non-2xx/{print "non-2xx " $NF}' "$DATA/wrk.txt"
    if [ "$query" = "mode=discovery-geo&limit=50&page=3" ] || [ "$query" = "mode=discovery-price-asc&limit=50&page=2" ]; then
      p99=$(p99_of < "$DATA/wrk.txt")
      printf 'search-%s-%s\tsandbox search p99 at %s series, %s connections: %s (%s KB pages), %s requests\t%s ms\t50 ms\t%s\t<= 50 ms\t%s\n' \
        "$mode" "$kind" "$SESSIONS" "$CONNECTIONS" "$mode" "$(( bytes / 1024 ))" "$kind" "$p99" \
        "$(awk "BEGIN{printf \"%.2f\", $p99/50}")" "$(awk "BEGIN{print ($p99 <= 50) ? \"met\" : \"not met\"}")" >> "$RESULTS"
    fi
  done
done
