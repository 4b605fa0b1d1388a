#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources (run after adding or changing a tr() string).
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
"$lupdate" -locations none -no-obsolete "$top/src" "$top/ui" \
    -ts "$top/translations/palier_fr.ts" "$top/translations/palier_en.ts"
