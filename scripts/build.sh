#!/usr/bin/env bash
# Configures (once) and builds ActiveDesk with a CMake preset: default (build/) or, with ACTIVEDESK_PRESET=debug,
# the sanitizer build (build-debug/).
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET=${ACTIVEDESK_PRESET:-default}
DIR=build; [ "$PRESET" = default ] || DIR=build-$PRESET
if [ ! -f "$DIR/build.ninja" ]; then
  cmake --preset "$PRESET" >/dev/null
fi
cmake --build "$DIR" --parallel "$(nproc)"
