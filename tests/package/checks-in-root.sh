#!/bin/sh
# Runs inside the fresh Debian 12 root after `apt-get install ./activedesk_*.deb`, from the installed paths only.
set -eu
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

step "every executable answers --version and --help with no display"
for exe in activedesk activedesk-admin activedesk-sandbox activedesk-kiosk-session; do
  path=$(command -v "$exe") || fail "$exe is not on PATH"
  [ "$path" = "/usr/bin/$exe" ] || fail "$exe is at $path, not /usr/bin"
  version=$("$exe" --version) || fail "$exe --version exited $?"
  echo "$version" | grep -qx "$exe [0-9][0-9.]*" || fail "$exe --version printed '$version'"
  "$exe" --help > /tmp/help.txt || fail "$exe --help exited $?"
  grep -qi "usage" /tmp/help.txt || fail "$exe --help printed no usage"
  [ -s "/usr/share/man/man1/$exe.1.gz" ] || fail "no man page for $exe"
  gzip -t "/usr/share/man/man1/$exe.1.gz" || fail "man page of $exe is not gzip"
done

step "the member database opens (the SQLite driver came with the package)"
activedesk-admin --data-dir /tmp/admin status > /tmp/status.txt 2>&1 || { cat /tmp/status.txt; fail "admin status"; }
grep -qi "driver not loaded" /tmp/status.txt && fail "a Qt SQL driver is missing"
[ -f /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlpsql.so ] || fail "the PostgreSQL driver is missing"

step "the sandbox answers a search"
activedesk-sandbox --port 0 --data /tmp/sandbox > /tmp/sandbox.out 2>&1 &
sandbox=$!
for _ in $(seq 1 100); do grep -q "listening on" /tmp/sandbox.out && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' /tmp/sandbox.out)
[ -n "$url" ] || { cat /tmp/sandbox.out; fail "the sandbox did not start"; }
code=$(curl -s -o /tmp/search.json -w '%{http_code}' -H 'X-API-KEY: sandbox-key' \
  "$url/events-api/v2/event-series?geo%5Bradial%5D=51.752,-1.2578,20&mode=discovery-geo&limit=5")
[ "$code" = 200 ] || fail "search answered HTTP $code"
grep -q '"SessionSeries"' /tmp/search.json || fail "search answer holds no SessionSeries"
kill "$sandbox"; wait "$sandbox" 2>/dev/null || true

step "the desk paints its first window under Xvfb"
mkdir -p /tmp/desk
ACTIVEDESK_EXIT_AFTER_FIRST_PAINT=1 QTWEBENGINE_DISABLE_SANDBOX=1 \
  timeout 90 xvfb-run -a -s "-screen 0 1366x768x24" activedesk --data-dir /tmp/desk --settings /tmp/desk/s.ini \
  > /tmp/desk.log 2>&1 || { cat /tmp/desk.log; fail "the desk did not paint its first window (exit $?)"; }
[ -f /tmp/desk/members/members.sqlite ] && [ -f /tmp/desk/sandbox/sandbox.sqlite ] || fail "the desk made no member or sandbox database"

step "the web module (the checkout's QtWebEngine view) is installed and its libraries resolve"
module=/usr/lib/activedesk/modules/activedesk-web.so
[ -f "$module" ] || fail "no $module"
ldd "$module" > /tmp/ldd.txt || fail "ldd $module"
grep -q "not found" /tmp/ldd.txt && { grep "not found" /tmp/ldd.txt; fail "the web module's libraries are missing"; }
grep -q libQt6WebEngineCore /tmp/ldd.txt || fail "the web module does not load QtWebEngine"
ldd /usr/bin/activedesk | grep -q WebEngine && fail "activedesk links QtWebEngine (it must load it on demand)"

step "desktop entry, metainfo and icons are in place"
[ -f /usr/share/applications/activedesk.desktop ] || fail "no desktop entry"
[ -f /usr/share/metainfo/org.activedesk.ActiveDesk.metainfo.xml ] || fail "no metainfo"
for s in 16 24 32 48 64 128 256 512; do
  [ -f "/usr/share/icons/hicolor/${s}x${s}/apps/activedesk.png" ] || fail "no ${s}px icon"
done
[ -f /usr/share/icons/hicolor/scalable/apps/activedesk.svg ] || fail "no scalable icon"
getent passwd activedesk-kiosk > /dev/null || fail "postinst made no kiosk user"
echo "all checks passed"
