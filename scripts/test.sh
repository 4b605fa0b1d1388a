#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite headless; ends with ctest's summary.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
"$top/scripts/build.sh"
cd "$top/build"
# The PostgreSQL tests (label pg) start a private cluster of their own as a ctest fixture (scripts/pg-cluster.sh);
# install-deps.sh installed PostgreSQL, so here they fail rather than skip when it cannot start.
export PALIER_PG_REQUIRED="${PALIER_PG_REQUIRED:-1}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
# PALIER_ASAN=1: then the core, cli and gui tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-asan/, scripts/test-asan.sh): any sanitizer report fails. CI sets it (.ci/run); off by default here because
# the first sanitizer build takes about half an hour on two cores.
if [ "${PALIER_ASAN:-0}" != 0 ]; then
    "$top/scripts/test-asan.sh" "$@"
fi
