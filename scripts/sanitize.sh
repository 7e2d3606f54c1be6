#!/usr/bin/env bash
# Builds the debug preset (build-debug/: AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test on it.
# Any ASan or UBSan report fails the test that triggered it; leaks are reported except those inside Qt's and
# Chromium's own libraries (tests/sanitizers/lsan.supp). Extra arguments go to ctest, e.g. -L unit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export ACTIVEDESK_PRESET=debug
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=0:new_delete_type_mismatch=0:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/tests/sanitizers/ubsan.supp:${UBSAN_OPTIONS:-}"
# Chromium's GPU thread under AddressSanitizer hangs the first page load; software compositing is what is tested.
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu ${QTWEBENGINE_CHROMIUM_FLAGS:-}"
# The full-page browser scenarios start many Chromium threads that allocate while libgcc's unwinder holds its lock:
# with ASan's slow (exact) unwinding on every malloc they deadlock in _Unwind_Find_FDE. They run in a second pass
# with the fast unwinder; leak checking is off there (its suppressions need exact stacks); ASan and UBSan still apply.
scenarios='^(test_desk_scenario|test_kiosk_scenario)$'
status=0
scripts/test.sh -E "^fuzz$|$scenarios" "$@" || status=$?
ASAN_OPTIONS="${ASAN_OPTIONS/fast_unwind_on_malloc=0/fast_unwind_on_malloc=1}"
# (The scenarios' filter comes last, so it wins over any -R given for the first pass.)
ASAN_OPTIONS="${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0}" scripts/test.sh "$@" -R "$scenarios" || status=$?
exit $status
