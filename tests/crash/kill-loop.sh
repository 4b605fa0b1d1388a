#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety: runs palier-cli imports and preselection runs on copies of a demo database, kills them with
# SIGKILL at random moments, and checks after each kill that the file opens, passes `palier-cli check`
# (integrity, foreign keys, audit chain) and holds the operation wholly or not at all.
# Usage: tests/crash/kill-loop.sh PALIER_CLI SAE_FILE [KILLS] [SEED]
set -euo pipefail
cli="$1"
sae="$2"
kills="${3:-50}"
RANDOM="${4:-2019}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PALIER_LANG=en XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen

count() { sqlite3 "$1" "$2"; }
fail() {
    echo "kill-loop: $*" >&2
    exit 1
}

"$cli" demo --db "$work/base.palier" >/dev/null
operation() { # NAME DB: runs the operation on DB, as this process (exec: the process killed is palier-cli's)
    case "$1" in
    import) exec "$cli" import establishments "$sae" --db "$2" --accept-valid >/dev/null 2>&1 ;;
    preselect) exec "$cli" preselect --db "$2" --method optimal --save >/dev/null 2>&1 ;;
    esac
}
measure() { # NAME DB: what the operation changes
    case "$1" in
    import) count "$2" "SELECT count(*) FROM establishment" ;;
    preselect) count "$2" "SELECT count(*) FROM preselection_run" ;;
    esac
}

declare -A before after duration
for op in import preselect; do
    cp "$work/base.palier" "$work/ref.palier"
    before[$op]=$(measure "$op" "$work/ref.palier")
    start=$(date +%s%N)
    (operation "$op" "$work/ref.palier") || fail "$op does not succeed when left alone"
    duration[$op]=$(((($(date +%s%N) - start) / 1000000) + 1))
    after[$op]=$(measure "$op" "$work/ref.palier")
    [ "${before[$op]}" != "${after[$op]}" ] || fail "$op changes nothing: the check would prove nothing"
    rm -f "$work"/ref.palier*
done

partial=0
for ((i = 1; i <= kills; i++)); do
    op=$([ $((i % 2)) -eq 0 ] && echo preselect || echo import)
    db="$work/k.palier"
    rm -f "$db" "$db-wal" "$db-shm" "$db.lock" "$db.lock.json"
    cp "$work/base.palier" "$db"
    delay_ms=$((RANDOM % duration[$op]))
    operation "$op" "$db" &
    pid=$!
    sleep "$(printf '0.%03d' "$delay_ms")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    "$cli" check --db "$db" >"$work/check.txt" 2>&1 || fail "kill $i ($op after ${delay_ms} ms): $(cat "$work/check.txt")"
    now=$(measure "$op" "$db")
    if [ "$now" != "${before[$op]}" ] && [ "$now" != "${after[$op]}" ]; then
        fail "kill $i ($op after ${delay_ms} ms): $now rows, neither ${before[$op]} (none) nor ${after[$op]} (all)"
    fi
    [ "$now" = "${after[$op]}" ] || partial=$((partial + 1))
done
echo "kill-loop: $kills kills (import ${duration[import]} ms, preselect ${duration[preselect]} ms); $partial interrupted before their commit, $((kills - partial)) after; every file checked and whole"
