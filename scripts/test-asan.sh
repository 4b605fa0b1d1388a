#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer: builds palier-cli and every test
# program with -DPALIER_WITH_ASAN=ON in build-asan/ (ccache, like build/) and runs the core, cli and gui tests
# (offscreen) there. libxlsxwriter is loaded with dlmopen() in these builds (src/core/scoring/XlsxOutput.h): the
# XLSX tests run too.
# Any sanitizer report fails the stage, also one made by a palier-cli started by a test: ASan stops at the first
# error, UBSan is built with -fno-sanitize-recover, LeakSanitizer reports leaks at exit except those of the system
# libraries listed in scripts/asan/lsan.supp (never a Palier function). Every report is also written to
# build-asan/sanitizer/, and the stage fails when that folder is not empty after the run, whatever the exit codes.
# Not run here: the PostgreSQL re-run of the core and cli tests (label pg: the same Palier code, with other SQL
# text, against a server that is not instrumented; it would double the time), and the translation, format,
# packaging and crash-loop checks (scripts, no Palier code of their own).
# PALIER_ASAN=1 scripts/test.sh calls it after the normal run (CI sets it: .ci/run); extra arguments go to ctest.
# Usage: scripts/test-asan.sh [CTEST ARGUMENTS…]     e.g. scripts/test-asan.sh -R tst_backups
#        PALIER_ASAN_BUILD=DIR scripts/test-asan.sh  builds in DIR instead of build-asan/
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
build="${PALIER_ASAN_BUILD:-$top/build-asan}"
labels='core|cli|gui'
"$top/scripts/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
start=$(date +%s)
cmake -S "$top" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPALIER_WERROR=ON \
    -DPALIER_WITH_ASAN=ON \
    -DPALIER_WITH_GUI_TESTS=ON >/dev/null
cd "$build"
# Only what the tests run: palier-cli and the test programs (each test is named after its program), not the
# window nor the packaging.
mapfile -t tests < <(ctest -N -L "$labels" -LE pg | sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z0-9_]*\)$/\1/p')
cmake --build "$build" --parallel "$(nproc)" --target palier-cli "${tests[@]}"
built=$(date +%s)

reports="$build/sanitizer"
rm -rf "$reports"
mkdir -p "$reports"
# halt_on_error: the first error ends the program and fails its test; initialisation order is checked too.
# log_path: each report also goes to a file (sanitizer/asan.PID), so that one made in a child process is seen.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$top/scripts/asan/lsan.supp:print_suppressions=0"
status=0
ctest --output-on-failure --parallel "$(nproc)" -L "$labels" -LE pg "$@" || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "Sanitizer reports (build-asan/sanitizer/):" >&2
    for report in "$reports"/*; do
        echo "== $report" >&2
        cat "$report" >&2
    done
    status=1
fi
echo "ASan+UBSan stage (${#tests[@]} test programs): build $((built - start)) s, tests $(($(date +%s) - built)) s"
exit $status
