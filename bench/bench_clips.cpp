// SPDX-License-Identifier: Apache-2.0
// netral beside two peers on the same random rule sets (synthetic.hpp: 2-4 conditions over 20
// fields) at 100, 1,000 and 10,000 rules, in one process so that the ratios come from one run:
// * netral: evaluate() by id (describe = false) and described (no trail), facts built once with
//   FactsBuilder outside the timed loop, as in netral_bench_synthetic;
// * the hand-written loop (plain_loop.hpp);
// * CLIPS 6.30 (clips_rules.hpp): assert the incident's acts, run, retract; the atoms are
//   interned once outside the timed loop, as netral's facts are built once.
// An iteration handles one incident of two random acts (netral_bench_synthetic's size), taken in
// turn from kIncidents different ones: timing one incident over and over lets a loop's branches
// be learnt by the CPU, which no real stream of incidents allows. Also timed: netral's
// compile_rules against CLIPS building the same rules. scripts/bench_peers.py prints the
// ratios. Before timing, all three must find the same (act, rule) pairs on every timed
// incident and on a larger one, or the program fails.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "clips_rules.hpp"
#include "common.hpp"
#include "plain_loop.hpp"
#include "synthetic.hpp"

namespace {

using namespace netral;
using namespace netral::bench;

constexpr std::uint32_t kSeed = 42;      ///< netral_bench_synthetic's seed
constexpr std::size_t kTimedActs = 2;    ///< acts of a timed incident
constexpr std::size_t kIncidents = 64;   ///< timed incidents, taken in turn
constexpr std::size_t kCheckActs = 300;  ///< acts of the incident the answers are compared on

using Matches = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

/// A timed incident, for every engine.
struct Incident {
    std::vector<RandomAct> acts;         ///< for the loop and CLIPS
    std::shared_ptr<const Facts> facts;  ///< `acts` for netral, built with FactsBuilder
};

/// One rule set, ready in all three engines, and the timed incidents.
struct PeerSet {
    explicit PeerSet(std::size_t n)
        : generated(random_rules(n, kSeed)),
          rules(compile_or_throw(generated.text.sources)),
          loop(generated.rules),
          clips(generated.rules) {
        // One stream of acts cut into incidents; the first is netral_bench_synthetic's.
        const std::vector<RandomAct> acts = random_incident(kIncidents * kTimedActs, kSeed);
        for (std::size_t i = 0; i < kIncidents; ++i) {
            Incident incident;
            incident.acts.assign(acts.begin() + static_cast<std::ptrdiff_t>(i * kTimedActs),
                                 acts.begin() + static_cast<std::ptrdiff_t>((i + 1) * kTimedActs));
            incident.facts = build_random_facts(rules, incident.acts);
            incidents.push_back(std::move(incident));
        }
    }

