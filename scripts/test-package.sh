#!/usr/bin/env bash
# Builds the .deb and tests it on this machine, as a user would meet it (needs root; changes the system):
#   scripts/test-package.sh [BUILD_DIR] [OUT_DIR]
# Validates the desktop and AppStream files, runs lintian (errors fail), installs the package with apt,
# runs the installed zonearchive-cli (--version, import, search, check), starts the installed GUI under
# Xvfb and saves a screenshot to OUT_DIR, then removes the package. Installs its own tools.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$top/build/package}
out=${2:-$build/package-test}
mkdir -p "$out"
[ "$(id -u)" -eq 0 ] || { echo "test-package: run as root (it installs and removes a package)" >&2; exit 1; }

tools=(desktop-file-utils appstream lintian imagemagick xvfb xauth)
missing=()
for pkg in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step() { printf '\n== %s\n' "$*"; }

step "validate desktop integration files"
desktop-file-validate "$top/packaging/io.github.zonearchive.ZoneArchive.desktop"
appstreamcli validate --no-net "$top/packaging/io.github.zonearchive.ZoneArchive.metainfo.xml"

step "build the package"
deb=$("$top/scripts/package.sh" "$build")
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
dpkg-deb --contents "$deb" | awk '{print $6}'

step "lintian"
# Errors fail the test; warnings and infos are shown. The package is built by CPack, not from a Debian
# source package, so tags about the source side do not apply.
lintian --no-tag-display-limit --suppress-tags no-manual-page "$deb" | tee "$out/lintian.txt" || true
if grep -q '^E:' "$out/lintian.txt"; then
    echo "test-package: lintian reports errors" >&2
    exit 1
fi

if dpkg-query -W -f='${Status}' zonearchive 2>/dev/null | grep -q 'install ok installed'; then
    echo "test-package: zonearchive is already installed; remove it first" >&2
    exit 1
fi
cleanup() {
    step "remove the package"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq zonearchive >/dev/null || true
    dpkg-query -W -f='${Status}' zonearchive 2>/dev/null | grep -q 'install ok installed' \
        && echo "test-package: zonearchive is still installed" >&2
    rm -rf "$work"
}
work=$(mktemp -d)
trap cleanup EXIT

step "install with apt (pulls the declared dependencies)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
for f in /usr/bin/zonearchive /usr/bin/zonearchive-cli \
         /usr/share/applications/io.github.zonearchive.ZoneArchive.desktop \
         /usr/share/metainfo/io.github.zonearchive.ZoneArchive.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.zonearchive.ZoneArchive.svg \
         /usr/share/icons/hicolor/256x256/apps/io.github.zonearchive.ZoneArchive.png; do
    [ -e "$f" ] || { echo "test-package: missing $f" >&2; exit 1; }
done

step "installed zonearchive-cli: version, import, search, check"
cd "$work"
/usr/bin/zonearchive-cli --version
lib="$work/library.zarchive"
mkdir pages
cat > pages/2023-05-25_第18期_D2.md <<'PAGE'
## 高新区一季度签约项目12个

本刊讯 4月10日，某市高新技术产业开发区举行项目集中签约仪式，12个项目总投资38.6亿元。

项目涵盖新材料、装备制造和数字经济等领域。（记者 张三）

## 经济技术开发区召开安全生产会议

会议要求各企业压实安全生产主体责任，开展隐患排查整治。
PAGE
/usr/bin/zonearchive-cli --library "$lib" import --bulletin 测试简报 pages
/usr/bin/zonearchive-cli --library "$lib" search 签约 | tee "$out/search.txt"
grep -q '签约' "$out/search.txt" || { echo "test-package: search found nothing" >&2; exit 1; }
/usr/bin/zonearchive-cli --library "$lib" check
/usr/bin/zonearchive-cli --library "$lib" backup "$work/backup.zarchive"

step "installed GUI under Xvfb, screenshot"
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/zonearchive --library "$1" & app=$!
    sleep 6
    kill -0 "$app" || { echo "test-package: the GUI exited early" >&2; exit 1; }
    import -window root "$2"
    kill "$app"; wait "$app" || true
' _ "$lib" "$out/gui.png"
[ -s "$out/gui.png" ] || { echo "test-package: no screenshot" >&2; exit 1; }
echo "screenshot: $out/gui.png"
echo "test-package: ok"
