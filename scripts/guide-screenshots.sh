#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots of the user guide (docs/guide/img/*.png) from the demo database, so that they never
# go stale. Builds nothing: it takes palier and palier-cli from a build directory (scripts/build.sh first).
#
#   scripts/guide-screenshots.sh [BUILD_DIR]      # default: build/ at the top of the repository
#
# Runs headless (QT_QPA_PLATFORM=offscreen), in French (PALIER_LANG=fr unless set), with a home directory of its
# own: the user's settings, recent files and backups are neither read nor changed. A page that is not built yet
# shows its placeholder: the script still takes it.
set -euo pipefail

top="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$top/build}" 2>/dev/null && pwd)" || {
    echo "guide-screenshots: no build directory ${1:-$top/build}: run scripts/build.sh first" >&2
    exit 2
}
app="$build/src/app/palier"
cli="$build/src/cli/palier-cli"
for exe in "$app" "$cli"; do
    if [[ ! -x $exe ]]; then
        echo "guide-screenshots: $exe not found: build it first (scripts/build.sh)" >&2
        exit 2
    fi
done

out="$top/docs/guide/img"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 PALIER_LANG="${PALIER_LANG:-fr}" LANG=fr_FR.UTF-8 LC_ALL=C.UTF-8

db="$work/demo-paca.palier"
"$cli" demo --db "$db" >/dev/null

shoot() { # NAME [palier arguments…]
    local name=$1
    shift
    "$app" --screenshot "$work/$name.png" "$@" 2>"$work/$name.log" || {
        echo "guide-screenshots: palier failed for $name:" >&2
        cat "$work/$name.log" >&2
        exit 1
    }
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 "$work/$name.png"
    fi
    mv "$work/$name.png" "$out/$name.png"
    echo "$out/$name.png"
}

# The first run, before any database: the welcome page.
shoot welcome
for page in dashboard roadmap establishments candidatures instruction preselection letters follow-up; do
    shoot "$page" --page "$page" "$db"
done
