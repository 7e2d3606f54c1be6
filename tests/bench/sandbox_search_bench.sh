#!/usr/bin/env bash
# Benchmark: activedesk-sandbox with 100k session series, concurrent clients on the Events API search route.
# Prints start-up time and wrk's p50/p99 latency and requests/s per mode. Not a test: it asserts nothing.
set -euo pipefail
SANDBOX=${1:?path to activedesk-sandbox}
SESSIONS=${SESSIONS:-100000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
DATA=$(mktemp -d)
OUT=$(mktemp)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA" "$OUT"' EXIT

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

for query in "mode=upcoming-sessions&limit=50" "mode=discovery-geo&limit=50&page=3" "mode=discovery-price-asc&limit=50&page=2" \
             "mode=upcoming-sessions&limit=50&activityPrefLabel=Yoga&startTime%5Bgte%5D=17:00"; do
  url="$BASE/events-api/v2/event-series?geo%5Bradial%5D=51.7520,-1.2578,25&$query"
  bytes=$(curl -s -H "X-API-KEY: sandbox-key" "$url" | wc -c)
  echo
  echo "== $query  (${bytes} bytes per page; $CONNECTIONS connections, 2 threads, $DURATION)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-API-KEY: sandbox-key" "$url" |
    awk '/^ +50%/{print "p50 " $2} /^ +99%/{print "p99 " $2} /Requests\/sec/{print "requests/s " $2} /Non-2xx/{print "non-2xx " $NF}'
done
