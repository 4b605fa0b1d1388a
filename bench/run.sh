#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for every benchmark: builds in Release, generates the data, measures Palier and its peers
# side by side with hyperfine (warm-up, several runs, medians) and prints one table (bench/report.py).
# usage: bench/run.sh [RUNS]   (default 7 runs per command after one warm-up)
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
"$top/scripts/install-deps.sh"
"$top/scripts/install-deps.sh" --bench

build="$top/build-bench"
mkdir -p "$build"
if ! { cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALIER_WITH_BENCH=ON \
    -DPALIER_WITH_GUI_TESTS=OFF && cmake --build "$build" --parallel "$(nproc)"; } >"$build/build.log" 2>&1; then
    tail -n 30 "$build/build.log" >&2
    echo "The Release build failed; see $build/build.log" >&2
    exit 2
fi
cli="$build/src/cli/palier-cli"
app="$build/src/app/palier"
bare="$build/bench/bench-bare-window"

data="$build/bench-data"
results="$data/results"
mkdir -p "$data" "$results"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 PALIER_LANG=en

# --- data -------------------------------------------------------------------------------------------------
[ -f "$data/finess-100k.csv" ] || python3 "$top/bench/gen-finess.py" 100000 "$data/finess-100k.csv"
if [ ! -f "$data/national.palier" ]; then
    "$cli" demo --db "$data/national.palier" --scale national >/dev/null
fi
fields=$(awk -F';' 'NR == 2 { print NF; exit }' "$data/finess-100k.csv")
columns=$(seq -s, -f 'c%g' 1 "$fields")

# --- import 100,000 FINESS lines vs sqlite3 .import ---------------------------------------------------------
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/import.json" \
    --command-name "palier-cli import establishments (100,000 FINESS lines, validated)" \
    --prepare "rm -f $data/import.palier*; $cli init --db $data/import.palier --region 93 >/dev/null" \
    "$cli import establishments $data/finess-100k.csv --db $data/import.palier --accept-valid" \
    --command-name "sqlite3 .import (same file, plain $fields-column table)" \
    --prepare "rm -f $data/peer.db; sqlite3 $data/peer.db 'CREATE TABLE t($columns)'" \
    "sqlite3 $data/peer.db -cmd '.mode csv' -cmd '.separator ;' '.import $data/finess-100k.csv t'" \
    >/dev/null 2>&1 || echo "import benchmark failed (is 'palier-cli import' available?)" >&2

rm -f "$data/import.palier"*
"$cli" init --db "$data/import.palier" --region 93 >/dev/null
/usr/bin/time -f "%M" -o "$results/import-peak-kb.txt" \
    "$cli" import establishments "$data/finess-100k.csv" --db "$data/import.palier" --accept-valid >/dev/null 2>&1 || true

# --- typing in the search box of the establishments page, on the 100,000 establishments just imported ---------
# Each keystroke is a key press in the real page's search box and the page's repaint (Google Benchmark medians).
PALIER_BENCH_DB="$data/import.palier" "$build/bench/bench-search" --benchmark_repetitions="$runs" \
    --benchmark_report_aggregates_only=true --benchmark_out_format=json --benchmark_out="$results/search.json" \
    >/dev/null 2>&1 || echo "search benchmark failed" >&2

# --- start-up to a painted main window, national database vs a bare Qt window ------------------------------
# A start-up is short (tens of milliseconds) and varies by a few from one run to the next: at least 30 runs each.
# The imports above leave about 100 MB to write back: written first (sync), not while the start-ups are timed.
startup_runs=$((runs > 30 ? runs : 30))
sync
hyperfine --style basic --warmup 3 --runs "$startup_runs" --export-json "$results/startup.json" \
    --command-name "palier --quit-after-first-paint (national database, candidatures page)" \
    "$app --quit-after-first-paint $data/national.palier" \
    --command-name "bare Qt Widgets window 1280x800" \
    "$bare" >/dev/null 2>&1 || echo "start-up benchmark failed" >&2

/usr/bin/time -f "%M" -o "$results/startup-peak-kb.txt" \
    "$app" --quit-after-first-paint "$data/national.palier" >/dev/null 2>&1 || true

# --- the dashboard on the national database: start-up to a painted dashboard vs to the candidatures page --------
# The difference of the medians is what building the dashboard (its queries and charts) adds (goal: 200 ms).
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/dashboard.json" \
    --command-name "palier --page dashboard --quit-after-first-paint (national)" \
    "$app --page dashboard --quit-after-first-paint $data/national.palier" \
    --command-name "palier --page candidatures --quit-after-first-paint (national)" \
    "$app --page candidatures --quit-after-first-paint $data/national.palier" >/dev/null 2>&1 ||
    echo "dashboard benchmark failed" >&2

# --- what-if on weights, in-process (Google Benchmark medians) ----------------------------------------------
"$build/bench/bench-whatif" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
    --benchmark_out_format=json --benchmark_out="$results/whatif.json" >/dev/null 2>&1 ||
    echo "what-if benchmark failed" >&2

# --- preselection, national: every file back in competition, both methods, solver time from --json ---------
cp "$data/national.palier" "$data/preselect.palier"
rm -f "$data/preselect.palier-wal" "$data/preselect.palier-shm"
# The demo's files in follow-up (en_cours, termine) come back too: 2,624 files in competition.
sqlite3 "$data/preselect.palier" "UPDATE candidature SET state = 'instruit' WHERE state IN ('preselectionne', \
    'liste_attente', 'non_retenu', 'valide_dgos', 'notifie', 'en_cours', 'termine')"
