#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the benchmarks (bench/) in a Release build of their own (build-bench/) and runs them,
# printing the tables and writing one JSON file per program to build-bench/results/
# (docs/performance.md explains the figures). Extra arguments go to every benchmark program,
# e.g. `scripts/bench.sh --benchmark_filter=Typical`. NETRAL_BENCH_REPETITIONS (default 5)
# sets the repetitions; the tables then show mean, median, stddev and cv. Last, the ratios of
# netral to CLIPS and to the plain loop (scripts/bench_peers.py), when CLIPS was found.
set -euo pipefail
NETRAL_BUILD=${NETRAL_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-bench}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
netral_install_packages
netral_build -DNETRAL_BUILD_BENCH=ON -DNETRAL_BUILD_TESTS=OFF

results="$NETRAL_BUILD/results"
mkdir -p "$results"
repetitions=${NETRAL_BENCH_REPETITIONS:-5}
programs=(netral_bench_incident netral_bench_synthetic netral_bench_alloc)
[ -x "$NETRAL_BUILD/bench/netral_bench_clips" ] && programs+=(netral_bench_clips)
for program in "${programs[@]}"; do
    echo "== $program" >&2
    "$NETRAL_BUILD/bench/$program" \
        --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
        --benchmark_out="$results/$program.json" --benchmark_out_format=json "$@"
done
echo "netral: results in $results/*.json" >&2
if [[ " ${programs[*]} " == *" netral_bench_clips "* ]]; then
    "$(dirname "${BASH_SOURCE[0]}")/bench_peers.py" "$results/netral_bench_clips.json"
fi
