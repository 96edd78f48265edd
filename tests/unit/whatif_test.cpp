// SPDX-License-Identifier: Apache-2.0
// What-if changes (include/netral/whatif.hpp) on the bundled rules and examples/jnp-2024-0031:
// paths and values checked like incident files, applying to an independent copy, variant tags,
// and diff() on hand-built decisions.
#include "netral/whatif.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "api/impl.hpp"
#include "facts/dump.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const netral::RuleSet> bundled() { return netral::testing::bundled_rules(); }

std::shared_ptr<const netral::Facts> jnp() {
    fs::path example = fs::path(NETRAL_TEST_DIR) / ".." / "examples" / "jnp-2024-0031.yaml";
    netral::IncidentResult loaded =
        netral::load_incident(bundled(), {"jnp.yaml", netral::testing::read_file(example)});
    REQUIRE_MESSAGE(loaded.ok(), loaded.text);
    return loaded.facts;
}

std::string dump(const netral::Facts& facts) {
    const auto& rs = state(*state(facts).rules);
    return netral::facts::dump(rs.program, rs.layout, state(facts).incident);
}

netral::Change set(const std::string& path, const std::string& value) { return {path, value, ""}; }

netral::Change unset(const std::string& path) { return {path, std::nullopt, ""}; }

}  // namespace

TEST_CASE("resolve_changes: bad paths and values are diagnostics with a precise message") {
    struct Row {
        const char* name;
        std::vector<netral::Change> changes;
        const char* expected_code;
        const char* expected_message;
        const char* expected_hint;
    };
    const std::vector<Row> rows = {
        {"unknown fact",
         {set("persn.status", "pppk")},
         "E6021",
         "unknown fact `persn` in the incident",
         "did you mean `person`?"},
        {"unknown field",
         {set("person.stauts", "pppk")},
         "E6021",
         "unknown field `stauts` in `person`",
         "did you mean `status`?"},
        {"unknown act id",
         {set("acts[raly-1].state_facility", "none")},
         "E6041",
         "no item `raly-1` in `acts`",
         "did you mean `rally-1`?"},
        {"index out of range",
         {set("acts[3].date", "2024-10-01")},
         "E6042",
         "no item at position 3 of `acts`",
         "`acts` has 2 items: positions run from 1 to 2"},
        {"position 0: positions count from 1, as in the report",
         {set("acts[0].date", "2024-10-01")},
         "E6042",
         "no item at position 0 of `acts`",
         "`acts` has 2 items: positions run from 1 to 2 (positions count from 1, as in the "
         "report)"},
        {"bad enum value",
         {set("acts[rally-1].state_facility", "usd")},
         "E6029",
         "unknown value `usd` for `state_facility`",
         "did you mean `used`? (`state_facility` is one of `none`, `displayed` or `used`)"},
        {"bad date",
         {set("acts[1].date", "2024-02-30")},
         "E6028",
         "`2024-02-30` is not a date: February 2024 has 29 days",
         "write `date` as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known"},
        {"bad bool",
         {set("person.on_unpaid_leave", "yes")},
         "E6026",
         "`on_unpaid_leave` must be `true` or `false`, found `yes`",
         "only `true` and `false` are booleans here (YAML 1.1 words such as `yes`, `no`, `on` "
         "and `off` are not)"},
        {"field of another kind",
         {set("acts[like-1].state_facility", "none")},
         "E6022",
         "`state_facility` does not apply to `acts[like-1]`, whose `kind` is `social_media`",
         "`state_facility` belongs to `kind` `campaign_event`; to change the kind as well, put "
         "`acts[like-1].kind=…` before this change"},
        {"whole list",
         {set("acts", "none")},
         "E6043",
         "`acts` is a list; change a field of one of its items",
         "write `acts[ID].FIELD=VALUE` with an item's id or its position from 1"},
        {"required unset",
         {unset("acts[1].date")},
         "E6043",
         "`acts[1].date` is required and cannot be unset",
         "set it to another value instead: `acts[1].date=…`"},
        {"key field",
         {set("acts[1].id", "x")},
         "E6043",
         "`acts[1].id` identifies its item and cannot be changed",
         ""},
        {"history item by name",
         {set("history[x].nature", "other")},
         "E6041",
         "no item `x` in `history`",
         "the items of `history` have no id; address them by position from 1, as in "
         "`history[1]`"},
        {"malformed path",
         {set("acts[0.date", "2024-10-01")},
         "E6040",
         "`[` not closed in the path",
         "a path is `fact`, `record.field` or `list[ID].field` (ID: an item's id or its "
         "position from 1), e.g. `acts[rally-1].state_facility`"},
    };
    auto facts = jnp();
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            netral::ChangeResult result =
                netral::resolve_changes(facts, row.changes, netral::Language::English);
            INFO(result.text);
            CHECK_FALSE(result.ok());
            REQUIRE(!result.diagnostics.empty());
            CHECK(result.diagnostics[0].code == row.expected_code);
            CHECK(result.diagnostics[0].message == row.expected_message);
            CHECK(result.diagnostics[0].hint == row.expected_hint);
            CHECK(result.diagnostics[0].location.file == "change #1");
        }
    }
}

