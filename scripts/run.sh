#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: installs what is missing, builds, and opens Palier on the demo regional database (created on
# first run in the user's data directory, where the welcome page's "open the demo region" finds it too).
# With arguments, they go to palier instead (e.g. a .palier file of your own).
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
"$top/scripts/build.sh"
if [ $# -gt 0 ]; then
    exec "$top/build/src/app/palier" "$@"
fi
# QStandardPaths::AppDataLocation of organisation "Palier", application "Palier" (src/gui/CampaignFiles.cpp).
demo="${XDG_DATA_HOME:-$HOME/.local/share}/Palier/Palier/demo-paca.palier"
if [ ! -f "$demo" ]; then
    mkdir -p "$(dirname "$demo")"
    "$top/build/src/cli/palier-cli" demo --db "$demo"
fi
exec "$top/build/src/app/palier" "$demo"
