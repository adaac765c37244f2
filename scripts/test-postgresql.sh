#!/usr/bin/env bash
# A throwaway PostgreSQL server for Rollbook's tests and benchmarks.
#
#   scripts/test-postgresql.sh start STATE_DIR   start one; its details go to STATE_DIR
#   scripts/test-postgresql.sh stop STATE_DIR    stop it and delete it
#   scripts/test-postgresql.sh run COMMAND...    start one, run COMMAND beside it, stop it
#
# The server is a new cluster in a temporary folder, listening on 127.0.0.1 only, on the first
# free port from ROLLBOOK_PG_PORT (default 54329). Its role `rollbook` may create databases and
# has a random password, which only a password file knows (STATE_DIR/pgpass, as libpq reads it
# through PGPASSFILE); the server asks for it over TCP (scram-sha-256), as a district's server
# would. Over TCP it speaks TLS only (pg_hba.conf has `hostssl` lines, no `host` ones), with a
# certificate for 127.0.0.1 and localhost signed by a certificate authority made for this cluster
# alone; STATE_DIR/ca.crt is that authority's certificate (its key is deleted once it has
# signed). STATE_DIR/url holds
# postgresql://rollbook@127.0.0.1:PORT/rollbook?sslrootcert=STATE_DIR/ca.crt (percent-encoded),
# so that Rollbook connects with the server verified, as it does by default. Durability is off
# (fsync, synchronous_commit): the cluster is thrown away afterwards. `run` exports
# ROLLBOOK_TEST_POSTGRESQL (the address) and PGPASSFILE for COMMAND.
#
# The CTest fixture `postgresql` (tests/CMakeLists.txt) starts and stops it around the tests
# that run on both engines.
set -euo pipefail

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

# initdb and the server refuse to run as root: there they run as the packages' `postgres` user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

