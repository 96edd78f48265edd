// SPDX-License-Identifier: Apache-2.0
// Bounded evaluations (EvalOptions::work_limit and time_limit): a passed bound is no decision
// and E7006 in both languages, a bound the evaluation stays within changes nothing, the work
// counted is the same on every run (the smallest sufficient limit is exact), and what_if() and
// explore() honour the bounds per evaluation.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "eval/budget.hpp"
#include "netral/evaluate.hpp"
#include "netral/explore.hpp"
#include "netral/scenario.hpp"
#include "netral/whatif.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using netral::testing::bundled_rules;

std::shared_ptr<const netral::Facts> example(const std::string& name) {
    fs::path path = fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / name;
    netral::IncidentResult incident =
        netral::load_incident(bundled_rules(), {path.string(), netral::testing::read_file(path)});
    REQUIRE_MESSAGE(incident.ok(), incident.text);
    return incident.facts;
}

netral::EvalOptions options(std::uint64_t work_limit,
                            netral::Language language = netral::Language::English) {
    netral::EvalOptions o;
    o.as_of = "2025-01-15";
    o.work_limit = work_limit;
    o.language = language;
    return o;
}

/// The decision as JSON, or the first diagnostic's code.
std::string outcome(const netral::Facts& facts, const netral::EvalOptions& o) {
    netral::EvalResult r = netral::evaluate(*bundled_rules(), facts, o);
    if (!r.ok()) return r.diagnostics.empty() ? "?" : r.diagnostics.front().code;
    return netral::render(*r.decision, netral::Format::Json);
}

}  // namespace

TEST_CASE("work limit: a tiny limit on a real example is E7006 and no decision") {
    struct Row {
        netral::Language language;
        const char* expected_message;
        const char* expected_hint;
    };
    const Row rows[] = {
        {netral::Language::English, "evaluation stopped after 10 steps (limit 10)",
         "the incident asks for more work than this evaluation is allowed"},
        {netral::Language::Indonesian, "evaluasi dihentikan setelah 10 langkah (batas 10)",
         "kasus ini meminta kerja lebih banyak daripada yang diizinkan untuk evaluasi ini"},
    };
    auto facts = example("jnp-2024-0031.yaml");
    for (const Row& row : rows) {
        netral::EvalResult r =
            netral::evaluate(*bundled_rules(), *facts, options(10, row.language));
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "E7006");
        CHECK(r.diagnostics[0].severity == netral::Severity::Error);
        CHECK(r.diagnostics[0].message == row.expected_message);
        CHECK(r.diagnostics[0].hint == row.expected_hint);
    }
}

TEST_CASE("work limit: a limit the evaluation stays within gives the unbounded decision") {
    // A whole-incident case, an act case, and inexact dates (several passes, one budget).
    const char* const names[] = {"jnp-2024-0031.yaml", "c1-10-official-car-to-rally.yaml",
                                 "inexact-month-straddles-campaign-start.yaml",
                                 "inexact-year-only-date.yaml"};
    for (const char* name : names) {
        INFO(name);
        auto facts = example(name);
        std::string unbounded = outcome(*facts, options(0));
        REQUIRE(unbounded.front() == '{');
        CHECK(outcome(*facts, options(100'000'000)) == unbounded);
        netral::EvalOptions timed = options(0);
        timed.time_limit = std::chrono::minutes(10);
        CHECK(outcome(*facts, timed) == unbounded);
        netral::EvalOptions explained = options(100'000'000);
        explained.examine_all = true;
        netral::EvalOptions explained_unbounded = options(0);
        explained_unbounded.examine_all = true;
        CHECK(outcome(*facts, explained) == outcome(*facts, explained_unbounded));
    }
}

