#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL cluster for the tests: pg-cluster.sh start|stop|status STATE_DIR
#
# start: initdb in a fresh temporary directory as an unprivileged user (as root: the system user "palier-ci",
#        created when missing), listening on 127.0.0.1 only, on a free port, its unix socket in the same temporary
#        directory, password (SCRAM) authentication, TLS on with a throw-away CA. Writes in STATE_DIR:
#          conninfo   libpq keyword/value string of the superuser "palier_admin" (password through passfile=)
#          pgpass     the password file (0600) named by conninfo
#          ca.crt     the CA that signed the server certificate (for sslmode=verify-full)
#          cluster    the temporary directory (data, socket, log)
#        Tests read STATE_DIR/conninfo (ctest passes PALIER_PG_STATE_DIR).
# stop:  stops the cluster recorded in STATE_DIR and removes its temporary directory and the files above.
#
# When PostgreSQL is not installed, start writes STATE_DIR/unavailable with the reason and exits 0 (the PG tests
# then skip), unless PALIER_PG_REQUIRED=1 (scripts/test.sh, CI): then it fails.
# PALIER_PG_BINDIR overrides where initdb/pg_ctl are looked for (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

action="${1:-}"
state="${2:-}"
if [ -z "$action" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop|status STATE_DIR" >&2
    exit 2
fi
mkdir -p "$state"
state="$(cd "$state" && pwd)"

find_bindir() {
    if [ -n "${PALIER_PG_BINDIR:-}" ]; then
        echo "$PALIER_PG_BINDIR"
        return
    fi
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
        return
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

# Runs a command as the cluster's owner (root never owns a cluster: PostgreSQL refuses it).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u palier-ci -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$state/cluster" ]; then
        local cluster bindir
        cluster="$(cat "$state/cluster")"
        bindir="$(find_bindir)"
        if [ -d "$cluster/data" ] && [ -n "$bindir" ]; then
            as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        case "$cluster" in
        /tmp/palier-pg.*) rm -rf "$cluster" ;;
        esac
    fi
    rm -f "$state/cluster" "$state/conninfo" "$state/pgpass" "$state/ca.crt" "$state/unavailable"
}

unavailable() {
    if [ "${PALIER_PG_REQUIRED:-0}" = "1" ]; then
        echo "pg-cluster: $1" >&2
        exit 1
    fi
    echo "$1" >"$state/unavailable"
    echo "pg-cluster: $1 (PostgreSQL tests will be skipped)" >&2
    exit 0
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

make_certificates() {
    local dir="$1"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Palier test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/data/server.key" -out "$dir/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/san.ext" -out "$dir/data/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/data/server.key"
}

case "$action" in
stop)
    stop_cluster
    exit 0
    ;;
status)
    if [ -f "$state/conninfo" ]; then
        cat "$state/conninfo"
        exit 0
    fi
    exit 1
    ;;
start) ;;
*)
    echo "usage: $0 start|stop|status STATE_DIR" >&2
    exit 2
    ;;
esac

stop_cluster # a cluster left by an interrupted run
bindir="$(find_bindir)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    unavailable "PostgreSQL server binaries not found (install the Debian package postgresql)"
fi

if [ "$(id -u)" -eq 0 ] && ! id -u palier-ci >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin palier-ci
fi

cluster="$(mktemp -d /tmp/palier-pg.XXXXXX)"
echo "$cluster" >"$state/cluster"
password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s\n' "$password" >"$cluster/pwfile"
if [ "$(id -u)" -eq 0 ]; then
    chown -R palier-ci "$cluster"
fi
chmod 700 "$cluster"

if ! as_owner "$bindir/initdb" -D "$cluster/data" -U palier_admin --pwfile="$cluster/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1; then
    cat "$cluster/initdb.log" >&2
    stop_cluster
    echo "pg-cluster: initdb failed" >&2
    exit 1
fi
rm -f "$cluster/pwfile"

ssl=off
if command -v openssl >/dev/null 2>&1 && make_certificates "$cluster"; then
    ssl=on
    if [ "$(id -u)" -eq 0 ]; then
        chown palier-ci "$cluster/data/server.key" "$cluster/data/server.crt"
    fi
fi

# Tests only: durability traded for speed (the cluster is thrown away).
cat >>"$cluster/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cluster'
unix_socket_permissions = 0700
ssl = $ssl
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
EOF
if [ "$ssl" = on ]; then
    printf "ssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n" >>"$cluster/data/postgresql.conf"
fi

started=0
for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    if port_in_use "$port"; then
        continue
    fi
    if as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -o "-p $port" -w -t 30 start \
        >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    tail -n 20 "$cluster/server.log" >&2 || true
    stop_cluster
    echo "pg-cluster: the server did not start" >&2
    exit 1
fi

umask 077
printf '127.0.0.1:%s:*:palier_admin:%s\n' "$port" "$password" >"$state/pgpass"
if [ "$ssl" = on ]; then
    cp "$cluster/ca.crt" "$state/ca.crt"
    sslmode=require
else
    sslmode=disable
fi
printf 'host=127.0.0.1 port=%s dbname=postgres user=palier_admin sslmode=%s passfile=%s\n' \
    "$port" "$sslmode" "$state/pgpass" >"$state/conninfo"
echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (ssl $ssl)"
