#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load benchmark of `netral serve` (docs/performance.md, "The service under load"): starts the
# server on a free loopback port, drives POST /v1/evaluate with wrk (bench/service_load.lua
# sends bench/service_load_incident.json) at several connection counts, with and without the
# decision log, then holds 32 connections for a longer run while sampling the server's RSS.
# Prints a Markdown table on standard output, progress on standard error.
# Exit: 0 done without errors, 1 a request failed (non-200 or socket error) or the server did
# not start, 2 bad arguments, 77 wrk is not installed (CTest's SKIP_RETURN_CODE).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
netral="$here/../build/netral"
duration=10
connections="1 8 32 128"
soak=60
soak_connections=32
server_threads=""
log_modes="off on"

usage() {
    cat <<'USAGE'
usage: bench/service_load.sh [options]
  --netral PATH         the netral binary (default: build/netral)
  --quick               smoke run: 2 s per run, 1 and 8 connections, no long run
  --duration S          seconds per wrk run (default 10)
  --connections "N..."  connection counts (default "1 8 32 128")
  --soak S              seconds of the 32-connection run that samples RSS; 0 skips it (default 60)
  --server-threads N    passed to `netral serve --threads` (default: the server's own)
  --log off|on|both     without the decision log, with it, or both (default both)
USAGE
}

while (($#)); do
    case $1 in
        --netral) netral=$2; shift 2 ;;
        --quick) duration=2; connections="1 8"; soak=0; shift ;;
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --soak) soak=$2; shift 2 ;;
        --server-threads) server_threads=$2; shift 2 ;;
        --log)
            case $2 in
                off) log_modes="off" ;;
                on) log_modes="on" ;;
                both) log_modes="off on" ;;
                *) echo "service_load: --log takes off, on or both, not '$2'" >&2; exit 2 ;;
            esac
            shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "service_load: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

if ! command -v wrk >/dev/null 2>&1; then
    echo "service_load: wrk is not installed (Debian: apt-get install wrk); nothing measured" >&2
    exit 77
fi
if [[ ! -x $netral ]]; then
    echo "service_load: no netral binary at $netral (build it, or pass --netral PATH)" >&2
    exit 2
fi

