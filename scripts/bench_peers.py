#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Prints netral ÷ CLIPS beside netral ÷ plain loop for each rule-set size, from the JSON that
# netral_bench_clips writes (--benchmark_out). A ratio is a speed ratio, the peer's time over
# netral's: above 1, netral is faster. Uses medians when the run has repetitions, else the
# single runs. Standard library only.
#
# Usage: bench_peers.py RESULTS.json
import json
import sys

ENGINES = {  # benchmark name -> column
    "BM_Peer_NetralIds": "netral by id",
    "BM_Peer_Netral": "netral described",
    "BM_Peer_PlainLoop": "plain loop",
    "BM_Peer_Clips": "CLIPS",
    "BM_Peer_NetralCompile": "netral compile",
    "BM_Peer_ClipsLoad": "CLIPS load",
}
TO_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def cpu_seconds(results):
    """{(benchmark, rules): CPU seconds}, medians preferred over single runs."""
    times, medians = {}, {}
    for run in results["benchmarks"]:
        name, _, arg = run["run_name"].partition("/rules:")
        if name not in ENGINES or not arg:
            continue
        seconds = run["cpu_time"] * TO_SECONDS[run["time_unit"]]
        if run.get("run_type") == "aggregate":
            if run.get("aggregate_name") == "median":
                medians[(name, int(arg))] = seconds
        else:
            times[(name, int(arg))] = seconds
    times.update(medians)
    return times


def duration(seconds):
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e9:.0f} ns"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: bench_peers.py RESULTS.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    # A --benchmark_filter that matches nothing leaves the file empty.
    results = json.loads(text) if text.strip() else {"benchmarks": []}
    times = cpu_seconds(results)
    sizes = sorted({rules for (_, rules) in times})
    if not sizes:
        # A --benchmark_filter that leaves them out is a normal run, not an error.
        print(f"bench_peers: no BM_Peer_* results in {sys.argv[1]}", file=sys.stderr)
        return
    load = results.get("context", {}).get("load_avg")
    load_text = f", load average {' '.join(f'{x:.2f}' for x in load)}" if load else ""
    print("netral beside its peers: random rules, incidents of 2 acts (64 in turn), "
          f"CPU time{load_text}")
    print("ratios are speed ratios (the peer's time ÷ netral's): above 1, netral is faster")
    print()
    columns = list(ENGINES.values())
    ratios = ["by id ÷ loop", "by id ÷ CLIPS", "described ÷ loop", "described ÷ CLIPS"]
    print("| rules | " + " | ".join(columns + ratios) + " |")
    print("|---:|" + "---:|" * (len(columns) + len(ratios)))
    for rules in sizes:
        row = [f"{rules:,}"]
        for name in ENGINES:
            value = times.get((name, rules))
            row.append(duration(value) if value is not None else "–")

        def ratio(netral, peer):
            a, b = times.get((netral, rules)), times.get((peer, rules))
            return f"{b / a:.2f}" if a and b else "–"

        row += [
            ratio("BM_Peer_NetralIds", "BM_Peer_PlainLoop"),
            ratio("BM_Peer_NetralIds", "BM_Peer_Clips"),
            ratio("BM_Peer_Netral", "BM_Peer_PlainLoop"),
            ratio("BM_Peer_Netral", "BM_Peer_Clips"),
        ]
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