TEST_CASE("work limit: the work counted is exact and the same on every run") {
    const char* const names[] = {"jnp-2024-0031.yaml",
                                 "inexact-month-straddles-campaign-start.yaml"};
    for (const char* name : names) {
        INFO(name);
        auto facts = example(name);
        // The smallest limit that suffices: every limit below it stops, it and above do not.
        std::uint64_t low = 1;
        std::uint64_t high = 1;
        while (outcome(*facts, options(high)) == "E7006") high *= 2;
        while (low < high) {
            std::uint64_t mid = low + (high - low) / 2;
            if (outcome(*facts, options(mid)) == "E7006") {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        const std::uint64_t needed = low;
        CHECK(needed > 100);  // a real evaluation, not a handful of nodes
        CHECK(outcome(*facts, options(needed)) == outcome(*facts, options(0)));
        CHECK(outcome(*facts, options(needed - 1)) == "E7006");
        netral::EvalResult r = netral::evaluate(*bundled_rules(), *facts, options(needed - 1));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message == "evaluation stopped after " + std::to_string(needed - 1) +
                                              " steps (limit " + std::to_string(needed - 1) + ")");
    }
}

TEST_CASE("budget: the clock is read every kClockEvery steps, the work limit on the step") {
    using netral::eval::Budget;
    using netral::eval::Limit;
    SUBCASE("time") {
        Budget budget(0, std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
        std::uint64_t passed = 0;
        while (budget.step()) ++passed;
        CHECK(passed == Budget::kClockEvery - 1);  // the first reading after the deadline
        CHECK(budget.stopped() == Limit::Time);
        CHECK_FALSE(budget.step());  // and every step after
    }
    SUBCASE("work") {
        Budget budget(5, std::chrono::milliseconds(0));
        std::uint64_t passed = 0;
        while (budget.step()) ++passed;
        CHECK(passed == 5);
        CHECK(budget.stopped() == Limit::Work);
        CHECK(budget.steps() == 6);
    }
    SUBCASE("a deadline already passed stops the first step") {
        Budget budget(0, std::chrono::milliseconds(0),
                      std::chrono::steady_clock::now() - std::chrono::milliseconds(1));
        CHECK_FALSE(budget.step());
        CHECK(budget.stopped() == Limit::Time);
    }
    SUBCASE("the earlier of the time limit and the deadline") {
        Budget budget(0, std::chrono::hours(1),
                      std::chrono::steady_clock::now() + std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
        std::uint64_t passed = 0;
        while (budget.step()) ++passed;
        CHECK(passed < Budget::kClockEvery);
        CHECK(budget.stopped() == Limit::Time);
        Budget later(0, std::chrono::milliseconds(1),
                     std::chrono::steady_clock::now() + std::chrono::hours(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
        passed = 0;
        while (later.step()) ++passed;
        CHECK(passed < Budget::kClockEvery);
        CHECK(later.stopped() == Limit::Time);
    }
    SUBCASE("unbounded") {
        Budget budget;
        int passed = 0;
        for (int i = 0; i < 100000; ++i) passed += budget.step() ? 1 : 0;
        CHECK(passed == 100000);
        CHECK(budget.stopped() == Limit::None);
    }
}

TEST_CASE("work limit: what_if and explore bound each of their evaluations") {
    auto facts = example("jnp-2024-0031.yaml");
    netral::ChangeResult changes =
        netral::resolve_changes(facts, {{"acts[rally-1].state_facility", "none", ""}});
    REQUIRE(changes.ok());
    auto after = netral::apply_changes(changes.changes).facts;
    REQUIRE(after);

    netral::WhatIfResult stopped =
        netral::what_if(*bundled_rules(), *facts, options(10), *after, options(10));
    CHECK_FALSE(stopped.ok());
    REQUIRE(stopped.diagnostics.size() == 1);
    CHECK(stopped.diagnostics[0].code == "E7006");
    netral::WhatIfResult generous = netral::what_if(*bundled_rules(), *facts, options(100'000'000),
                                                    *after, options(100'000'000));
    netral::WhatIfResult unbounded =
        netral::what_if(*bundled_rules(), *facts, options(0), *after, options(0));
    REQUIRE(generous.ok());
    REQUIRE(unbounded.ok());
    CHECK(netral::render_diff(generous.diff, netral::Format::Json) ==
          netral::render_diff(unbounded.diff, netral::Format::Json));

    netral::ExploreOptions explore;
    explore.eval = options(10);
    netral::ExploreResult refused = netral::explore(facts, explore);
    CHECK_FALSE(refused.ok());
    REQUIRE(refused.diagnostics.size() == 1);
    CHECK(refused.diagnostics[0].code == "E7006");
    explore.eval = options(100'000'000);
    netral::ExploreResult bounded = netral::explore(facts, explore);
    explore.eval = options(0);
    netral::ExploreResult free = netral::explore(facts, explore);
    REQUIRE(bounded.ok());
    CHECK(bounded.stopped == 0);
    CHECK(netral::render_explore(bounded, netral::Format::Json) ==
          netral::render_explore(free, netral::Format::Json));
}

TEST_CASE("work limit: explore leaves out the variants a limit stopped, and counts them") {
    auto facts = example("jnp-2024-0031.yaml");
    netral::ExploreOptions explore;
    explore.eval = options(0);
    netral::ExploreResult free = netral::explore(facts, explore);
    REQUIRE(free.ok());
    std::size_t free_entries = 0;
    for (const netral::ExploreGroup& g : free.groups) free_entries += g.entries.size();
    // The smallest limit the base evaluation stays within: the variants that need more stop.
    std::uint64_t low = 1;
    std::uint64_t high = 1;
    auto base_fits = [&](std::uint64_t limit) {
        explore.eval = options(limit);
        return netral::explore(facts, explore).ok();
    };
    while (!base_fits(high)) high *= 2;
    while (low < high) {
        std::uint64_t mid = low + (high - low) / 2;
        if (base_fits(mid)) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    explore.eval = options(low);
    netral::ExploreResult tight = netral::explore(facts, explore);
    REQUIRE(tight.ok());
    CHECK(tight.stopped > 0);
    CHECK(tight.stopped < tight.evaluated);
    CHECK(tight.evaluated == free.evaluated);
    CHECK_FALSE(tight.exhausted);  // the budget of variants did not stop it
    std::size_t tight_entries = 0;
    for (const netral::ExploreGroup& g : tight.groups) tight_entries += g.entries.size();
    CHECK(tight_entries <= free_entries);
}

TEST_CASE("deadline: one passed stops evaluate, what_if and explore with E7006") {
    auto facts = example("jnp-2024-0031.yaml");
    netral::EvalOptions late = options(0);
    late.time_limit = std::chrono::milliseconds(5000);
    late.deadline = std::chrono::steady_clock::now() - std::chrono::milliseconds(1);
    netral::EvalResult result = netral::evaluate(*bundled_rules(), *facts, late);
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "E7006");
    CHECK(result.diagnostics[0].message.find("5000 ms") != std::string::npos);

    netral::ExploreOptions explore;
    explore.eval = late;
    netral::ExploreResult refused = netral::explore(facts, explore);
    CHECK_FALSE(refused.ok());

    netral::EvalOptions in_time = options(0);
    in_time.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    netral::EvalResult decided = netral::evaluate(*bundled_rules(), *facts, in_time);
    REQUIRE(decided.ok());
    CHECK(netral::render(*decided.decision, netral::Format::Json) ==
          netral::render(*netral::evaluate(*bundled_rules(), *facts, options(0)).decision,
                         netral::Format::Json));
}

TEST_CASE("scenario bounds: a work limit or a passed deadline stops a scenario with E7006") {
    fs::path path = fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / "jnp-2024-0031.yaml";
    netral::ScenarioBase base;
    base.incident = netral::Source{path.string(), netral::testing::read_file(path)};
    const netral::Source scenario{"what.yaml",
                                  "scenario: \"No car\"\nbase: jnp-2024-0031.yaml\n"
                                  "as_of: 2025-01-15\nvariants:\n  - name: no-car\n"
                                  "    set: { \"acts[rally-1].state_facility\": none }\n"};
    netral::ScenarioResult free =
        netral::run_scenario(bundled_rules(), scenario, base, {}, netral::Language::English);
    REQUIRE_MESSAGE(free.ok(), free.text);

    netral::ScenarioBounds work;
    work.work_limit = 10;
    netral::ScenarioResult stopped = netral::run_scenario(bundled_rules(), scenario, base, {},
                                                          netral::Language::English, work);
    CHECK_FALSE(stopped.ok());
    REQUIRE_FALSE(stopped.diagnostics.empty());
    CHECK(stopped.diagnostics[0].code == "E7006");

    netral::ScenarioBounds late;
    late.time_limit = std::chrono::milliseconds(5000);
    late.deadline = std::chrono::steady_clock::now() - std::chrono::milliseconds(1);
    netral::ScenarioResult timed_out = netral::run_scenario(bundled_rules(), scenario, base, {},
                                                            netral::Language::English, late);
    CHECK_FALSE(timed_out.ok());
    REQUIRE_FALSE(timed_out.diagnostics.empty());
    CHECK(timed_out.diagnostics[0].code == "E7006");

    netral::ScenarioBounds generous;
    generous.work_limit = 100'000'000;
    generous.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    netral::ScenarioResult bounded = netral::run_scenario(bundled_rules(), scenario, base, {},
                                                          netral::Language::English, generous);
    REQUIRE(bounded.ok());
    CHECK(netral::render_scenario(bounded, netral::Format::Json) ==
          netral::render_scenario(free, netral::Format::Json));
}

TEST_CASE("explore: the variants a limit stopped are said in every rendering") {
    auto facts = example("jnp-2024-0031.yaml");
    netral::ExploreOptions explore;
    explore.eval = options(0);
    netral::ExploreResult result = netral::explore(facts, explore);
    REQUIRE(result.ok());
    CHECK(netral::render_explore(result, netral::Format::Text, netral::Language::English)
              .find("stopped") == std::string::npos);
    result.stopped = 3;
    CHECK(netral::render_explore(result, netral::Format::Text, netral::Language::English)
              .find("3 variants stopped by a time or work limit") != std::string::npos);
    CHECK(netral::render_explore(result, netral::Format::Markdown, netral::Language::Indonesian)
              .find("3 varian dihentikan") != std::string::npos);
    CHECK(netral::render_explore(result, netral::Format::Json).find("\"stopped\": 3") !=
          std::string::npos);
}
