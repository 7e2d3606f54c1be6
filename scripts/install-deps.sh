#!/usr/bin/env bash
# Installs what ActiveDesk needs to build, run and test on Debian 12. Idempotent; quiet when nothing is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-webengine-dev qt6-pdf-dev qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsodium-dev libgl-dev libsimdjson-dev
  xvfb xauth imagemagick wrk postgresql fonts-dejavu-core
  clang libclang-rt-14-dev
  cage grim xwayland procps
  mmdebstrap lintian desktop-file-utils appstream rpm
  python3-icalendar
)

# Node.js and npm run OpenActive's validator in the tests (tests/openactive); a machine that has them keeps its own.
command -v node > /dev/null && command -v npm > /dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
