#!/usr/bin/env bash
# Install what is missing, build, and run every test (ctest) headless, with a real PostgreSQL server on loopback.
# Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1
export ACTIVEDESK_SHARED_DATA="${ACTIVEDESK_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
PGDIR=$(mktemp -d /tmp/activedesk-pg.XXXXXX)
trap '"$ROOT/scripts/pg-test-server.sh" stop "$PGDIR"' EXIT
ACTIVEDESK_TEST_PG_URL=$(scripts/pg-test-server.sh start "$PGDIR" "${ACTIVEDESK_TEST_PG_PORT:-55432}")
export ACTIVEDESK_TEST_PG_URL
DIR=build; [ "${ACTIVEDESK_PRESET:-default}" = default ] || DIR=build-$ACTIVEDESK_PRESET
# OpenActive's data model validator, from npm at the version package-lock.json fixes (test_openactive runs it).
if [ ! -d "$DIR/openactive/node_modules/@openactive/data-model-validator" ]; then
  (cd "$DIR/openactive" && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
fi
# With ACTIVEDESK_NOW (scripts/test-at.sh) every process's clock starts from it now, as the tests start.
if [ -n "${ACTIVEDESK_NOW:-}" ] && [ -z "${ACTIVEDESK_NOW_SINCE:-}" ]; then
  ACTIVEDESK_NOW_SINCE=$(date +%s%3N)
  export ACTIVEDESK_NOW_SINCE
fi
cd "$DIR"
xvfb-run -a -s "-screen 0 1366x768x24" ctest --output-on-failure --timeout 900 "$@"
