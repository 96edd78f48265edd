#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A throwaway PostgreSQL cluster for the decision log's PostgreSQL tests: `start DIR BINDIR`
# creates one in DIR (trust authentication, user `netral`, no TCP: a Unix socket in DIR/socket)
# and starts it; `stop DIR BINDIR` stops it and deletes DIR. PostgreSQL refuses to run as root,
# so as root the cluster belongs to the `postgres` user.
set -euo pipefail

action=$1
dir=$2
bindir=$3
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
    start)
        if [ -f "$dir/data/postmaster.pid" ]; then
            "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        mkdir -p "$dir/socket"
        [ ${#as_owner[@]} -gt 0 ] && chown -R postgres "$dir"
        "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U netral -A trust -E UTF8 --no-sync \
            >"$dir/initdb.log" 2>&1
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-c listen_addresses='' -k $dir/socket -c fsync=off" start >/dev/null
        ;;
    stop)
        if [ -f "$dir/data/postmaster.pid" ]; then
            "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        fi
        rm -rf "$dir"
        ;;
    *)
        echo "usage: postgres_cluster.sh start|stop DIR BINDIR" >&2
        exit 2
        ;;
esac
