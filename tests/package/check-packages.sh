#!/usr/bin/env bash
# Builds Rollbook's .deb and .tar.gz into a temporary folder and checks their contents:
# control fields, the files and where they land, the desktop entry and AppStream metadata
# (validated), the icons' sizes, and that the packaged programs run.
#
# Usage: check-packages.sh CPACK BUILD_DIR VERSION
# Exit status 77 (CTest: skipped) when this machine cannot build or read .deb packages.
set -euo pipefail

cpack=$1
build=$2
version=$3
id=no.rollbook.Rollbook

for tool in dpkg-deb dpkg-shlibdeps tar; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is missing (not a Debian-like system); the packages are not checked."
        exit 77
    fi
done
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing; scripts/install-deps.sh installs it." >&2
        exit 1
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rollbook-packages.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# has LIST ENTRY: the package listing LIST (one path a line) holds ENTRY
has() {
    grep -qxF -- "$2" "$1" || fail "$(basename "$1" .list) lacks $2"
}

echo "== cpack -G DEB;TGZ into $tmp"
if ! (cd "$build" && "$cpack" -G "DEB;TGZ" -B "$tmp/out" --config "$build/CPackConfig.cmake") \
    >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack did not build the packages" >&2
    exit 1
fi
shopt -s nullglob
debs=("$tmp/out/rollbook_${version}_"*.deb)
tgzs=("$tmp/out/rollbook-${version}-"*.tar.gz)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
    ls -l "$tmp/out" >&2
    echo "FAIL: expected one rollbook_${version}_*.deb and one rollbook-${version}-*.tar.gz" >&2
    exit 1
fi
deb=${debs[0]}
tgz=${tgzs[0]}
ls -l "$deb" "$tgz"

# --- .deb: control fields ---
echo "== $(basename "$deb"): control"
dpkg-deb -f "$deb" Package Version Architecture Maintainer Depends Recommends Section Homepage \
    Description
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = rollbook ] || fail "Package is '$(field Package)', not rollbook"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@]+@[^\>]+\>$ ]] \
    || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
depends=$(field Depends)
# (Qt Concurrent's functions used here are inline, so libqt6concurrent6 is not needed.)
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite \
    libqt6printsupport6; do
    [[ ",$depends," =~ [,\ ]$package[\ ,\(] ]] || fail "Depends lacks $package: $depends"
done
[[ "$(field Recommends)" =~ (^|[,\ ])libqt6sql6-psql([,\ ]|$) ]] \
    || fail "Recommends lacks libqt6sql6-psql (a server database): '$(field Recommends)'"
[ -n "$(field Description)" ] || fail "no Description"

# --- .deb: files ---
dpkg-deb -c "$deb" | awk '{ print $NF }' | sed -e 's|^\./|/|' -e 's|/$||' >"$tmp/deb.list"
expected=(
    /usr/bin/rollbook
    /usr/bin/rollbook-cli
    "/usr/share/applications/$id.desktop"
    "/usr/share/metainfo/$id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"
    /usr/share/doc/rollbook/copyright
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${expected[@]}"; do
    has "$tmp/deb.list" "$path"
done
if outside=$(grep -vE '^(/|/usr(/.*)?)$' "$tmp/deb.list"); then
    fail "files outside /usr: $outside"
fi

echo "== extracting the .deb"
dpkg-deb -x "$deb" "$tmp/deb"
root=$tmp/deb/usr

echo "== desktop-file-validate"
desktop=$root/share/applications/$id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx 'Exec=rollbook %f' "$desktop" || fail "desktop entry does not run 'rollbook %f'"
grep -qE '^MimeType=(.*;)?text/csv;' "$desktop" || fail "desktop entry does not open text/csv"
grep -qx "Icon=$id" "$desktop" || fail "desktop entry's Icon is not $id"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$id.metainfo.xml" \
    || fail "metainfo names no release $version"

echo "== icon sizes"
for size in 16 24 32 48 64 128 256; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/$id.png
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" \
        | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [ "$width x $height" = "$size x $size" ] || fail "$png is $width x $height"
done

echo "== the packaged programs run"
check_version() { # PROGRAM EXPECTED
    local out
    out=$(QT_QPA_PLATFORM=offscreen "$1" --version 2>&1) || fail "$1 --version failed: $out"
    [ "$out" = "$2" ] || fail "$1 --version printed '$out', not '$2'"
}
check_version "$root/bin/rollbook-cli" "rollbook-cli $version"
check_version "$root/bin/rollbook" "Rollbook $version"

# --- .tar.gz: relocatable, the same files under rollbook-<version>-<system>/ ---
echo "== $(basename "$tgz")"
tar -tzf "$tgz" >"$tmp/tgz.raw"
sed -e 's|^[^/]*/||' -e 's|/$||' -e '/^$/d' -e 's|^|/|' "$tmp/tgz.raw" >"$tmp/tgz.list"
top=$(sed -n '1s|/.*||p' "$tmp/tgz.raw")
for path in "${expected[@]}"; do
    has "$tmp/tgz.list" "${path#/usr}"
done
mkdir "$tmp/tgz"
tar -xzf "$tgz" -C "$tmp/tgz"
check_version "$tmp/tgz/$top/bin/rollbook-cli" "rollbook-cli $version"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "OK: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB)"
