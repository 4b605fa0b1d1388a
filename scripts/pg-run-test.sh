#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test executable against the private PostgreSQL cluster of the ctest fixture pg_cluster (label pg):
#   pg-run-test.sh STATE_DIR TEST [ARGS…]
# Every .palier database the test (and the palier-cli it starts) creates becomes a fresh PostgreSQL database of the
# cluster (PALIER_TEST_PG: see src/core/db/DatabasePostgres.h), dropped when the test ends. Without a cluster the
# test is skipped (exit 77), unless PALIER_PG_REQUIRED=1: then it fails.
set -euo pipefail
state="$1"
shift
if [ ! -f "$state/conninfo" ]; then
    reason="no PostgreSQL test cluster in $state"
    if [ -f "$state/unavailable" ]; then
        reason="$(cat "$state/unavailable")"
    fi
    echo "pg-run-test: $reason" >&2
    if [ "${PALIER_PG_REQUIRED:-0}" = "1" ]; then
        exit 1
    fi
    exit 77
fi
PALIER_TEST_PG="$(cat "$state/conninfo")"
PALIER_TEST_PG_RUN="$$"
export PALIER_TEST_PG PALIER_TEST_PG_RUN
status=0
# The output is kept and, on failure, the failed checks are printed before it: a log cut after its first lines
# (a CI summary) still says what failed.
output="$(mktemp)"
"$@" >"$output" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    echo "pg-run-test: $(basename "$1") failed (exit $status); the failed checks first:"
    grep -E -A 3 '^(FAIL!|QFATAL|XPASS)|Received signal|Totals:' "$output" | head -n 40 || true
    echo "pg-run-test: the whole output:"
fi
cat "$output"
rm -f "$output"

# The databases of this run (palier_t_RUN_…): hundreds of them would slow the cluster down and its removal.
if [ -n "${PALIER_PG_BINDIR:-}" ]; then
    psql="$PALIER_PG_BINDIR/psql"
else
    psql="$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1 || true)"
    psql="${psql:-$(command -v psql || true)}"
fi
if [ -n "$psql" ]; then
    printf '%s\n' "SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', datname) FROM pg_database" \
        "WHERE datname LIKE 'palier\\_t\\_${PALIER_TEST_PG_RUN}\\_%' \\gexec" |
        "$psql" -X -q -d "$PALIER_TEST_PG" >/dev/null 2>&1 || true
fi
exit "$status"
