#!/usr/bin/env bash
# Starts the application's views under Xvfb on a library and saves screenshots of them:
#   scripts/screenshots.sh [LIBRARY] [OUT_DIR]
# Without LIBRARY a temporary library with the bundled sample is used. Needs a build (scripts/setup.sh).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool="$top/build/dev/tests/ui/zonearchive-screenshots"
[ -x "$tool" ] || { echo "build first: scripts/setup.sh" >&2; exit 1; }
out=${2:-$top/build/screenshots}
args=(--out "$out")
[ -n "${1:-}" ] && args+=(--library "$1")
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "${args[@]}"
