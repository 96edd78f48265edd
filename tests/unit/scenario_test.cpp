// SPDX-License-Identifier: Apache-2.0
// What-if scenario files (include/netral/scenario.hpp) on the bundled rules: the file is read
// strictly (unknown keys with a did-you-mean, wrong kinds, duplicate names, parameters, dates),
// the changes' own diagnostics point into the scenario file and name the variant, and a good
// scenario gives one diff per variant against one base.
#include "netral/scenario.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "rule_sets.hpp"

namespace {

/// The scenario's path: in examples/scenarios, so `base: ../jnp-2024-0031.yaml` is found.
std::string scenario_path() {
    return std::string(NETRAL_TEST_DIR) + "/../examples/scenarios/test.yaml";
}

/// Reads the base incident from disk, as the command line does, and records the paths asked for.
struct DiskLoader {
    std::vector<std::string>* asked;
    std::optional<std::string> operator()(const std::string& path, std::size_t max_bytes) const {
        asked->push_back(path);
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::string text(std::istreambuf_iterator<char>(in), {});
        if (text.size() > max_bytes + 1) text.resize(max_bytes + 1);
        return text;
    }
};

netral::ScenarioResult run(const std::string& text, std::vector<std::string>* asked = nullptr) {
    std::vector<std::string> ignored;
    netral::ScenarioBase base;
    base.loader = DiskLoader{asked != nullptr ? asked : &ignored};
    return netral::run_scenario(netral::testing::bundled_rules(), {scenario_path(), text}, base, {},
                                netral::Language::English);
}

/// A scenario on the Jeneponto example whose variants are `variants` (YAML, indented by 2).
std::string jnp(const std::string& variants) {
    return "scenario: test\nbase: ../jnp-2024-0031.yaml\nas_of: 2024-12-01\nvariants:\n" + variants;
}

}  // namespace

TEST_CASE("run_scenario: an invalid scenario is one diagnostic at its place in the file") {
    struct Row {
        const char* name;
        std::string text;
        const char* expected_code;
        const char* expected_message;
        const char* expected_hint;
        std::size_t expected_line;
        std::size_t expected_column;
    };
    const std::vector<Row> rows = {
        {"unknown top-level key",
         "scenario: test\nbase: ../jnp-2024-0031.yaml\nas_off: 2024-12-01\nvariants:\n"
         "  - { name: a, set: { person.status: pppk } }\n",
         "E6050", "unknown key `as_off` in a scenario", "did you mean `as_of`?", 3, 1},
        {"unknown variant key", jnp("  - name: a\n    sett: { person.status: pppk }\n"), "E6050",
         "unknown key `sett` in a variant", "did you mean `set`?", 6, 5},
        {"set is a list", jnp("  - name: a\n    set: [person.status]\n"), "E6051",
         "`set` must be a map of path → value, e.g. `acts[rally-1].date: 2024-10-19`, found a "
         "list",
         "", 6, 10},
        {"no base", "scenario: test\nvariants:\n  - { name: a, set: { person.status: pppk } }\n",
         "E6052", "the scenario has no `base`", "add the incident: `base: ../case.yaml`", 1, 1},
        {"duplicate variant name",
         jnp("  - { name: a, set: { person.status: pppk } }\n"
             "  - { name: a, unset: [person.position] }\n"),
         "E6053", "a second variant named `a`", "give each variant its own name", 6, 13},
        {"unknown parameter", jnp("  - { name: a, params: { medium_type: pp53_delays } }\n"),
         "E6054", "the rule set has no parameter `medium_type`", "did you mean `medium_types`?", 5,
         26},
        {"unknown parameter value", jnp("  - { name: a, params: { medium_types: pp53_delay } }\n"),
         "E6054", "`pp53_delay` is not a value of parameter `medium_types`",
         "did you mean `pp53_delays`?", 5, 40},
        {"bad as-of date", jnp("  - { name: a, as_of: 2024-02-30 }\n"), "E6055",
         "`2024-02-30` is not a date YYYY-MM-DD",
         "the as-of date is a whole day, e.g. `as_of: 2024-12-01`", 5, 23},
        {"variant changes nothing", jnp("  - name: a\n"), "E6057", "variant `a` changes nothing",
         "give it `set`, `unset`, `as_of` or `params`", 5, 11},
        {"unreadable base",
         "scenario: test\nbase: ../no-such.yaml\nvariants:\n  - { name: a, as_of: 2025-01-01 }\n",
         "E6056", "", "`base` is read relative to the scenario file's folder", 2, 7},
        {"unknown act id, in the scenario file",
         jnp("  - name: no-car\n    set: { \"acts[raly-1].state_facility\": none }\n"), "E6041",
         "no item `raly-1` in `acts`", "did you mean `rally-1`?", 6, 18},
        {"bad value, in the scenario file",
         jnp("  - name: no-car\n    set:\n      acts[rally-1].state_facility: usd\n"), "E6029",
         "unknown value `usd` for `state_facility`",
         "did you mean `used`? (`state_facility` is one of `none`, `displayed` or `used`)", 7, 37},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        netral::ScenarioResult result = run(row.text);
        CHECK_FALSE(result.ok());
        REQUIRE(result.diagnostics.size() == 1);
        const netral::Diagnostic& d = result.diagnostics.front();
        CHECK(d.code == row.expected_code);
        if (*row.expected_message != '\0') CHECK(d.message == row.expected_message);
        CHECK(d.hint == row.expected_hint);
        CHECK(d.location.file == scenario_path());
        CHECK(d.location.line == row.expected_line);
        CHECK(d.location.column == row.expected_column);
    }
}

