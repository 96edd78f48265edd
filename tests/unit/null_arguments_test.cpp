// SPDX-License-Identifier: Apache-2.0
// Every public function given a null handle or an empty input: the call reports a diagnostic with
// its code, and its result's ok() is false exactly when that diagnostic is an error — never an
// empty success (include/netral/netral.hpp states the convention, docs/errors.md the codes).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"
#include "netral/explore.hpp"
#include "netral/netral.hpp"
#include "netral/scenario.hpp"
#include "netral/test.hpp"
#include "netral/whatif.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

/// Explore options whose diagnostics are in English, the language the table below quotes.
netral::ExploreOptions english_explore() {
    netral::ExploreOptions options;
    options.eval.language = netral::Language::English;
    return options;
}

/// What a call returned, reduced to what this test compares.
struct Outcome {
    bool ok = false;                              ///< the result's ok()
    std::vector<netral::Diagnostic> diagnostics;  ///< the result's diagnostics
};

template <class Result>
Outcome outcome_of(const Result& result) {
    return {result.ok(), result.diagnostics};
}

std::shared_ptr<const netral::RuleSet> bundled() { return netral::testing::bundled_rules(); }

std::shared_ptr<const netral::Facts> jnp() {
    fs::path example = fs::path(NETRAL_TEST_DIR) / ".." / "examples" / "jnp-2024-0031.yaml";
    netral::IncidentResult loaded =
        netral::load_incident(bundled(), {"jnp.yaml", netral::testing::read_file(example)});
    REQUIRE_MESSAGE(loaded.ok(), loaded.text);
    return loaded.facts;
}

/// One call with a null or empty argument.
struct NullCase {
    const char* name;               ///< the function and the argument left out
    std::function<Outcome()> call;  ///< makes the call
    std::string expected_code;      ///< the first error's code; empty: the call succeeds
    std::string expected_message;   ///< that error's message; empty: not compared
};

}  // namespace

TEST_CASE("null and empty arguments: a coded diagnostic, and ok() false exactly then") {
    const std::shared_ptr<const netral::RuleSet> no_rules;
    const std::shared_ptr<const netral::Facts> no_facts;
    const NullCase cases[] = {
        {"check_rules: no sources",
         [] {
             netral::CheckOptions options;
             options.language = netral::Language::English;
             netral::CheckReport report = netral::check_rules({}, options);
             return Outcome{report.ok(), report.diagnostics()};
         },
         "E2010", ""},
        {"compile_rules: no sources", [] { return outcome_of(netral::compile_rules({})); }, "E2010",
         ""},
        {"load_incident: null rule set",
         [&] {
             return outcome_of(netral::load_incident(no_rules, {"a.yaml", "id: a\n"},
                                                     netral::IncidentFormat::Auto, {},
                                                     netral::Language::English));
         },
         "E7010", "load_incident: no rule set given"},
        {"load_incident: empty text",
         [] {
             return outcome_of(netral::load_incident(bundled(), {"a.yaml", ""},
                                                     netral::IncidentFormat::Auto, {},
                                                     netral::Language::English));
         },
         "E6020", ""},
        {"FactsBuilder: null rule set",
         [&] {
             netral::FactsBuilder builder(no_rules);
             return outcome_of(builder.finish(netral::Language::English));
         },
         "E7010", "FactsBuilder: no rule set given"},
        {"FactsBuilder: finish() a second time",
         [] {
             netral::FactsBuilder builder(bundled());
             (void)builder.finish();
             return outcome_of(builder.finish(netral::Language::English));
         },
         "E7013", "FactsBuilder::finish: the builder has built its facts already"},
        {"FactsBuilder: nothing built",
         [] {
             netral::FactsBuilder builder(bundled());
             return outcome_of(builder.finish(netral::Language::English));
         },
         "E6023", ""},
        {"resolve_changes: null facts",
         [&] {
             return outcome_of(netral::resolve_changes(no_facts, {}, netral::Language::English));
         },
         "E7011", "resolve_changes: no facts given"},
        {"resolve_changes: no changes (a change set that changes nothing)",
         [] { return outcome_of(netral::resolve_changes(jnp(), {})); }, "", ""},
        {"apply_changes: null change set",
         [] { return outcome_of(netral::apply_changes(nullptr, netral::Language::English)); },
         "E7012", "apply_changes: no change set given"},
        {"what_if: no change set (allowed: it only names the changes)",
         [] {
             std::shared_ptr<const netral::Facts> facts = jnp();
             return outcome_of(netral::what_if(*bundled(), *facts, {}, *facts, {}, nullptr));
         },
         "", ""},
        {"explore: null facts",
         [&] { return outcome_of(netral::explore(no_facts, english_explore())); }, "E7011",
         "explore: no facts given"},
        {"run_scenario: null rule set",
         [&] {
             return outcome_of(netral::run_scenario(no_rules, {"s.yaml", "scenario: s\n"}, {}, {},
                                                    netral::Language::English));
         },
         "E7010", "run_scenario: no rule set given"},
        {"run_scenario: empty text",
         [] {
             return outcome_of(netral::run_scenario(bundled(), {"s.yaml", ""}, {}, {},
                                                    netral::Language::English));
         },
         "E6051", ""},
        {"run_case: null rule set",
         [&] {
             return outcome_of(
                 netral::run_case(no_rules, {"c.yaml", "id: c\n"}, {}, netral::Language::English));
         },
         "E7010", "run_case: no rule set given"},
        {"run_case: empty text",
         [] {
             return outcome_of(
                 netral::run_case(bundled(), {"c.yaml", ""}, {}, netral::Language::English));
         },
         "E6020", ""},
    };
    for (const NullCase& row : cases) {
        SUBCASE(row.name) {
            Outcome out = row.call();
            auto is_error = [](const netral::Diagnostic& d) {
                return d.severity == netral::Severity::Error;
            };
            auto error = std::find_if(out.diagnostics.begin(), out.diagnostics.end(), is_error);
            CHECK(out.ok == (error == out.diagnostics.end()));
            if (row.expected_code.empty()) {
                CHECK(out.ok);
                continue;
            }
            REQUIRE(error != out.diagnostics.end());
            CHECK(error->code == row.expected_code);
            if (!row.expected_message.empty()) CHECK(error->message == row.expected_message);
        }
    }
}

TEST_CASE("null arguments: the text of a result without a place names the code and the fix") {
    netral::IncidentResult result = netral::load_incident(
        nullptr, {"a.yaml", ""}, netral::IncidentFormat::Auto, {}, netral::Language::English);
    CHECK(result.text ==
          "error[E7010]: load_incident: no rule set given\n"
          "hint: pass the rule set compile_rules() returned\n");
}
