// SPDX-License-Identifier: Apache-2.0
// The typical incident (examples/jnp-2024-0031.yaml, two acts) against the bundled pack:
// evaluation without the trail and with it (target: the trail costs at most 2x), and the
// hand-written floor of floor.hpp for the same rules (target: netral without trail within 3x).
// Before timing, the floor's outcome is checked against netral's decision; a disagreement
// makes the program fail. Loading the pack and the YAML is timed separately, for context.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "common.hpp"
#include "netral/request.hpp"
#include "floor.hpp"
#include "synthetic.hpp"

namespace {

using namespace netral;
using namespace netral::bench;

constexpr const char* kTypical = "jnp-2024-0031.yaml";

/// Evaluates the typical incident in a timed loop with `options` (as-of fixed).
void typical_loop(benchmark::State& state, EvalOptions options) {
    auto rules = bundled_rules();
    auto facts = example_facts(kTypical);
    options.as_of = kAsOf;
    std::size_t findings = 0;
    for (auto _ : state) {
        EvalResult result = evaluate(*rules, *facts, options);
        findings = result.decision->findings.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = static_cast<double>(findings);
}

void BM_Typical_Evaluate(benchmark::State& state) {
    EvalOptions options;
    options.trail = state.range(0) != 0;
    typical_loop(state, options);
}
BENCHMARK(BM_Typical_Evaluate)->ArgName("trail")->Arg(0)->Arg(1);

/// The decision by id only (EvalOptions::describe off): what a host classifying many incidents
/// pays, and the closest netral comes to the floor's enums.
void BM_Typical_EvaluateIds(benchmark::State& state) {
    EvalOptions options;
    options.describe = false;
    typical_loop(state, options);
}
BENCHMARK(BM_Typical_EvaluateIds);

void BM_Typical_Floor(benchmark::State& state) {
    const floor::Incident incident = floor::typical_incident();
    for (auto _ : state) {
        benchmark::DoNotOptimize(&incident);
        floor::Result result = floor::evaluate(incident);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_Typical_Floor);

// Context, not a target: what a host pays before evaluating.
void BM_Typical_LoadIncident(benchmark::State& state) {
    auto rules = bundled_rules();
    const std::string path = std::string(NETRAL_EXAMPLES_DIR) + "/" + kTypical;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Source source{path, text.str()};
    for (auto _ : state) {
        IncidentResult result = load_incident(rules, source);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_Typical_LoadIncident);

/// What one `POST /v1/evaluate` of the service's load benchmark costs apart from HTTP:
/// decide() on the incident as JSON text (bench/service_load_incident.json), from reading it to
/// the decision's JSON text as `netral eval --format json` prints it.
void BM_Typical_Decide(benchmark::State& state) {
    auto rules = bundled_rules();
    const std::string path = std::string(NETRAL_BENCH_DIR) + "/service_load_incident.json";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Source source{path, text.str()};
    RequestOptions options;
    options.eval.as_of = kAsOf;
    std::size_t bytes = 0;
    for (auto _ : state) {
        DecideResult result = decide(rules, source, IncidentFormat::Json, options, {});
        require(result.status == DecideResult::Status::Decided, result.text);
        bytes = result.body.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Typical_Decide);

void BM_Bundled_Compile(benchmark::State& state) {
    std::string error;
    auto sources = load_rule_directory(NETRAL_RULES_DIR, error);
    require(sources.has_value(), error);
    for (auto _ : state) {
        CompileResult result = compile_rules(*sources);
        benchmark::DoNotOptimize(result);
    }
    state.counters["rules"] = static_cast<double>(bundled_rules()->rule_count());
}
BENCHMARK(BM_Bundled_Compile)->Unit(benchmark::kMillisecond);

const TrackResult& track(const Decision& decision, const std::string& id) {
    for (const TrackResult& t : decision.tracks) {
        if (t.track == id) return t;
    }
    throw std::runtime_error("the decision has no track " + id);
}

/// The floor must compute what netral decides, with and without the trail.
void check_floor_agrees() {
    const floor::Result expected = floor::evaluate(floor::typical_incident());
    for (bool trail : {false, true}) {
        const Decision d = evaluate_or_throw(*bundled_rules(), *example_facts(kTypical), trail);
        const TrackResult& discipline = track(d, "discipline");
        const TrackResult& ethics = track(d, "ethics");
        std::ostringstream got;
        got << "outcome " << d.outcome.category << ", discipline " << discipline.category << " ("
            << discipline.recommended << "), ethics " << ethics.category << ", review "
            << d.outcome.review << ", findings " << d.findings.size();
        std::ostringstream want;
        want << "outcome " << floor::category_id(expected.outcome) << ", discipline "
             << floor::category_id(expected.discipline) << " ("
             << floor::step_id(expected.recommended) << "), ethics "
             << floor::category_id(expected.ethics) << ", review " << expected.review
             << ", findings " << expected.findings;
        require(got.str() == want.str(), "the floor disagrees with netral (trail " +
                                             std::to_string(trail) + "):\n  netral: " + got.str() +
                                             "\n  floor:  " + want.str());
        if (!trail) std::cerr << "floor agrees with netral: " << got.str() << "\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    return netral::bench::run_checked(argc, argv, "netral_bench_incident", check_floor_agrees);
}