# `text` percent-encoded for a URL's query, byte by byte: all but letters, digits, - . _ ~ and /.
url_encode() {
    local LC_ALL=C text="$1" encoded="" char i
    for ((i = 0; i < ${#text}; i++)); do
        char="${text:i:1}"
        case "$char" in
        [A-Za-z0-9._~/-]) encoded+="$char" ;;
        *) encoded+="$(printf '%%%02X' "'$char")" ;;
        esac
    done
    printf '%s' "$encoded"
}

# A certificate authority of this cluster's own, and the server's key and certificate signed by
# it, for 127.0.0.1 and localhost; the authority's certificate goes to STATE_DIR/ca.crt.
make_certificates() {
    local cluster="$1" state="$2" tls="$1/tls"
    if ! command -v openssl >/dev/null 2>&1; then
        echo "test-postgresql: openssl is not installed (Debian package openssl)." >&2
        exit 1
    fi
    mkdir -m 700 "$tls"
    printf '%s\n' \
        'basicConstraints = critical, CA:FALSE' \
        'keyUsage = critical, digitalSignature, keyEncipherment' \
        'extendedKeyUsage = serverAuth' \
        'subjectAltName = IP:127.0.0.1, DNS:localhost' >"$tls/server.ext"
    if ! {
        openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
            -keyout "$tls/ca.key" -out "$tls/ca.crt" -days 30 \
            -subj "/CN=Rollbook test certificate authority" \
            -addext 'basicConstraints = critical, CA:TRUE' \
            -addext 'keyUsage = critical, keyCertSign, cRLSign' &&
            openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
                -keyout "$tls/server.key" -out "$tls/server.csr" -subj "/CN=127.0.0.1" &&
            openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
                -CAcreateserial -days 30 -extfile "$tls/server.ext" -out "$tls/server.crt"
    } >"$tls/openssl.log" 2>&1; then
        cat "$tls/openssl.log" >&2
        exit 1
    fi
    # Nothing more is to be signed with it.
    rm -f "$tls/ca.key" "$tls/ca.srl" "$tls/server.csr" "$tls/server.ext"
    # The server refuses a key that others may read; it runs as the owner of the cluster.
    chmod 600 "$tls/server.key"
    chmod 644 "$tls/server.crt" "$tls/ca.crt"
    [ ${#as_owner[@]} -eq 0 ] || chown -R postgres: "$tls"
    cp "$tls/ca.crt" "$state/ca.crt"
}

# TLS only over TCP: `hostssl` where initdb's --auth-host wrote `host`, so a connection without
# encryption finds no line that lets it in. The local socket (this script's own psql) stays.
write_hba() {
    local hba="$1/data/pg_hba.conf"
    printf '%s\n' \
        '# Written by scripts/test-postgresql.sh: TLS only over TCP.' \
        'local   all          all                   trust' \
        'hostssl all          all   127.0.0.1/32    scram-sha-256' \
        'hostssl all          all   ::1/128         scram-sha-256' \
        'local   replication  all                   trust' >"$hba"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$hba"
    chmod 600 "$hba"
}

start() {
    local state="$1"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "test-postgresql: no PostgreSQL server is installed (Debian package postgresql)." >&2
        exit 1
    fi
    [ ! -f "$state/cluster" ] || stop "$state"
    mkdir -p "$state"
    state="$(cd "$state" && pwd)"
    local cluster password port
    cluster="$(mktemp -d "${TMPDIR:-/tmp}/rollbook-pg.XXXXXX")"
    echo "$cluster" >"$state/cluster"
    password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$cluster/password"
    [ ${#as_owner[@]} -eq 0 ] || chown -R postgres: "$cluster"
    if ! "${as_owner[@]}" "$bindir/initdb" -D "$cluster/data" -U rollbook \
        --pwfile="$cluster/password" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        exit 1
    fi
    rm -f "$cluster/password"
    write_hba "$cluster"
    make_certificates "$cluster" "$state"
    port="${ROLLBOOK_PG_PORT:-54329}"
    for _ in $(seq 1 20); do
        if "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$cluster/tls/server.crt -c ssl_key_file=$cluster/tls/server.key -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            break
        fi
        port=$((port + 1))
    done
    if ! "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" status >/dev/null 2>&1; then
        cat "$cluster/server.log" >&2
        exit 1
    fi
    "${as_owner[@]}" "$bindir/psql" -h "$cluster" -p "$port" -U rollbook -d postgres -q \
        -c 'CREATE DATABASE rollbook' >/dev/null
    (
        umask 077
        printf '127.0.0.1:%s:*:rollbook:%s\n' "$port" "$password" >"$state/pgpass"
    )
    echo "postgresql://rollbook@127.0.0.1:$port/rollbook?sslrootcert=$(url_encode "$state/ca.crt")" \
        >"$state/url"
    echo "test-postgresql: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}')" \
        "on 127.0.0.1:$port, TLS only" >&2
}

stop() {
    local state="$1" cluster
    [ -f "$state/cluster" ] || return 0
    cluster="$(cat "$state/cluster")"
    if [ -d "$cluster/data" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 ||
            true
    fi
    case "$cluster" in
    */rollbook-pg.*) rm -rf "$cluster" ;;
    esac
    rm -f "$state/cluster" "$state/url" "$state/pgpass" "$state/ca.crt"
}

case "${1:-}" in
start) start "$2" ;;
stop) stop "$2" ;;
run)
    shift
    state="$(mktemp -d "${TMPDIR:-/tmp}/rollbook-pg-state.XXXXXX")"
    trap 'stop "$state"; rm -rf "$state"' EXIT
    start "$state"
    export ROLLBOOK_TEST_POSTGRESQL PGPASSFILE="$state/pgpass"
    ROLLBOOK_TEST_POSTGRESQL="$(cat "$state/url")"
    status=0
    "$@" || status=$?
    exit "$status"
    ;;
*)
    echo "usage: $0 start STATE_DIR | stop STATE_DIR | run COMMAND..." >&2
    exit 2
    ;;
esac
