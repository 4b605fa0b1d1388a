#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Palier needs to build, run and test.
# Idempotent: only missing packages are installed, and apt is not touched
# at all when everything is already there.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build ccache pkgconf clang-format git
    # Qt 6.4 (Widgets, Sql, Charts, PrintSupport, Concurrent, Svg, Test, LinguistTools)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qt6-translations-l10n libgl-dev
    libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    libqt6sql6-sqlite libqt6sql6-psql
    libsqlite3-dev  # the registry import writes through the SQLite handle under Qt's QSQLITE driver
    # libraries named by DESIGN.md
    libxlsxwriter-dev libquazip1-qt6-dev libglpk-dev libkainjow-mustache-dev libcsv-dev
    qtkeychain-qt6-dev
    # shared team database and test tools
    postgresql sqlite3 poppler-utils xvfb xauth
    # checking the desktop integration files and building the Debian package
    desktop-file-utils appstream dpkg-dev groff-base
    # fonts so that the window and letters render text everywhere
    fonts-dejavu-core
)

# Benchmarks only (bench/run.sh passes --bench): timing tools and the peers Palier is compared with
# (LibreOffice headless for the DGOS export and the letters).
if [ "${1:-}" = "--bench" ]; then
    PACKAGES+=(hyperfine time python3 libbenchmark-dev libreoffice-calc-nogui libreoffice-writer-nogui)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
