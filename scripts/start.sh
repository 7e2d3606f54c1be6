#!/usr/bin/env bash
# Quick start: install what is missing, build, and start ActiveDesk on its embedded sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting ActiveDesk under xvfb-run (screen 1366x768)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" build/bin/activedesk "$@"
fi
exec build/bin/activedesk "$@"
