#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a visible string of the sources has no finished French translation: runs lupdate over the
# sources into a copy of translations/palier_fr.ts and counts what is new or unfinished.
set -euo pipefail
lupdate="${1:-lupdate}"
top="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$top/translations/palier_fr.ts" "$work/palier_fr.ts"
"$lupdate" -silent -locations none -no-obsolete "$top/src" "$top/ui" -ts "$work/palier_fr.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/palier_fr.ts" || true)
total=$(grep -c '<source>' "$work/palier_fr.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "palier_fr.ts: $unfinished of $total strings have no finished French translation:" >&2
    grep -B3 'type="unfinished"' "$work/palier_fr.ts" | grep '<source>' | head -n 40 >&2
    echo "Run scripts/update-translations.sh, translate them in translations/palier_fr.ts, and commit." >&2
    exit 1
fi
echo "palier_fr.ts: all $total strings translated."
