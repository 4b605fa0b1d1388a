#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: installs what is missing, builds, and opens Palier on the demo regional database
# (created on first run in the user's data directory). Extra arguments go to palier.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
"$top/scripts/build.sh"
exec "$top/build/src/app/palier" "$@"
