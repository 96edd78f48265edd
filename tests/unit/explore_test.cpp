// SPDX-License-Identifier: Apache-2.0
// explore() (include/netral/explore.hpp) on the small rule set tests/cli/rules/explore: a date
// moved across a boundary raises, a history item removed or its level lowered lowers, pairs
// that only together raise are found at depth 2 (and no pair that a single change explains),
// the budget stops the search and says so, and the result does not depend on the threads.
#include "netral/explore.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const netral::Facts> two_acts() {
    static auto facts = [] {
        fs::path dir = fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "explore";
        std::string error;
        auto sources = netral::load_rule_directory((dir / "rules").string(), error);
        REQUIRE_MESSAGE(sources.has_value(), error);
        netral::CompileResult compiled = netral::compile_rules(*sources);
        REQUIRE_MESSAGE(compiled.ok(), compiled.text);
        netral::IncidentResult loaded = netral::load_incident(
            compiled.rules,
            {"two-acts.yaml", netral::testing::read_file(dir / "incidents" / "two-acts.yaml")});
        REQUIRE_MESSAGE(loaded.ok(), loaded.text);
        return loaded.facts;
    }();
    return facts;
}

netral::ExploreOptions options(int depth, std::size_t budget = 10000, unsigned threads = 1) {
    netral::ExploreOptions o;
    o.depth = depth;
    o.budget = budget;
    o.threads = threads;
    o.eval.as_of = "2024-12-01";
    return o;
}

/// One entry as `CHANGES -> category [rule (act) +/-]`.
std::string line(const netral::ExploreEntry& e) {
    std::string out;
    for (const netral::ExploreChange& c : e.changes) out += (out.empty() ? "" : " + ") + c.text;
    out += " -> " + e.category;
    if (!e.rule.empty()) {
        out += " [" + e.rule + (e.act.empty() ? "" : " (" + e.act + ")") +
               (e.rule_added ? " +" : " -") + "]";
    }
    return out;
}

std::vector<std::string> lines(const netral::ExploreGroup& g) {
    std::vector<std::string> out;
    for (const netral::ExploreEntry& e : g.entries) out.push_back(line(e));
    return out;
}

}  // namespace

TEST_CASE("explore: single changes that raise and lower, each with its rule") {
    netral::ExploreResult r = netral::explore(two_acts(), options(1));
    REQUIRE(r.ok());
    CHECK(r.incident == "EXP-1");
    CHECK(r.base.category == "medium");
    CHECK(r.base.recommended == "medium.cut");
    CHECK(r.candidates == 27);
    CHECK(r.evaluated == 27);
    CHECK_FALSE(r.exhausted);
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].category == "heavy");
    CHECK(r.groups[0].direction == netral::ExploreDirection::Raise);
    CHECK(lines(r.groups[0]) ==
          std::vector<std::string>{"acts[a2].date=2024-09-25 -> heavy [late_promotion (a2) +]",
                                   "acts[a2].date=2024-09-26 -> heavy [late_promotion (a2) +]"});
    CHECK(r.groups[0].entries[0].changes[0].before == "2024-09-20");
    CHECK(r.groups[0].entries[0].recommended == "heavy.demotion");
    CHECK(r.groups[1].category == "light");
    CHECK(r.groups[1].direction == netral::ExploreDirection::Lower);
    CHECK(lines(r.groups[1]) ==
          std::vector<std::string>{"history[1].level=none -> light [repeated -]",
                                   "remove history[1] -> light [repeated -]"});
}

TEST_CASE("explore: depth 2 reports only pairs that neither change explains alone") {
    netral::ExploreResult r = netral::explore(two_acts(), options(2));
    REQUIRE(r.ok());
    CHECK_FALSE(r.exhausted);
    REQUIRE(r.groups.size() == 2);
    CHECK(lines(r.groups[0]) ==
          std::vector<std::string>{
              "acts[a2].date=2024-09-25 -> heavy [late_promotion (a2) +]",
              "acts[a2].date=2024-09-26 -> heavy [late_promotion (a2) +]",
              "acts[a1].kind=social_media + acts[a1].content=promotion -> heavy "
              "[late_promotion (a1) +]",
              "acts[a1].paid=true + acts[a1].facility=used -> heavy [paid_facility (a1) +]",
              "acts[a2].content=hoax + acts[a2].impact=state -> heavy [state_hoax (a2) +]"});
    CHECK(lines(r.groups[1]).size() == 2);  // no pair adds to what a single change lowers
}

TEST_CASE("explore: the budget bounds the evaluations and the result says it is partial") {
    netral::ExploreResult r = netral::explore(two_acts(), options(1, 11));
    REQUIRE(r.ok());
    CHECK(r.candidates == 27);
    CHECK(r.evaluated == 11);
    CHECK(r.exhausted);
    CHECK(r.groups.empty());  // the first 11 are act a1's and a2's earliest date
    std::string text = netral::render_explore(r, netral::Format::Text, netral::Language::English);
    CHECK(text.find("budget exhausted after 11 variants; results are partial") !=
          std::string::npos);

    netral::ExploreResult pairs = netral::explore(two_acts(), options(2, 40));
    CHECK(pairs.evaluated == 40);
    CHECK(pairs.exhausted);
}

TEST_CASE("explore: deterministic, whatever the number of threads") {
    std::string one = netral::render_explore(netral::explore(two_acts(), options(2, 2000, 1)),
                                             netral::Format::Json);
    std::string two = netral::render_explore(netral::explore(two_acts(), options(2, 2000, 2)),
                                             netral::Format::Json);
    std::string again = netral::render_explore(netral::explore(two_acts(), options(2, 2000, 2)),
                                               netral::Format::Json);
    CHECK(one == two);
    CHECK(two == again);
}

TEST_CASE("explore: a bad as-of date is a diagnostic, not a search") {
    netral::ExploreOptions o = options(1);
    o.eval.as_of = "2024-02-30";
    netral::ExploreResult r = netral::explore(two_acts(), o);
    CHECK_FALSE(r.ok());
    CHECK(r.groups.empty());
    CHECK(r.evaluated == 0);
}
