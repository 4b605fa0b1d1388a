#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) in build-fuzz/ and runs
# each for SECONDS (default 30) from the seed corpus of tests/data. A crash, a leak or a sanitizer report fails
# the run; the input that caused it is kept in build-fuzz/crashes/ (add it to fuzz/corpus/ once fixed).
# Usage: scripts/fuzz.sh [SECONDS]
#        scripts/fuzz.sh --runs N    (CI: N inputs per target from a fresh corpus with a fixed seed, so that a run
#                                     that passed once passes again on the same commit)
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
budget=(-max_total_time="${1:-30}")
fresh=false
if [ "${1:-}" = "--runs" ]; then
    budget=(-runs="${2:?--runs takes a number}" -seed=1)
    fresh=true
fi
build="$top/build-fuzz"
"$top/scripts/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALIER_WITH_FUZZERS=ON -DPALIER_WITH_GUI_TESTS=OFF >/dev/null
targets=(fuzz_table fuzz_xlsx fuzz_programme fuzz_template)
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

seeds() {
    case "$1" in
    fuzz_table) find "$top/tests/data" "$top/fuzz/corpus/table" -type f \( -name '*.csv' -o -name '*.txt' -o -name '*.dat' \) ;;
    fuzz_xlsx) find "$top/tests/data" "$top/fuzz/corpus/xlsx" -type f -name '*.xlsx' ;;
    fuzz_programme) find "$top/resources/programmes" "$top/fuzz/corpus/programme" -type f -name '*.json' ;;
    fuzz_template) find "$top/resources/letters" -type f -name '*.html' ;;
    esac 2>/dev/null
}

mkdir -p "$build/crashes"
status=0
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    if $fresh; then
        rm -rf "$work"
    fi
    mkdir -p "$work"
    seeds "$target" | while read -r seed; do cp "$seed" "$work/" 2>/dev/null || true; done
    echo "== $target: ${budget[*]} from $(find "$work" -type f | wc -l) inputs"
    if ! QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build/fuzz/$target" "${budget[@]}" -timeout=10 -rss_limit_mb=4096 -max_len=262144 \
        -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" "$work" 2>"$build/$target.log"; then
        echo "$target FAILED: see $build/$target.log and $build/crashes/" >&2
        tail -n 40 "$build/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | tr '\n' ' '
        echo
    fi
done
exit $status