    RandomRuleSet generated;
    std::shared_ptr<const RuleSet> rules;
    PlainLoop loop;
    ClipsRules clips;  ///< mutable in use: run() asserts and retracts
    std::vector<Incident> incidents;
};

/// Rule sets, built once per size.
PeerSet& peer_set(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<PeerSet>> cache;
    std::unique_ptr<PeerSet>& set = cache[n];
    if (!set) set = std::make_unique<PeerSet>(n);
    return *set;
}

PeerSet& peer_set(const benchmark::State& state) {
    return peer_set(static_cast<std::size_t>(state.range(0)));
}

void evaluate_loop(benchmark::State& state, bool describe) {
    const PeerSet& set = peer_set(state);
    EvalOptions options;
    options.as_of = kAsOf;
    options.trail = false;
    options.describe = describe;
    std::size_t next = 0;
    double matches = 0;
    for (auto _ : state) {
        EvalResult result = evaluate(*set.rules, *set.incidents[next].facts, options);
        matches += static_cast<double>(result.decision->findings.size());
        benchmark::DoNotOptimize(result);
        next = (next + 1) % kIncidents;
    }
    state.counters["matches"] = benchmark::Counter(matches, benchmark::Counter::kAvgIterations);
}

void BM_Peer_NetralIds(benchmark::State& state) { evaluate_loop(state, false); }
void BM_Peer_Netral(benchmark::State& state) { evaluate_loop(state, true); }

void BM_Peer_PlainLoop(benchmark::State& state) {
    const PeerSet& set = peer_set(state);
    Matches out;
    std::size_t next = 0;
    double matches = 0;
    for (auto _ : state) {
        set.loop.run(set.incidents[next].acts, out);
        matches += static_cast<double>(out.size());
        benchmark::DoNotOptimize(out.data());
        next = (next + 1) % kIncidents;
    }
    state.counters["matches"] = benchmark::Counter(matches, benchmark::Counter::kAvgIterations);
}

void BM_Peer_Clips(benchmark::State& state) {
    PeerSet& set = peer_set(state);
    Matches out;
    std::size_t next = 0;
    double matches = 0;
    for (auto _ : state) {
        set.clips.run(set.incidents[next].acts, out);
        matches += static_cast<double>(out.size());
        benchmark::DoNotOptimize(out.data());
        next = (next + 1) % kIncidents;
    }
    state.counters["matches"] = benchmark::Counter(matches, benchmark::Counter::kAvgIterations);
}

void BM_Peer_NetralCompile(benchmark::State& state) {
    const RandomRuleSet& generated = peer_set(state).generated;
    for (auto _ : state) {
        CompileResult result = compile_rules(generated.text.sources);
        benchmark::DoNotOptimize(result);
    }
}

/// Generating the constructs' text, CLIPS parsing them and building its network, and the reset;
/// destroying the environment is not timed.
void BM_Peer_ClipsLoad(benchmark::State& state) {
    const RandomRuleSet& generated = peer_set(state).generated;
    for (auto _ : state) {
        auto clips = std::make_unique<ClipsRules>(generated.rules);
        state.PauseTiming();
        clips.reset();
        state.ResumeTiming();
    }
}

void rule_counts(benchmark::internal::Benchmark* benchmark) {
    benchmark->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
}

BENCHMARK(BM_Peer_NetralIds)->Apply(rule_counts);
BENCHMARK(BM_Peer_Netral)->Apply(rule_counts);
BENCHMARK(BM_Peer_PlainLoop)->Apply(rule_counts);
BENCHMARK(BM_Peer_Clips)->Apply(rule_counts);
BENCHMARK(BM_Peer_NetralCompile)->Apply(rule_counts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Peer_ClipsLoad)->Apply(rule_counts)->Unit(benchmark::kMillisecond);

using NamedMatches = std::vector<std::pair<std::string, std::string>>;

NamedMatches named(const PeerSet& set, const std::vector<RandomAct>& acts, const Matches& matches) {
    NamedMatches out;
    for (auto [act, rule] : matches) {
        out.emplace_back(acts[act].id, set.generated.rules[rule].id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void require_same(const std::string& engine, std::size_t n, const NamedMatches& got,
                  const NamedMatches& expected) {
    if (got == expected) return;
    std::string text = engine + " and the plain loop disagree on " + std::to_string(n) +
                       " random rules: " + engine + " " + std::to_string(got.size()) +
                       " matches, loop " + std::to_string(expected.size());
    NamedMatches diff;
    std::set_symmetric_difference(got.begin(), got.end(), expected.begin(), expected.end(),
                                  std::back_inserter(diff));
    for (std::size_t i = 0; i < diff.size() && i < 10; ++i) {
        text += "\n  " + diff[i].first + " " + diff[i].second;
    }
    throw std::runtime_error(text);
}

/// CLIPS and netral (by id and described) must find the loop's (act, rule) pairs in `acts`
/// (`facts` for netral); returns how many there are.
std::size_t check_incident(PeerSet& set, std::size_t n, const std::vector<RandomAct>& acts,
                           const Facts& facts) {
    Matches matches;
    set.loop.run(acts, matches);
    const NamedMatches expected = named(set, acts, matches);
    set.clips.run(acts, matches);
    require_same("CLIPS", n, named(set, acts, matches), expected);
    for (bool describe : {false, true}) {
        const Decision d = evaluate_or_throw(*set.rules, facts, false, describe);
        NamedMatches got;
        for (const Finding& f : d.findings) got.emplace_back(f.act, f.rule.id);
        std::sort(got.begin(), got.end());
        require_same(describe ? "netral (described)" : "netral (by id)", n, got, expected);
    }
    return expected.size();
}

/// The engines must agree on every timed incident and on one of kCheckActs acts, at every
/// size, and there must be pairs to find.
void check_results() {
    const std::vector<RandomAct> check_acts = random_incident(kCheckActs, kSeed + 1);
    for (std::size_t n : {100, 1000, 10000}) {
        PeerSet& set = peer_set(n);
        std::size_t timed = 0;
        for (const Incident& incident : set.incidents) {
            timed += check_incident(set, n, incident.acts, *incident.facts);
        }
        const std::size_t checked =
            check_incident(set, n, check_acts, *build_random_facts(set.rules, check_acts));
        require(checked > 0, "no matches to compare at " + std::to_string(n) +
                                 " rules: the check could not fail");
        std::cerr << n << " random rules: netral, CLIPS and the plain loop agree on " << timed
                  << " (act, rule) matches in the " << kIncidents << " timed incidents and "
                  << checked << " in " << kCheckActs << " acts\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    return netral::bench::run_checked(argc, argv, "netral_bench_clips", check_results);
}
