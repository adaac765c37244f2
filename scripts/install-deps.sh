#!/usr/bin/env bash
# Installs, with apt-get, what building and testing Rollbook needs and this machine lacks.
# A machine that has everything is left alone: no apt-get runs at all.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    xvfb xauth fonts-dejavu-core
    sqlite3 python3 clang-format poppler-utils
    desktop-file-utils appstream dpkg-dev
    libqt6sql6-psql postgresql openssl
    libzip-dev zip
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: not a Debian or Ubuntu machine; install Qt 6.4 or newer, CMake and" \
         "Ninja yourself (see README.md)." >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2
