#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A throwaway PostgreSQL cluster for the decision log's PostgreSQL tests: `start DIR BINDIR`
# creates one and starts it (trust authentication, user `netral`, no TCP: a Unix socket reached
# as DIR/socket); `stop DIR BINDIR` stops it and deletes it.
#
# The cluster itself lives in a fresh directory under ${TMPDIR:-/tmp}, not in DIR: PostgreSQL
# refuses to run as root, so as root the cluster belongs to the `postgres` user, and that user
# cannot reach a build tree under a private home such as /root. DIR holds the links the tests use
# (DIR/socket, DIR/cluster) and, on failure, the logs are printed so that ctest shows why.
set -euo pipefail

action=$1
dir=$(realpath -m "$2")
bindir=$(realpath -m "$3")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
    cd /    # the postgres user may not be able to enter the caller's directory
fi

stop_cluster() {
    local mode=$1 cluster
    cluster=$(readlink "$dir/cluster" 2>/dev/null) || return 0
    if [ -f "$cluster/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}

fail() {
    echo "postgres_cluster.sh: $1" >&2
    cat "$cluster"/*.log >&2 2>/dev/null || true
    exit 1
}

case "$action" in
    start)
        stop_cluster immediate
        rm -rf "$dir"
        mkdir -p "$dir"
        cluster=$(mktemp -d "${TMPDIR:-/tmp}/netral-postgresql.XXXXXX")
        mkdir "$cluster/socket"
        ln -s "$cluster" "$dir/cluster"
        ln -s "$cluster/socket" "$dir/socket"
        if [ ${#as_owner[@]} -gt 0 ]; then
            chown -R postgres "$cluster"
        fi
        "${as_owner[@]}" "$bindir/initdb" -D "$cluster/data" -U netral -A trust -E UTF8 --no-sync \
            >"$cluster/initdb.log" 2>&1 || fail "initdb failed"
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
            -o "-c listen_addresses='' -k $cluster/socket -c fsync=off" start >/dev/null \
            || fail "the server did not start"
        ;;
    stop)
        stop_cluster fast
        rm -rf "$dir"
        ;;
    *)
        echo "usage: postgres_cluster.sh start|stop DIR BINDIR" >&2
        exit 2
        ;;
esac