for method in rank optimal; do
    : >"$results/preselect-$method.txt"
    for ((run = 0; run < runs; run++)); do
        "$cli" preselect --db "$data/preselect.palier" --method "$method" --json |
            python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["elapsed_ms"], d["status"])' \
                >>"$results/preselect-$method.txt" || echo "preselect $method failed" >&2
    done
done

# --- DGOS export (XLSX + CSV of a sealed preselection version) vs LibreOffice converting the same rows CSV -> XLSX ---
# A copy of the national database with a saved version of every file back in competition. Two rows:
# - the DGOS export: `palier-cli export dgos` writes the XLSX + CSV of the sealed version again (what a referent
#   does to send the file once more; read-only), against LibreOffice converting that CSV to XLSX;
# - the seal, its own figure: each run seals a fresh copy of the unsealed base (sealing is once per version: the
#   readiness check, the snapshot, the files' states with their history and audit entries, then the same files),
#   beside the same LibreOffice conversion for scale.
lo_profile="$data/lo-profile" # a LibreOffice profile of its own, created by the warm-up
cp "$data/preselect.palier" "$data/export-base.palier"
rm -f "$data/export-base.palier-wal" "$data/export-base.palier-shm"
export_run=$("$cli" preselect --db "$data/export-base.palier" --method rank --save --json |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["run"])') || export_run=""
if [ -n "$export_run" ] && command -v soffice >/dev/null; then
    # The peer's CSV and the exported version come from sealing a copy: the base itself stays unsealed, or every
    # timed seal would be refused ("already sealed", nothing written), as it was before 2026-11-22 (session 9).
    cp "$data/export-base.palier" "$data/export-peer.palier"
    rm -f "$data/export-peer.palier-wal" "$data/export-peer.palier-shm"
    "$cli" seal --db "$data/export-peer.palier" --run "$export_run" --out "$data/dgos-peer.xlsx" >/dev/null
    wc -l <"$data/dgos-peer.csv" >"$results/export-rows.txt"
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/export.json" \
        --command-name "palier-cli export dgos (sealed version, XLSX + CSV, national)" \
        --prepare "rm -f $data/dgos-export.*" \
        "$cli export dgos --db $data/export-peer.palier --run $export_run --out $data/dgos-export.xlsx" \
        --command-name "LibreOffice headless, same rows CSV -> XLSX" \
        --prepare "rm -rf $data/lo-out" \
        "soffice -env:UserInstallation=file://$lo_profile --headless --convert-to xlsx --outdir $data/lo-out $data/dgos-peer.csv" \
        >/dev/null 2>&1 || echo "export benchmark failed" >&2
    cmp -s "$data/dgos-export.csv" "$data/dgos-peer.csv" ||
        echo "export benchmark failed: export dgos did not write the rows sealed" >&2
    # -i: sealing exits 1 when it has warnings to give. Each run must seal: a run that writes no dgos.csv fails
    # the benchmark (checked after it).
    hyperfine -i --style basic --warmup 1 --runs "$runs" --export-json "$results/seal.json" \
        --command-name "palier-cli seal (sealing a national version + DGOS XLSX + CSV)" \
        --prepare "cp $data/export-base.palier $data/export.palier; rm -f $data/export.palier-wal $data/export.palier-shm $data/dgos.*" \
        "$cli seal --db $data/export.palier --run $export_run --out $data/dgos.xlsx" \
        --command-name "LibreOffice headless, same rows CSV -> XLSX" \
        --prepare "rm -rf $data/lo-out" \
        "soffice -env:UserInstallation=file://$lo_profile --headless --convert-to xlsx --outdir $data/lo-out $data/dgos-peer.csv" \
        >/dev/null 2>&1 || echo "seal benchmark failed" >&2
    [ -s "$data/dgos.csv" ] || echo "seal benchmark failed: the timed seal wrote no file" >&2
fi

# --- letters of the national demo as PDFs vs LibreOffice converting the same letters (ODT) to PDF -----------
if command -v soffice >/dev/null; then
    rm -rf "$data/letters-odt" && mkdir -p "$data/letters-odt"
    "$cli" letters --db "$data/national.palier" --out "$data/letters-odt" --format odt >/dev/null 2>&1 || true
    ls "$data/letters-odt" | wc -l >"$results/letters-count.txt"
    # LibreOffice needs minutes for the whole set: fewer runs for both sides, the same for both. One soffice for
    # all 1,809 files stopped after 247 (2026-11-22, LibreOffice 7.4): batches of 200, one process each.
    letter_runs=$(( runs < 3 ? runs : 3 ))
    # -i: the letters command exits 1 when it skips establishments still waiting for DGOS.
    hyperfine -i --style basic --warmup 0 --runs "$letter_runs" --export-json "$results/letters.json" \
        --command-name "palier-cli letters (national demo, one PDF per establishment)" \
        --prepare "rm -rf $data/letters-pdf" \
        "$cli letters --db $data/national.palier --out $data/letters-pdf" \
        --command-name "LibreOffice headless, the same letters ODT -> PDF (batches of 200 files)" \
        --prepare "rm -rf $data/lo-letters" \
        "find $data/letters-odt -name '*.odt' -print0 | xargs -0 -n 200 soffice -env:UserInstallation=file://$lo_profile --headless --convert-to pdf --outdir $data/lo-letters" \
        >/dev/null 2>&1 || echo "letters benchmark failed" >&2
fi

python3 "$top/bench/report.py" "$results"