TEST_CASE("resolve_changes: the caret points into the change's text") {
    netral::ChangeResult result = netral::resolve_changes(
        jnp(), {{"acts[raly-1].state_facility", "none", "--set #1"}}, netral::Language::English);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].location.file == "--set #1");
    CHECK(result.diagnostics[0].location.column == 6);
    CHECK(result.text.find("--set #1:1:6: error[E6041]") != std::string::npos);
}

TEST_CASE("apply_changes: a copy with changed slots; the base facts are untouched") {
    auto facts = jnp();
    std::string before = dump(*facts);
    netral::ChangeResult result = netral::resolve_changes(
        facts, {set("acts[rally-1].state_facility", "none"), set("person.status", "pppk"),
                set("acts[1].date", "2024-09"), unset("acts[rally-1].role")});
    REQUIRE_MESSAGE(result.ok(), result.text);
    auto changed = netral::apply_changes(result.changes).facts;
    CHECK(dump(*facts) == before);
    std::string after = dump(*changed);
    CHECK(after != before);
    CHECK(after.find("changed") != std::string::npos);

    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    netral::EvalResult evaluated = netral::evaluate(*bundled(), *changed, options);
    REQUIRE(evaluated.ok());
    // The base still evaluates to its own outcome.
    netral::EvalResult base = netral::evaluate(*bundled(), *facts, options);
    REQUIRE(base.ok());
    CHECK(base.decision->outcome.category == "heavy");
}

TEST_CASE("resolve_changes: a new kind clears the old case and takes the new case's fields") {
    auto facts = jnp();
    netral::ChangeResult result = netral::resolve_changes(
        facts, {set("acts[rally-1].kind", "social_media"), set("acts[rally-1].action", "like"),
                set("acts[rally-1].content", "candidate_promotion")});
    REQUIRE_MESSAGE(result.ok(), result.text);
    auto changed = netral::apply_changes(result.changes).facts;
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    netral::EvalResult evaluated = netral::evaluate(*bundled(), *changed, options);
    REQUIRE(evaluated.ok());
    for (const netral::Finding& f : evaluated.decision->findings) {
        CHECK(f.rule.id != "campaign_state_facility_used");
    }
}

