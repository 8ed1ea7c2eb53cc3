#!/usr/bin/env bash
# Quick start, first command: set up, build and launch the GUI on the default library (created, with
# the bundled sample bulletin, on first start). Extra arguments go to the application, e.g. --library F.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/setup.sh" dev
app="$here/../build/dev/app/zonearchive"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. To run headless: xvfb-run -a $app $*" >&2
    exit 1
fi
exec "$app" "$@"