TEST_CASE("run_scenario: a change's diagnostic names its variant in a note") {
    netral::ScenarioResult result = run(jnp("  - name: no-car\n    unset: [\"acts[1].date\"]\n"));
    REQUIRE(result.diagnostics.size() == 1);
    const netral::Diagnostic& d = result.diagnostics.front();
    CHECK(d.code == "E6043");
    CHECK(d.location.line == 6);
    CHECK(d.location.column == 14);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "in variant `no-car`");
    CHECK(d.notes[0].location.line == 5);
}

TEST_CASE("run_scenario: one diff per variant against one base, parameters merged") {
    netral::ScenarioResult result = run(
        jnp("  - name: no-car\n    set: { \"acts[rally-1].state_facility\": none }\n"
            "  - name: pp53\n    params: { medium_types: pp53_delays }\n    as_of: 2025-01-01\n"));
    REQUIRE_MESSAGE(result.ok(), result.text);
    CHECK(result.incident == "JNP-2024-0031");
    CHECK(result.as_of == "2024-12-01");
    CHECK(result.base.category == "heavy");
    REQUIRE(result.variants.size() == 2);
    CHECK(result.variants[0].name == "no-car");
    CHECK(result.variants[0].diff.changes ==
          std::vector<std::string>{"acts[rally-1].state_facility=none"});
    CHECK(result.variants[1].diff.as_of_after == "2025-01-01");
    REQUIRE(result.variants[1].diff.params.size() == 1);
    CHECK(result.variants[1].diff.params[0].after == "pp53_delays");
}

TEST_CASE("run_scenario: the base incident comes from the caller, never from disk by itself") {
    const std::string no_car =
        jnp("  - name: no-car\n    set: { \"acts[rally-1].state_facility\": none }\n");
    SUBCASE("the loader is asked once, for `base` joined to the scenario's folder") {
        std::vector<std::string> asked;
        netral::ScenarioResult result = run(no_car, &asked);
        REQUIRE_MESSAGE(result.ok(), result.text);
        REQUIRE(asked.size() == 1);
        CHECK(asked[0] == result.base_path);
        CHECK(result.base_path.ends_with("examples/jnp-2024-0031.yaml"));
        CHECK(result.base_path.find("..") == std::string::npos);
    }
    SUBCASE("no loader and no incident: E6058 at `base`, in both languages") {
        struct Row {
            netral::Language language;
            const char* expected_message;
            const char* expected_hint;
        };
        const Row rows[] = {
            {netral::Language::English,
             "the base incident `../jnp-2024-0031.yaml` is named by a path, and no way to read it "
             "was given",
             "give the base incident together with the scenario"},
            {netral::Language::Indonesian,
             "kasus dasar `../jnp-2024-0031.yaml` disebut dengan path, dan tidak ada cara untuk "
             "membacanya",
             "berikan kasus dasar bersama skenarionya"},
        };
        for (const Row& row : rows) {
            netral::ScenarioResult result = netral::run_scenario(
                netral::testing::bundled_rules(), {scenario_path(), no_car}, {}, {}, row.language);
            CHECK_FALSE(result.ok());
            REQUIRE(result.diagnostics.size() == 1);
            const netral::Diagnostic& d = result.diagnostics.front();
            CHECK(d.code == "E6058");
            CHECK(d.message == row.expected_message);
            CHECK(d.hint == row.expected_hint);
            CHECK(d.location.line == 2);
            CHECK(d.location.column == 7);
        }
    }
    SUBCASE("the base given as a Source is used whatever `base` names, without the loader") {
        std::vector<std::string> asked;
        netral::ScenarioResult from_disk = run(no_car, &asked);
        REQUIRE(from_disk.ok());
        std::ifstream in(std::string(NETRAL_TEST_DIR) + "/../examples/jnp-2024-0031.yaml");
        netral::ScenarioBase base;
        base.incident = netral::Source{"request/base.yaml",
                                       std::string(std::istreambuf_iterator<char>(in), {})};
        base.loader = DiskLoader{&asked};
        netral::ScenarioResult given = netral::run_scenario(netral::testing::bundled_rules(),
                                                            {"request/scenario.yaml", no_car}, base,
                                                            {}, netral::Language::English);
        REQUIRE_MESSAGE(given.ok(), given.text);
        CHECK(asked.size() == 1);  // only the run from disk asked
        CHECK(given.base_path == "request/base.yaml");
        CHECK(given.base.category == from_disk.base.category);
        REQUIRE(given.variants.size() == 1);
        CHECK(given.variants[0].diff.after.category == from_disk.variants[0].diff.after.category);
        CHECK(given.variants[0].diff.findings.size() == from_disk.variants[0].diff.findings.size());
    }
    SUBCASE("a base incident with errors reports them in its own file") {
        netral::ScenarioBase base;
        base.incident = netral::Source{"request/base.yaml", "id: X\nperson: 3\n"};
        netral::ScenarioResult result = netral::run_scenario(netral::testing::bundled_rules(),
                                                             {"request/scenario.yaml", no_car},
                                                             base, {}, netral::Language::English);
        CHECK_FALSE(result.ok());
        REQUIRE_FALSE(result.diagnostics.empty());
        CHECK(result.diagnostics.front().location.file == "request/base.yaml");
    }
}

TEST_CASE("looks_like_scenario: a top-level scenario or variants key") {
    struct Row {
        const char* text;
        bool expected;
    };
    const Row rows[] = {
        {"scenario: x\nbase: a.yaml\n", true},
        {"# comment\nvariants:\n  - name: a\n", true},
        {"id: JNP\nacts: []\n", false},
        {"notes:\n  scenario: not at the top\n", false},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(netral::looks_like_scenario(row.text) == row.expected);
    }
}
