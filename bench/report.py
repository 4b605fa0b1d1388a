#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the hyperfine JSON files and peak-memory readings written by bench/run.sh and prints the table of
bench/README.md: workload, Palier's median, the peer's median, the ratio, the goal, pass/fail."""
import json
import os
import platform
import subprocess
import sys

# (results file, goal text, test on the ratio palier/peer)
COMPARISONS = [
    ("import.json", "<= 1.0 x sqlite3 .import", lambda r: r <= 1.0),
    ("startup.json", "<= 3 x bare Qt window", lambda r: r <= 3.0),
    ("export.json", ">= 10 x faster than LibreOffice CSV -> XLSX", lambda r: r <= 0.1),
    # The seal has no goal of its own: its figure, with the same LibreOffice conversion for scale.
    ("seal.json", "none (LibreOffice CSV -> XLSX for scale)", None),
    ("letters.json", ">= 5 x faster than LibreOffice ODT -> PDF", lambda r: r <= 0.2),
]
MEMORY = [
    ("import-peak-kb.txt", "peak memory, import of 100,000 FINESS lines", 200 * 1024),
    ("startup-peak-kb.txt", "peak memory, national database on the candidatures page", 150 * 1024),
]


# Google Benchmark results: (benchmark name, workload, goal in ms)
IN_PROCESS = [
    ("rerank/region", "what-if re-rank, largest domain of a region", 50.0),
    ("rerank/national", "what-if re-rank, largest domain, national", 50.0),
    ("weightRangesOfRegion", "what-if weight ranges of every file of a region's largest domain", 50.0),
]


# Preselection solver times written by run.sh: (file, workload, goal in ms, status every run must reach)
SOLVER = [
    ("preselect-rank.txt", "preselection, national, rank-fill", 50.0, "rule"),
    ("preselect-optimal.txt", "preselection, national, optimal with quotas (proven)", 2000.0, "optimal"),
]


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}"


def main():
    results = sys.argv[1]
    rows = []
    for name, goal, passes in COMPARISONS:
        path = os.path.join(results, name)
        if not os.path.exists(path):
            rows.append((name, "—", "—", "—", goal, "not measured"))
            continue
        try:
            with open(path) as f:
                data = json.load(f)["results"]
        except (OSError, ValueError, KeyError):
            data = []
        if len(data) != 2:
            rows.append((name, "—", "—", "—", goal, "not measured"))
            continue
        palier, peer = data
        ratio = palier["median"] / peer["median"]
        # CPU (user + system, means): what a loaded machine does not inflate, unlike the elapsed medians.
        cpu = [r.get("user", 0) + r.get("system", 0) for r in (palier, peer)]
        cpu_ratio = f", CPU {cpu[0] / cpu[1]:.2f}" if cpu[1] > 0 else ""
        rows.append((palier["command"], f"{palier['median'] * 1000:.0f} ms (CPU {cpu[0] * 1000:.0f} ms)",
                     f"{peer['median'] * 1000:.0f} ms (CPU {cpu[1] * 1000:.0f} ms)", f"{ratio:.2f}{cpu_ratio}", goal,
                     "—" if passes is None else "pass" if passes(ratio) else "FAIL"))
    # The dashboard: what it adds to a start-up on the candidatures page (difference of the medians).
    try:
        with open(os.path.join(results, "dashboard.json")) as f:
            dashboard, candidatures = json.load(f)["results"]
        extra = (dashboard["median"] - candidatures["median"]) * 1000
        rows.append(("dashboard, national: start-up to a painted dashboard minus start-up on the candidatures page",
                     f"{extra:.0f} ms", f"{candidatures['median'] * 1000:.0f} ms (candidatures page)", "—",
                     "< 200 ms", "pass" if extra < 200 else "FAIL"))
    except (OSError, ValueError, KeyError):
        rows.append(("dashboard, national", "—", "—", "—", "< 200 ms", "not measured"))
    medians = {}
    for results_file in ("whatif.json", "search.json"):
        path = os.path.join(results, results_file)
        if os.path.exists(path):
            with open(path) as f:
                for b in json.load(f)["benchmarks"]:
                    if b.get("aggregate_name") == "median":
                        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[b.get("time_unit", "ns")]
                        medians[b["run_name"]] = b["real_time"] * scale
    # Typing "centre" then erasing: the slowest of its keystrokes (median of each) is the figure.
    keys = [name for name in medians if name.startswith(("BM_TypeLetter/", "BM_EraseLastLetter"))]
    label = "typing in the search box, 100,000 establishments: slowest key of “centre” and its erasing (median)"
    if len(keys) == 7:
        slowest = max(keys, key=lambda name: medians[name])
        ms = medians[slowest]
        rows.append((f"{label}, {slowest.split('/manual_time')[0]}", f"{ms:.1f} ms", "—", "—", "< 30 ms",
                     "pass" if ms < 30.0 else "FAIL"))
    else:
        rows.append((label, "—", "—", "—", "< 30 ms", "not measured"))
    for name, label, goal_ms in IN_PROCESS:
        if name in medians:
            ms = medians[name]
            rows.append((label, f"{ms:.3f} ms", "—", "—", f"< {goal_ms:.0f} ms", "pass" if ms < goal_ms else "FAIL"))
        else:
            rows.append((label, "—", "—", "—", f"< {goal_ms:.0f} ms", "not measured"))
    for name, label, goal_ms, status in SOLVER:
        try:
            with open(os.path.join(results, name)) as f:
                runs = [line.split() for line in f if line.strip()]
            times = sorted(float(r[0]) for r in runs)
            ms = times[len(times) // 2]
            reached = all(r[1] == status for r in runs)
            rows.append((label, f"{ms:.0f} ms", "—", "—", f"< {goal_ms:.0f} ms ({status})",
                         "pass" if ms < goal_ms and reached else "FAIL"))
        except (OSError, ValueError, IndexError):
            rows.append((label, "—", "—", "—", f"< {goal_ms:.0f} ms", "not measured"))
    for name, label, limit_kb in MEMORY:
        path = os.path.join(results, name)
        try:
            with open(path) as f:
                kb = int(f.read().split()[-1])
            rows.append((label, f"{kb / 1024:.0f} MB", "—", "—", f"< {limit_kb // 1024} MB",
                         "pass" if kb < limit_kb else "FAIL"))
        except (OSError, ValueError, IndexError):
            rows.append((label, "—", "—", "—", f"< {limit_kb // 1024} MB", "not measured"))
    print(f"Machine: {machine()}")
    print(f"Commit: {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}")
    print()
    print("| workload | Palier (median) | peer (median) | ratio | goal | result |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
