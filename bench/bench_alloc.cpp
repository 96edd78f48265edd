// SPDX-License-Identifier: Apache-2.0
// "No allocation per rule visited": counts the heap allocations one evaluation makes, through a
// replaced global operator new, at 100, 1,000 and 10,000 rules. Reported as the benchmark
// counters allocs_per_eval and bytes_per_eval. Three rule shapes (synthetic.hpp): kind rules
// (the index leaves one candidate per act), scan rules (the same matches, but every rule is a
// candidate and visited for every act) and random rules (2-4 random conditions; matches grow
// with the rule count, so allocations for findings grow too). The figure must not grow with the
// number of rules visited: compare Scan with Kind at equal findings.
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <map>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "common.hpp"
#include "synthetic.hpp"

namespace {

std::atomic<std::uint64_t> g_allocations{0};
std::atomic<std::uint64_t> g_bytes{0};

void* counted_allocate(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    g_bytes.fetch_add(size, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}

void* counted_allocate(std::size_t size, std::align_val_t align) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    g_bytes.fetch_add(size, std::memory_order_relaxed);
    const std::size_t a = static_cast<std::size_t>(align);
    if (void* p = std::aligned_alloc(a, (size + a - 1) / a * a)) return p;
    throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return counted_allocate(size); }
void* operator new[](std::size_t size) { return counted_allocate(size); }
void* operator new(std::size_t size, std::align_val_t align) {
    return counted_allocate(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align) {
    return counted_allocate(size, align);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return counted_allocate(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return counted_allocate(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

namespace {

using namespace netral;
using namespace netral::bench;

enum class Shape { Kind, Scan, Random };

struct Prepared {
    std::shared_ptr<const RuleSet> rules;
    std::shared_ptr<const Facts> facts;
};

const Prepared& prepared(Shape shape, std::size_t n) {
    static std::map<std::pair<Shape, std::size_t>, Prepared> cache;
    auto key = std::make_pair(shape, n);
    auto found = cache.find(key);
    if (found != cache.end()) return found->second;
    Prepared p;
    if (shape == Shape::Random) {
        RandomRuleSet set = random_rules(n, 42);
        p.rules = compile_or_throw(set.text.sources);
        p.facts = build_random_facts(p.rules, random_incident(2, 42));
    } else {
        p.rules = compile_or_throw(
            kind_rules(n, shape == Shape::Scan ? KindShape::Scan : KindShape::Indexed).sources);
        p.facts = build_kind_facts(p.rules, kind_incident(n));
    }
    return cache.emplace(key, std::move(p)).first->second;
}

void count_allocations(benchmark::State& state, Shape shape, bool trail) {
    const Prepared& p = prepared(shape, static_cast<std::size_t>(state.range(0)));
    EvalOptions options;
    options.as_of = kAsOf;
    options.trail = trail;
    std::size_t findings = 0;
    const std::uint64_t allocations = g_allocations.load();
    const std::uint64_t bytes = g_bytes.load();
    for (auto _ : state) {
        EvalResult result = evaluate(*p.rules, *p.facts, options);
        findings = result.decision->findings.size();
        benchmark::DoNotOptimize(result);
    }
    const auto iterations = static_cast<double>(state.iterations());
    state.counters["allocs_per_eval"] =
        static_cast<double>(g_allocations.load() - allocations) / iterations;
    state.counters["bytes_per_eval"] = static_cast<double>(g_bytes.load() - bytes) / iterations;
    state.counters["findings"] = static_cast<double>(findings);
}

void BM_Alloc_Kind(benchmark::State& state) { count_allocations(state, Shape::Kind, false); }
void BM_Alloc_KindTrail(benchmark::State& state) { count_allocations(state, Shape::Kind, true); }
void BM_Alloc_Scan(benchmark::State& state) { count_allocations(state, Shape::Scan, false); }
void BM_Alloc_Random(benchmark::State& state) { count_allocations(state, Shape::Random, false); }

/// A rule set of the peer benchmark's `core` shape (../shared/bench-peers): one list of flat
/// records of enums, booleans and an integer, and one rule over it.
const char* const kCoreRules = R"(module core
ruleset core "Core" {
  version "1"
}
regulation WL 1/2024 "workload"
enum status_values {
  pns
  non_asn
}
enum conduct_values {
  attribute_display
  state_facility
}
enum role_values {
  none
  speaker
}
enum social_action_values {
  follow
  post
}
enum phase_values {
  before
  after
}
record incident {
  status: status_values required
  conduct: conduct_values required
  role: role_values required
  social_action: social_action_values required
  with_attributes: bool required
  mobilized_others: bool required
  used_state_facility: bool required
  phase: phase_values required
  prior_level: int required
}
fact incidents: list of incident required
ladder levels {
  category l0
  category l1
}
track t1 {
  cite WL 1/2024
}
rule C01 {
  cite WL 1/2024
  status verified
  for x in incidents where x.conduct == state_facility and x.with_attributes == true
  then t1 l1
  because "C01"
}
)";

/// "Facts straight into slots": the allocations of building one `core` incident with a reused
/// builder, after a first build (counter allocs_per_build, which must be 0), by field handles
/// or by names.
void build_core(benchmark::State& state, bool by_handle) {
    static const std::shared_ptr<const RuleSet> rules =
        compile_or_throw({{"core.rules", kCoreRules}});
    FactsBuilder builder(rules);
    const char* const names[] = {"status",
                                 "conduct",
                                 "role",
                                 "social_action",
                                 "with_attributes",
                                 "mobilized_others",
                                 "used_state_facility",
                                 "phase",
                                 "prior_level"};
    std::vector<FactsBuilder::Field> fields;
    for (const char* name : names)
        fields.push_back(builder.field(std::string("incidents.") + name));
    const FactsBuilder::Field list = builder.field("incidents");
    std::uint64_t serial = 0;
    auto build_one = [&] {
        builder.reset();
        ++serial;
        FactsBuilder::Record top = builder.top();
        FactsBuilder::Record x = by_handle ? top.append(list) : top.append("incidents");
        const bool odd = serial % 2 == 1;
        if (by_handle) {
            x.value(fields[0], odd ? "pns" : "non_asn")
                .value(fields[1], odd ? "state_facility" : "attribute_display")
                .value(fields[2], "speaker")
                .value(fields[3], "post")
                .boolean(fields[4], odd)
                .boolean(fields[5], false)
                .boolean(fields[6], true)
                .value(fields[7], "before")
                .integer(fields[8], static_cast<std::int64_t>(serial % 4));
        } else {
            x.value(names[0], odd ? "pns" : "non_asn")
                .value(names[1], odd ? "state_facility" : "attribute_display")
                .value(names[2], "speaker")
                .value(names[3], "post")
                .boolean(names[4], odd)
                .boolean(names[5], false)
                .boolean(names[6], true)
                .value(names[7], "before")
                .integer(names[8], static_cast<std::int64_t>(serial % 4));
        }
        IncidentResult result = builder.finish();
        if (!result.ok()) throw std::runtime_error("core incident rejected:\n" + result.text);
        return result;
    };
    build_one();  // the first build sizes every buffer
    const std::uint64_t allocations = g_allocations.load();
    for (auto _ : state) {
        IncidentResult result = build_one();
        benchmark::DoNotOptimize(result);
    }
    state.counters["allocs_per_build"] = static_cast<double>(g_allocations.load() - allocations) /
                                         static_cast<double>(state.iterations());
}

void BM_Alloc_BuildCore(benchmark::State& state) { build_core(state, true); }
void BM_Alloc_BuildCoreByName(benchmark::State& state) { build_core(state, false); }

BENCHMARK(BM_Alloc_BuildCore);
BENCHMARK(BM_Alloc_BuildCoreByName);
BENCHMARK(BM_Alloc_Kind)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_KindTrail)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_Scan)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_Random)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);

}  // namespace

BENCHMARK_MAIN();
