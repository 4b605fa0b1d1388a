#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer: builds the test programs with
# -DPALIER_WITH_ASAN=ON in build-asan/ (ccache, like build/) and runs the core and cli tests there; PALIER_ASAN_GUI=1
# adds the gui tests (offscreen). Any sanitizer report fails the test that made it: ASan halts at the first error,
# UBSan is built with -fno-sanitize-recover, and leaks are reported (LeakSanitizer) except those of the system
# libraries listed in scripts/asan/lsan.supp. libxlsxwriter is loaded with dlmopen() in these builds
# (src/core/scoring/XlsxOutput.h): the XLSX tests run too.
# scripts/test.sh calls it after the normal run (PALIER_ASAN=0 skips it); extra arguments go to ctest.
# Usage: scripts/test-asan.sh [CTEST ARGUMENTS…]     e.g. scripts/test-asan.sh -R tst_backups
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
build="$top/build-asan"
labels='core|cli'
gui=OFF
if [ "${PALIER_ASAN_GUI:-0}" != 0 ]; then
    labels='core|cli|gui'
    gui=ON
fi
"$top/scripts/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
start=$(date +%s)
cmake -S "$top" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPALIER_WERROR=ON \
    -DPALIER_WITH_ASAN=ON \
    -DPALIER_WITH_GUI_TESTS="$gui" >/dev/null
cd "$build"
# Only what the tests run: palier-cli and the test programs (each test is named after its program), not the
# window nor the packaging.
mapfile -t tests < <(ctest -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z0-9_]*\)$/\1/p')
cmake --build "$build" --parallel "$(nproc)" --target palier-cli "${tests[@]}"
built=$(date +%s)

# halt_on_error: the first error ends the test and fails it; initialisation order is checked too.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$top/scripts/asan/lsan.supp:print_suppressions=0"
# The PostgreSQL, crash-loop, translation, format and packaging checks say nothing more under the sanitizers than
# in build/: only the test programs run here.
status=0
ctest --output-on-failure --parallel "$(nproc)" -L "$labels" -LE pg "$@" || status=$?
echo "ASan+UBSan stage (${#tests[@]} test programs): build $((built - start)) s, tests $(($(date +%s) - built)) s"
exit $status
