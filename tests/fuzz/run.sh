#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 15) on a copy of its seed
# corpus. Exit 0 only if no target crashed. Prints, per target, libFuzzer's count of executions.
#   tests/fuzz/run.sh 600                 # a longer run, as quoted in the README
#   tests/fuzz/run.sh 600 csv iso8601     # only some targets
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-15}
shift || true
TARGETS=${*:-http_request decode csv iso8601}
OUT=${FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$OUT/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S tests/fuzz -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$OUT" --parallel "$(nproc)" >/dev/null
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d /tmp/activedesk-fuzz.XXXXXX); trap 'rm -rf "$WORK"' EXIT
status=0
for target in $TARGETS; do
  # Inputs as long as the parser meets in practice: requests and imin bodies up to 64 KB, CSV lines, dates.
  case $target in
    csv) max_len=8192 ;;
    iso8601) max_len=128 ;;
    *) max_len=65536 ;;
  esac
  mkdir -p "$WORK/$target"
  cp tests/fuzz/corpus/$target/* "$WORK/$target/" 2>/dev/null || true
  log="$WORK/$target.log"
  if (cd "$WORK" && ASAN_OPTIONS=detect_leaks=0 "$OUT/fuzz_$target" -max_total_time="$SECONDS_EACH" \
        -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 "$WORK/$target" >"$log" 2>&1); then
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo '?')
    echo "fuzz_$target: $runs executions in ${SECONDS_EACH}s, no crash"
  else
    echo "fuzz_$target: CRASH (see below)"; tail -40 "$log"; status=1
  fi
done
exit $status
