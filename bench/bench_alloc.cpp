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

BENCHMARK(BM_Alloc_Kind)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_KindTrail)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_Scan)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);
BENCHMARK(BM_Alloc_Random)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000);

}  // namespace

BENCHMARK_MAIN();
