#!/usr/bin/env bash
# The bench target: every benchmark, to the end whatever one of them does, each appending its rows to
# $OUT/results.tsv (the previous run's rows are kept as results-previous.tsv); then report.py prints the table against
# the goals and writes it into README.md between its bench markers.
# Usage: run.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
BUILD=$(cd "$1" && pwd); SOURCE=$(cd "$2" && pwd)
OUT="$BUILD/bench"; mkdir -p "$OUT"
[ -f "$OUT/results.tsv" ] && mv "$OUT/results.tsv" "$OUT/results-previous.tsv"
: > "$OUT/results.tsv"
export BENCH_RESULTS="$OUT/results.tsv" QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=xcb
failed=()
step() { # name, command...
  local name=$1; shift
  echo "== $name"
  "$@" || { echo "(bench step $name ended with exit $?; the next ones run anyway)"; failed+=("$name"); }
}
XVFB=(xvfb-run -a -s "-screen 0 1366x768x24")
step core "$BUILD/tests/bin/bench_core"
step sandbox-search bash "$SOURCE/tests/bench/sandbox_search_bench.sh" "$BUILD/bin/activedesk-sandbox"
step startup "${XVFB[@]}" bash "$SOURCE/tests/bench/startup_bench.sh" "$BUILD/bin/activedesk" \
  "$BUILD/tests/bin/bench_bare_window" "$BUILD/bin/activedesk-admin"
step desk-scenario env ACTIVEDESK_BENCH=1 "${XVFB[@]}" "$BUILD/tests/bin/test_desk_scenario" -silent
echo
python3 "$SOURCE/tests/bench/report.py" "$OUT/results.tsv" --previous "$OUT/results-previous.tsv" \
  --markdown "$OUT/results.md" --readme "$SOURCE/README.md"
[ ${#failed[@]} -eq 0 ] || echo "bench steps that failed: ${failed[*]}"
exit 0
