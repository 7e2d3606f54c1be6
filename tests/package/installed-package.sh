#!/usr/bin/env bash
# The installed-package test: builds the .deb from BUILD_DIR, checks it with lintian, installs it with apt into a
# fresh Debian 12 root made by mmdebstrap, and runs checks-in-root.sh there from the installed paths; validates the
# installed desktop entry and AppStream metainfo. Needs root (chroot). Exit 77 (skipped) when not root.
#   ACTIVEDESK_ROOT_CACHE  where the fresh root is kept between runs (default /var/cache/activedesk-test)
set -euo pipefail
BUILD_DIR=$(cd "${1:?usage: installed-package.sh BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: the installed-package test needs root (chroot)"
  exit 77
fi
for tool in mmdebstrap lintian desktop-file-validate appstreamcli cpack; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh installs it)"; exit 1; }
done

WORK=$(mktemp -d /tmp/activedesk-package.XXXXXX)
ROOT=$WORK/root
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
t0=$(date +%s%N)
elapsed() { local ms=$((($(date +%s%N) - t0) / 1000000)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }

echo "== building the package"
(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/pkg" > "$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; exit 1; }
DEB=$(ls "$WORK"/pkg/activedesk_*_amd64.deb)
echo "   $(basename "$DEB"): $(du -k "$DEB" | cut -f1) KB ($(elapsed))"

echo "== lintian"
lintian -I --pedantic --fail-on error,warning "$DEB" 2> /dev/null | tee "$WORK/lintian.txt" || {
  echo "FAIL: lintian reports errors or warnings"; exit 1; }
echo "   $(grep -c '^E:' "$WORK/lintian.txt" || true) E, $(grep -c '^W:' "$WORK/lintian.txt" || true) W, \
$(grep -c '^I:' "$WORK/lintian.txt" || true) I, $(grep -c '^P:' "$WORK/lintian.txt" || true) P"

echo "== a fresh Debian 12 root"
CACHE=${ACTIVEDESK_ROOT_CACHE:-/var/cache/activedesk-test}
TAR=$CACHE/bookworm-apt.tar
if [ ! -s "$TAR" ]; then
  mkdir -p "$CACHE"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    MIRROR=/etc/apt/sources.list.d/debian.sources
  elif [ -f /etc/apt/sources.list ]; then
    MIRROR=/etc/apt/sources.list
  else
    MIRROR=http://deb.debian.org/debian
  fi
  # Only what the checks themselves use is added to the bare apt variant: an X server, curl.
  mmdebstrap --quiet --variant=apt --include=xvfb,xauth,curl bookworm "$CACHE/partial.tar" "$MIRROR"
  mv "$CACHE/partial.tar" "$TAR"
  echo "   made and cached in $TAR ($(elapsed))"
fi
mkdir -p "$ROOT"
tar -C "$ROOT" -xf "$TAR"
for m in proc sys dev dev/pts dev/shm; do mkdir -p "$ROOT/$m"; done
mount -t proc proc "$ROOT/proc" && mounted+=("$ROOT/proc")
mount --rbind /sys "$ROOT/sys" && mounted+=("$ROOT/sys")
mount --rbind /dev "$ROOT/dev" && mounted+=("$ROOT/dev")
mount -t tmpfs -o size=512m tmpfs "$ROOT/dev/shm" && mounted+=("$ROOT/dev/shm")
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2> /dev/null || true
cp "$DEB" "$ROOT/tmp/activedesk.deb"
cp "$HERE/checks-in-root.sh" "$ROOT/tmp/checks.sh"
echo "   ready ($(elapsed))"

echo "== apt-get install ./activedesk.deb"
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/activedesk.deb > "$WORK/apt.log" 2>&1 || {
  tail -30 "$WORK/apt.log"; echo "FAIL: apt could not install the package"; exit 1; }
echo "   installed ($(elapsed)): $(in_root dpkg-query -W -f='${Version}' activedesk)"

echo "== checks from the installed paths"
in_root /tmp/checks.sh

echo "== desktop entry and AppStream metainfo as installed"
desktop-file-validate "$ROOT/usr/share/applications/activedesk.desktop"
desktop-file-validate "$ROOT/usr/share/wayland-sessions/activedesk-kiosk.desktop"
appstreamcli validate --no-net --pedantic "$ROOT/usr/share/metainfo/org.activedesk.ActiveDesk.metainfo.xml"

echo "== apt-get remove"
in_root apt-get remove -y -qq activedesk > "$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log"; exit 1; }
[ ! -e "$ROOT/usr/bin/activedesk" ] || { echo "FAIL: /usr/bin/activedesk is still there after removal"; exit 1; }
echo "PASS: installed-package test ($(elapsed))"
