#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, configures and builds Palier in build/ (shared by run.sh and test.sh).
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
"$top/scripts/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so that another clone of the same sources hits the cache.
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
cmake -S "$top" -B "$top/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPALIER_WERROR=ON \
    "$@" >/dev/null
cmake --build "$top/build" --parallel "$(nproc)"