TEST_CASE("diff: hand-built decisions") {
    auto leaf = [](const std::string& text, netral::Truth result, const std::string& value) {
        netral::ConditionTrace node;
        node.text = text;
        node.result = result;
        netral::ValueSeen seen;
        seen.name = "act.state_facility";
        seen.value = value;
        node.values.push_back(seen);
        return node;
    };
    netral::Decision before;
    before.as_of = "2024-12-01";
    before.outcome.category = "heavy";
    before.outcome.sanctions = {"heavy.demotion_12m"};
    netral::Finding fired;
    fired.act = "rally-1";
    fired.rule.id = "campaign_state_facility_used";
    fired.rule.citations.push_back({"PP 94/2021 Pasal 5 huruf a", {}, true, {}});
    fired.category = "heavy";
    netral::ConditionTrace both;
    both.text = "act.kind = campaign_event and act.state_facility = used";
    both.result = netral::Truth::True;
    both.parts = {leaf("act.kind = campaign_event", netral::Truth::True, "campaign_event"),
                  leaf("act.state_facility = used", netral::Truth::True, "used")};
    fired.conditions = {both};
    before.findings = {fired};

    netral::Decision after = before;
    after.outcome.category = "medium";
    after.outcome.sanctions = {"medium.allowance_cut_6m"};
    after.findings.clear();
    netral::Finding not_fired = fired;
    not_fired.applies = netral::Truth::False;
    not_fired.conditions[0].result = netral::Truth::False;
    not_fired.conditions[0].parts[1] =
        leaf("act.state_facility = used", netral::Truth::False, "none");
    after.why_not = {not_fired};
    after.review.push_back({netral::ReviewKind::Missing, {"perlu", "needs"}, "rally-1", "", {}});

    netral::DecisionDiff d = netral::diff(before, after);
    CHECK(d.outcome_changed);
    CHECK(d.before.category == "heavy");
    CHECK(d.after.category == "medium");
    REQUIRE(d.findings.size() == 1);
    CHECK(d.findings[0].kind == netral::FindingChange::Removed);
    CHECK(d.findings[0].rule == "campaign_state_facility_used");
    REQUIRE(d.findings[0].flipped.has_value());
    CHECK(d.findings[0].flipped->text == "act.state_facility = used");
    REQUIRE(d.findings[0].flipped->values.size() == 1);
    CHECK(d.findings[0].flipped->values[0].before == "used");
    CHECK(d.findings[0].flipped->values[0].after == "none");
    CHECK(d.citations_removed == std::vector<std::string>{"PP 94/2021 Pasal 5 huruf a"});
    CHECK(d.citations_added.empty());
    CHECK(d.review_added.size() == 1);
    CHECK(d.review_removed.empty());

    netral::DecisionDiff same = netral::diff(before, before);
    CHECK_FALSE(same.outcome_changed);
    CHECK(same.findings.empty());
    CHECK(netral::render_diff(same, netral::Format::Text, netral::Language::English)
              .find("No difference.") != std::string::npos);
}

TEST_CASE("apply_changes: a short text value stays valid while later changes are read") {
    // Each change's text is kept as a source file; a value of a few characters lives inside the
    // file object itself, so the files must not move when more are added.
    std::vector<netral::Change> changes = {set("notes", "hi")};
    for (int i = 0; i < 12; ++i)
        changes.push_back(set("acts[1].date", "2024-10-0" + std::to_string(1 + i % 9)));
    netral::ChangeResult resolved = netral::resolve_changes(jnp(), changes);
    REQUIRE_MESSAGE(resolved.ok(), resolved.text);
    std::shared_ptr<const netral::Facts> changed = netral::apply_changes(resolved.changes).facts;
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    netral::EvalResult result = netral::evaluate(*bundled(), *changed, options);
    REQUIRE(result.ok());
    bool found = false;
    for (const std::string& note : result.decision->notes) found = found || note == "notes: hi";
    CHECK(found);
}

TEST_CASE("resolve_changes: an item whose id is all digits wins over the position") {
    const std::string incident =
        "id: DIG-1\nelection: pilkada-2024\ndecided: 2024-12-01\n"
        "person: { name: A, status: pns }\n"
        "acts:\n"
        "  - { id: \"2\", date: 2024-10-19, kind: campaign_event, role: audience }\n"
        "  - { id: \"9\", date: 2024-10-19, kind: campaign_event, role: audience }\n";
    netral::IncidentResult loaded = netral::load_incident(bundled(), {"digits.yaml", incident});
    REQUIRE_MESSAGE(loaded.ok(), loaded.text);
    netral::ChangeResult result =
        netral::resolve_changes(loaded.facts, {set("acts[2].role", "speaker")});
    REQUIRE_MESSAGE(result.ok(), result.text);
    auto changed = netral::apply_changes(result.changes).facts;
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    netral::EvalResult evaluated = netral::evaluate(*bundled(), *changed, options);
    REQUIRE(evaluated.ok());
    // The speaker finding is on the act whose id is "2" (the first item), not on position 2.
    bool on_id = false;
    bool on_position = false;
    for (const netral::Finding& f : evaluated.decision->findings) {
        if (f.rule.id != "campaign_speaker_determined") continue;
        on_id = on_id || f.act == "2";
        on_position = on_position || f.act == "9";
    }
    CHECK(on_id);
    CHECK_FALSE(on_position);
}

TEST_CASE("resolve_changes: only the last kind change decides which fields are required") {
    netral::ChangeResult result = netral::resolve_changes(
        jnp(), {set("acts[rally-1].kind", "social_media"), set("acts[rally-1].kind", "banner")});
    // `social_media` would require `action` and `content`; the act ends up a banner instead.
    CHECK_MESSAGE(result.ok(), result.text);
}
