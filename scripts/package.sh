#!/usr/bin/env bash
# Builds the Debian package: a Release build of the application (GUI and CLI, no tests) and `cpack -G DEB`.
#   scripts/package.sh [BUILD_DIR]     (default: build/package); prints the path of the .deb
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$top/build/package}
# An existing build directory is packaged as configured (it must have the GUI); a new one gets Release.
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DZA_BUILD_TESTS=OFF -DZA_BUILD_BENCHMARKS=OFF -DZA_BUILD_GUI=ON >&2
fi
cmake --build "$build" -j"$(nproc)" >&2
(cd "$build" && cpack -G DEB >&2)
ls -t "$build"/zonearchive_*.deb | head -n 1
