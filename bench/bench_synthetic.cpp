// SPDX-License-Identifier: Apache-2.0
// Synthetic rule sets (synthetic.hpp) at 100, 1,000 and 10,000 rules:
// * kind-discriminated rules: per-incident evaluation cost (target: within 2x from 100 to
//   10,000 rules) and compile time (target: 10,000 rules compile in under 0.1 s); the same
//   rules written so that the rule index cannot narrow them (`Scan`) show what the index saves;
// * 10,000 random rules of 2-4 conditions over 20 fields: netral against a plain loop over the
//   same rules (target: netral faster). Both must find the same (act, rule) pairs; that is
//   checked once before timing and a difference makes the program fail.
// Facts are built with FactsBuilder, once, outside the timed loops.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <stdexcept>
#include <utility>

#include "common.hpp"
#include "plain_loop.hpp"
#include "synthetic.hpp"

namespace {

using namespace netral;
using namespace netral::bench;

constexpr std::uint32_t kSeed = 42;
constexpr std::size_t kRandomRules = 10000;
constexpr std::size_t kRandomActs = 2;

struct Prepared {
    std::shared_ptr<const RuleSet> rules;
    std::shared_ptr<const Facts> facts;
};

/// Kind rule sets, compiled once per size and shape.
const Prepared& kind_set(std::size_t n, KindShape shape) {
    static std::map<std::pair<std::size_t, KindShape>, Prepared> cache;
    auto key = std::make_pair(n, shape);
    auto found = cache.find(key);
    if (found != cache.end()) return found->second;
    Prepared p;
    p.rules = compile_or_throw(kind_rules(n, shape).sources);
    p.facts = build_kind_facts(p.rules, kind_incident(n));
    return cache.emplace(key, std::move(p)).first->second;
}

struct RandomSet {
    RandomRuleSet generated;
    std::vector<RandomAct> acts;
    Prepared prepared;
};

const RandomSet& random_set() {
    static const RandomSet set = [] {
        RandomSet s;
        s.generated = random_rules(kRandomRules, kSeed);
        s.acts = random_incident(kRandomActs, kSeed);
        s.prepared.rules = compile_or_throw(s.generated.text.sources);
        s.prepared.facts = build_random_facts(s.prepared.rules, s.acts);
        return s;
    }();
    return set;
}

void evaluate_loop(benchmark::State& state, const Prepared& p, bool trail, bool describe = true) {
    EvalOptions options;
    options.as_of = kAsOf;
    options.trail = trail;
    options.describe = describe;
    std::size_t findings = 0;
    for (auto _ : state) {
        EvalResult result = evaluate(*p.rules, *p.facts, options);
        findings = result.decision->findings.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["rules"] = static_cast<double>(p.rules->rule_count());
    state.counters["findings"] = static_cast<double>(findings);
}

void BM_KindRules_Evaluate(benchmark::State& state) {
    evaluate_loop(state, kind_set(static_cast<std::size_t>(state.range(0)), KindShape::Indexed),
                  false);
}
BENCHMARK(BM_KindRules_Evaluate)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);

void BM_KindRules_EvaluateTrail(benchmark::State& state) {
    evaluate_loop(state, kind_set(static_cast<std::size_t>(state.range(0)), KindShape::Indexed),
                  true);
}
BENCHMARK(BM_KindRules_EvaluateTrail)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);

void BM_ScanRules_Evaluate(benchmark::State& state) {
    evaluate_loop(state, kind_set(static_cast<std::size_t>(state.range(0)), KindShape::Scan),
                  false);
}
BENCHMARK(BM_ScanRules_Evaluate)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);

void BM_KindRules_Compile(benchmark::State& state) {
    const GeneratedRules generated = kind_rules(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        CompileResult result = compile_rules(generated.sources);
        require(result.ok(), "compile_rules failed:\n" + result.text);
        benchmark::DoNotOptimize(result);
    }
    std::size_t bytes = 0;
    for (const Source& s : generated.sources) bytes += s.text.size();
    state.counters["rules"] = static_cast<double>(generated.rule_count);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_KindRules_Compile)
    ->ArgName("rules")
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);

