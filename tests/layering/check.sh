#!/usr/bin/env bash
# check.sh BUILD_DIR TARGET:allowed|refused:HEADER... (tests/layering/CMakeLists.txt): builds each probe; an allowed
# one must compile, a refused one must fail because HEADER is not on its include path. Then the link-level half: the
# models' library refers to nothing outside Qt Core (and our core), the ui libraries to nothing of the sandbox.
set -uo pipefail
build=$1
shift
failed=0
for probe in "$@"; do
  IFS=: read -r target expect header <<< "$probe"
  out=$(cmake --build "$build" --target "$target" 2>&1)
  rc=$?
  if [ "$expect" = allowed ]; then
    if [ $rc -ne 0 ]; then
      echo "FAIL $target: $header should compile here and did not:"; echo "$out" | grep -m5 -E "error|fatal"; failed=1
    else
      echo "ok   $target: sees $header"
    fi
  elif [ $rc -eq 0 ]; then
    echo "FAIL $target: $header compiled, but this library must not see it"; failed=1
  elif ! grep -qF "fatal error: $header: No such file or directory" <<< "$out"; then
    echo "FAIL $target: failed, but not for want of $header:"; echo "$out" | grep -m5 -E "error|fatal"; failed=1
  else
    echo "ok   $target: cannot see $header"
  fi
done
# Symbols each archive needs from elsewhere ("U" in nm), demangled.
needs() { nm -C --undefined-only "$build/lib/lib$1.a" 2>/dev/null | awk '$1 == "U" { $1 = ""; print }'; }
for lib in activedesk_models activedesk_core; do
  if [ ! -f "$build/lib/lib$lib.a" ]; then echo "FAIL $lib: $build/lib/lib$lib.a is not built"; failed=1; continue; fi
  bad=$(needs "$lib" | grep -E '^ *(QWidget|QApplication|QGuiApplication|QPainter|QFont|QColor|QPixmap|QImage|QIcon|QAbstractButton)\b' | sort -u | head -5)
  if [ -n "$bad" ]; then echo "FAIL $lib refers to Qt Gui or Widgets:"; echo "$bad"; failed=1; else echo "ok   $lib: nothing of Qt Gui or Widgets"; fi
done
for lib in activedesk_ui_common activedesk_ui_desk activedesk_ui_kiosk; do
  if [ ! -f "$build/lib/lib$lib.a" ]; then echo "FAIL $lib: not built"; failed=1; continue; fi
  bad=$(needs "$lib" | grep -E '(SandboxServer|SandboxStore|HttpServer|Catalogue)::' | sort -u | head -5)
  if [ -n "$bad" ]; then echo "FAIL $lib refers to the sandbox:"; echo "$bad"; failed=1; else echo "ok   $lib: nothing of the sandbox"; fi
done
exit $failed
