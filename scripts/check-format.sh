#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks (or with --fix, applies) clang-format on every C++ source of src/, tests/, bench/ and fuzz/ (tracked or new).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'fuzz/*.cpp' 'fuzz/*.h' 2>/dev/null ||
    find src tests bench fuzz -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
else
    clang-format --dry-run -Werror "${files[@]}"
    echo "clang-format: ${#files[@]} files checked, all formatted."
fi
