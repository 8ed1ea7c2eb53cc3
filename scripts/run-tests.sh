#!/usr/bin/env bash
# Quick start, second command: set up, build and run the whole test suite through CTest.
#   scripts/run-tests.sh [PRESET]   (dev by default; CI uses ci, where warnings are errors)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
preset=${1:-dev}
"$here/setup.sh" "$preset"
cd "$here/.."
ctest --preset "$preset" -j2