// The front end alone (parse and check, analyses included), to split compile time between the
// checker and the planning that compile_rules adds.
void BM_KindRules_Check(benchmark::State& state) {
    const GeneratedRules generated = kind_rules(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        CheckReport report = check_rules(generated.sources);
        benchmark::DoNotOptimize(report);
    }
    state.counters["rules"] = static_cast<double>(generated.rule_count);
}
BENCHMARK(BM_KindRules_Check)
    ->ArgName("rules")
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);

void BM_RandomRules_Compile(benchmark::State& state) {
    const GeneratedRules& generated = random_set().generated.text;
    for (auto _ : state) {
        CompileResult result = compile_rules(generated.sources);
        benchmark::DoNotOptimize(result);
    }
    state.counters["rules"] = static_cast<double>(generated.rule_count);
}
BENCHMARK(BM_RandomRules_Compile)->Unit(benchmark::kMillisecond);

void BM_RandomRules_Netral(benchmark::State& state) {
    evaluate_loop(state, random_set().prepared, false);
}
BENCHMARK(BM_RandomRules_Netral);

/// The same, the decision by id only: matching and combining without describing 86 findings.
void BM_RandomRules_NetralIds(benchmark::State& state) {
    evaluate_loop(state, random_set().prepared, false, false);
}
BENCHMARK(BM_RandomRules_NetralIds);

void BM_RandomRules_PlainLoop(benchmark::State& state) {
    const RandomSet& set = random_set();
    const PlainLoop loop(set.generated.rules);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;
    for (auto _ : state) {
        loop.run(set.acts, matches);
        benchmark::DoNotOptimize(matches.data());
    }
    state.counters["rules"] = static_cast<double>(set.generated.rules.size());
    state.counters["findings"] = static_cast<double>(matches.size());
}
BENCHMARK(BM_RandomRules_PlainLoop);

/// netral and the plain loop must find the same (act, rule) pairs; kind incidents must give
/// one finding per act.
void check_results() {
    const RandomSet& set = random_set();
    std::vector<std::pair<std::string, std::string>> expected;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;
    PlainLoop(set.generated.rules).run(set.acts, matches);
    for (auto [act, rule] : matches) {
        expected.emplace_back(set.acts[act].id, set.generated.rules[rule].id);
    }
    std::sort(expected.begin(), expected.end());
    std::vector<std::pair<std::string, std::string>> got;
    for (bool describe : {true, false}) {
        const Decision d =
            evaluate_or_throw(*set.prepared.rules, *set.prepared.facts, false, describe);
        got.clear();
        for (const Finding& f : d.findings) got.emplace_back(f.act, f.rule.id);
        std::sort(got.begin(), got.end());
        if (got == expected) continue;
        std::string text = "netral and the plain loop disagree on the random rules: netral " +
                           std::to_string(got.size()) + " findings, loop " +
                           std::to_string(expected.size());
        std::vector<std::pair<std::string, std::string>> diff;
        std::set_symmetric_difference(got.begin(), got.end(), expected.begin(), expected.end(),
                                      std::back_inserter(diff));
        for (std::size_t i = 0; i < diff.size() && i < 10; ++i) {
            text += "\n  " + diff[i].first + " " + diff[i].second;
        }
        throw std::runtime_error(text);
    }
    std::cerr << "random rules: netral and the plain loop agree on " << got.size()
              << " (act, rule) matches\n";
    for (std::size_t n : {100, 1000, 10000}) {
        for (KindShape shape : {KindShape::Indexed, KindShape::Scan}) {
            const Prepared& p = kind_set(n, shape);
            const Decision k = evaluate_or_throw(*p.rules, *p.facts, false);
            require(k.findings.size() == 2, "kind rules (" + std::to_string(n) +
                                                "): " + std::to_string(k.findings.size()) +
                                                " findings, expected 2");
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    return netral::bench::run_checked(argc, argv, "netral_bench_synthetic", check_results);
}