# The decision log is optional in the binary: a build without `serve --log` is measured
# without it, and the table says so.
log_supported=yes
if ! "$netral" serve --help 2>/dev/null | grep -qE '^[[:space:]]+--log[[:space:]=]'; then
    log_supported=no
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [[ -n $server_pid ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The server's standard error up to its `listening` event (the bound address; a warning may
# come first) is kept; every later line (one per request) is discarded, so no disk is used.
keep_until_listening() {
    local line=""
    : >"$1.partial"
    while IFS= read -r line; do
        printf '%s\n' "$line" >>"$1.partial"
        [[ $line == *'"event":"listening"'* ]] && break
    done
    mv "$1.partial" "$1"
    cat >/dev/null
}

address=""
start_server() {
    local log_file=$1
    local args=(serve --listen 127.0.0.1:0)
    [[ -n $server_threads ]] && args+=(--threads "$server_threads")
    [[ -n $log_file ]] && args+=(--log "$log_file")
    rm -f "$work/startup"
    "$netral" "${args[@]}" 2> >(keep_until_listening "$work/startup") &
    server_pid=$!
    local waited=0
    while [[ ! -f $work/startup ]] && ((waited < 100)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    local startup
    startup=$(cat "$work/startup" 2>/dev/null || true)
    address=$(sed -n 's/.*"event":"listening".*"address":"\([^"]*\)".*/\1/p' <<<"$startup")
    if [[ -z $address ]]; then
        echo "service_load: the server did not start; it said: ${startup:-<nothing>}" >&2
        exit 1
    fi
}

stop_server() {
    kill -TERM "$server_pid"
    wait "$server_pid" || true
    server_pid=""
}

# VmHWM (peak) or VmRSS (now) of the server, in KiB.
memory_kib() {
    awk -v key="$1:" '$1 == key { print $2 }' "/proc/$server_pid/status"
}

# The value of KEY in wrk's `netral-load k=v ...` line.
field() {
    tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

errors_total=0
run_wrk() {
    local conns=$1 seconds=$2 out=$3
    local threads=$((conns < 2 ? conns : 2))
    wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s "$here/service_load.lua" \
        "http://$address/v1/evaluate?as_of=2024-12-01" -- "$here/service_load_incident.json" \
        >"$out" 2>&1
}

# Sets `row` to the row of one run (log, connections, wrk threads, rps, p50, p99, non-200,
# socket errors) and adds its failures to errors_total; not called in a subshell, so both stick.
row=""
row_of() {
    local log=$1 conns=$2 out=$3
    local line
    line=$(grep '^netral-load ' "$out" || true)
    if [[ -z $line ]]; then
        echo "service_load: wrk gave no result line:" >&2
        cat "$out" >&2
        exit 1
    fi
    local non_200 socket_errors
    non_200=$(field non_200 "$line")
    socket_errors=$(field socket_errors "$line")
    errors_total=$((errors_total + non_200 + socket_errors))
    # wrk's timeout (2 s) counts as a socket error; the cell says how many were timeouts.
    local timeouts socket_cell
    timeouts=$(field timeouts "$line")
    socket_cell=$socket_errors
    ((timeouts > 0)) && socket_cell="$socket_errors ($timeouts timeouts)"
    row=$(awk -v mode="$log" -v c="$conns" -v t=$((conns < 2 ? conns : 2)) \
        -v rps="$(field rps "$line")" -v p50="$(field p50_us "$line")" \
        -v p99="$(field p99_us "$line")" -v bad="$non_200" -v sock="$socket_cell" \
        'BEGIN { printf "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %s |", \
                 mode, c, t, rps, p50 / 1000, p99 / 1000, bad, sock }')
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
soak_rows=()
for mode in $log_modes; do
    log_file="" label="off"
    if [[ $mode == on ]]; then
        if [[ $log_supported == no ]]; then
            echo "service_load: this netral serve has no --log; measured without the log only" >&2
            continue
        fi
        log_file="$work/decisions.sqlite" label="SQLite"
    fi
    start_server "$log_file"
    echo "service_load: log $label, server $server_pid at $address" >&2
    for conns in $connections; do
        echo "service_load:   $conns connections, ${duration} s" >&2
        run_wrk "$conns" "$duration" "$work/wrk.out"
        row_of "$label" "$conns" "$work/wrk.out"
        rows+=("$row $(($(memory_kib VmHWM) / 1024)) |")
    done
    if ((soak > 0)); then
        echo "service_load:   $soak_connections connections, ${soak} s, RSS sampled each second" >&2
        run_wrk "$soak_connections" "$soak" "$work/soak.out" &
        wrk_pid=$!
        : >"$work/rss"
        started=$(date +%s.%N)
        while kill -0 "$wrk_pid" 2>/dev/null; do
            sleep 1
            rss=$(memory_kib VmRSS)
            echo "$(awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN { print n - s }') $rss" \
                >>"$work/rss"
        done
        wait "$wrk_pid"
        row_of "$label" "$soak_connections" "$work/soak.out"
        # First and last samples inside the run, and the least-squares slope over all of them.
        rss_summary=$(awk '{ t[NR] = $1; r[NR] = $2 }
            END {
                n = NR - 1  # the last sample may come up to a second after wrk ended
                if (n < 2) n = NR
                st = 0; sr = 0
                for (i = 1; i <= n; i++) { st += t[i]; sr += r[i] }
                mt = st / n; mr = sr / n; num = 0; den = 0
                for (i = 1; i <= n; i++) { num += (t[i] - mt) * (r[i] - mr); den += (t[i] - mt) ^ 2 }
                slope = den > 0 ? num / den * 60 : 0
                printf "%.1f | %.1f | %+.0f", r[1] / 1024, r[n] / 1024, slope
            }' "$work/rss")
        soak_rows+=("${row% |} | $soak | $rss_summary | $(($(memory_kib VmHWM) / 1024)) |")
    fi
    stop_server
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "| decision log | connections | wrk threads | requests/s | p50 ms | p99 ms | non-200 | socket errors | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
if ((${#soak_rows[@]})); then
    echo
    echo "| decision log | connections | wrk threads | requests/s | p50 ms | p99 ms | non-200 | socket errors | seconds | RSS start MiB | RSS end MiB | RSS slope KiB/min | peak RSS MiB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${soak_rows[@]}"
fi
echo
echo "$(nproc) cores; load average before: $load_before, after: $load_after;" \
    "decision log in this binary: $log_supported; ${duration} s per run."
if ((errors_total > 0)); then
    echo "service_load: $errors_total requests failed" >&2
    exit 1
fi
