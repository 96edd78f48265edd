// SPDX-License-Identifier: Apache-2.0
// FactsBuilder writes host values straight into slots. Its facts must be those of the same
// incident written as a file (origins aside: host instead of given), whether fields are named by
// name or by handle, on a fresh builder or a reused one; and a wrong value must get exactly the
// diagnostics the file binder gives. The oracle for the fast layout is the file binder itself:
// the same operations plus the top-level key `expect` (which the binder skips and the fast path
// leaves to it) go through the binder, and the two dumps must be byte-identical.
#include <doctest/doctest.h>

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "api/impl.hpp"
#include "facts/dump.hpp"
#include "netral/evaluate.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using Build = std::function<void(netral::FactsBuilder&, netral::FactsBuilder::Record)>;

std::shared_ptr<const netral::RuleSet> bundled() { return netral::testing::bundled_rules(); }

std::shared_ptr<const netral::RuleSet> sample() {
    return netral::testing::compiled_rules(fs::path(NETRAL_TEST_DIR) / "rulesets" / "sample");
}

std::string dump(const netral::Facts& facts) {
    const auto& rs = state(*state(facts).rules);
    return netral::facts::dump(rs.program, rs.layout, state(facts).incident);
}

/// A dump with every `given L:C` origin read as `host`, to compare a file's facts with a host's.
std::string as_host(const std::string& dumped) {
    static const std::regex kGiven("# given [0-9]+:[0-9]+");
    return std::regex_replace(dumped, kGiven, "# host");
}

/// True when the facts were laid out without the binder (they carry no source text).
bool fast(const netral::Facts& facts) { return state(facts).incident.sources.size() == 0; }

/// The decision by id, as JSON.
std::string decide(const netral::RuleSet& rules, const netral::Facts& facts) {
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    options.describe = false;
    netral::EvalResult result = netral::evaluate(rules, facts, options);
    REQUIRE(result.ok());
    result.decision->source.clear();  // the file's path; a host's facts have none
    return netral::render(*result.decision, netral::Format::Json);
}

std::shared_ptr<const netral::Facts> build(std::shared_ptr<const netral::RuleSet> rules,
                                           const Build& how, bool through_binder = false) {
    netral::FactsBuilder builder(std::move(rules));
    how(builder, builder.top());
    if (through_binder) builder.top().text("expect", "-");
    netral::IncidentResult result = builder.finish(netral::Language::English);
    REQUIRE_MESSAGE(result.ok(), result.text);
    return result.facts;
}

/// The head every bundled incident needs.
void head(netral::FactsBuilder::Record top) {
    top.text("id", "JNP-2024-0031").value("election", "pilkada-2024");
    top.record("person").text("name", "A. R.").value("status", "pns");
}

const char* const kFileHead =
    "id: JNP-2024-0031\nelection: pilkada-2024\nperson: {name: A. R., status: pns}\n";

struct ShapeCase {
    const char* name;  ///< what the row shows
    bool on_sample;    ///< the sample rule set (ints, a default fact) instead of the bundled
    Build build;       ///< what the host writes
    std::string file;  ///< the same incident as a file, keys in the same order
};

const std::vector<ShapeCase>& shape_cases() {
    static const std::vector<ShapeCase> cases = {
        {"a list of records, one without id, a month date", false,
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             head(top);
             top.append("acts")
                 .text("id", "like-1")
                 .date("date", "2024-10")
                 .value("kind", "social_media")
                 .value("action", "like")
                 .value("content", "candidate_promotion");
             top.append("acts").date("date", "2024-10-19").value("kind", "campaign_event");
         },
         std::string(kFileHead) +
             "acts:\n"
             "  - {id: like-1, date: 2024-10, kind: social_media, action: like,\n"
             "     content: candidate_promotion}\n"
             "  - {date: 2024-10-19, kind: campaign_event}\n"},
        {"a history with ladder steps, a year date, records set out of order", false,
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             top.append("acts").date("date", "2024").value("kind", "banner");
             top.append("history")
                 .value("sanction", "moral.open_statement")
                 .date("date", "2023-02-14")
                 .value("nature", "neutrality");
             head(top);
             top.append("history")
                 .value("sanction", "medium")
                 .date("date", "2022")
                 .value("nature", "neutrality");
         },
         "acts: [{date: 2024, kind: banner}]\n"
         "history:\n"
         "  - {sanction: moral.open_statement, date: 2023-02-14, nature: neutrality}\n"
         "  - {sanction: medium, date: 2022, nature: neutrality}\n" +
             std::string(kFileHead)},
        {"a variant case with a boolean, the tag set last", false,
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             head(top);
             top.append("acts")
                 .date("date", "2024-01-01")
                 .value("recipients", "voters")
                 .boolean("in_quiet_period", true)
                 .value("kind", "money_politics");
         },
         std::string(kFileHead) +
             "acts: [{date: 2024-01-01, kind: money_politics, recipients: voters,\n"
             "        in_quiet_period: true}]\n"},
        {"enum values by label and in capitals", false,
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             top.text("id", "X").value("election", "PILKADA-2024");
             top.record("person").value("status", "PNS");
             top.append("acts").date("date", "2024-01-01").value("kind", "Banner");
         },
         "id: X\nelection: PILKADA-2024\nperson: {status: PNS}\n"
         "acts: [{date: 2024-01-01, kind: Banner}]\n"},
        {"integers, a nested record, a default and unknowns left out", true,
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             top.text("id", "S-1").value("election", "pemilu-2024").integer("count_limit", 0);
             top.record("person").value("status", "pns").boolean("on_unpaid_leave", true);
             netral::FactsBuilder::Record act = top.append("acts");
             act.date("date", "2024-01-01").value("kind", "campaign_event");
             act.record("evidence").text("source", "Bawaslu");
             top.append("acts").date("date", "2024-02-01").value("kind", "campaign_event");
         },
         "id: S-1\nelection: pemilu-2024\ncount_limit: 0\n"
         "person: {status: pns, on_unpaid_leave: true}\n"
         "acts:\n"
         "  - {date: 2024-01-01, kind: campaign_event, evidence: {source: Bawaslu}}\n"
         "  - {date: 2024-02-01, kind: campaign_event}\n"},
        {"the largest integer, by handles", true,
         [](netral::FactsBuilder& builder, netral::FactsBuilder::Record top) {
             top.text(builder.field("id"), "S-1")
                 .value(builder.field("election"), "pemilu-2024")
                 .integer(builder.field("count_limit"), 9223372036854775807);
             top.record(builder.field("person")).value(builder.field("person.status"), "pns");
             top.append(builder.field("acts"))
                 .date(builder.field("acts.date"), "2024-01-01")
                 .value(builder.field("acts.kind"), "campaign_event");
         },
         "id: S-1\nelection: pemilu-2024\ncount_limit: 9223372036854775807\n"
         "person: {status: pns}\nacts: [{date: 2024-01-01, kind: campaign_event}]\n"},
        {"a handle used on a record of another type is looked up by name", true,
         [](netral::FactsBuilder& builder, netral::FactsBuilder::Record top) {
             top.text("id", "S-1").value("election", "pemilu-2024");
             top.record("person").value("status", "pns");
             // `history.date` used on an act: the act's own `date`.
             top.append("acts")
                 .date(builder.field("history.date"), "2024-01-01")
                 .value("kind", "campaign_event");
         },
         "id: S-1\nelection: pemilu-2024\nperson: {status: pns}\n"
         "acts: [{date: 2024-01-01, kind: campaign_event}]\n"},
    };
    return cases;
}

}  // namespace

TEST_CASE("FactsBuilder: the facts of a file, laid out without the binder") {
    for (const ShapeCase& row : shape_cases()) {
        SUBCASE(row.name) {
            auto rules = row.on_sample ? sample() : bundled();
            netral::IncidentResult file = netral::load_incident(rules, {"f.yaml", row.file});
            REQUIRE_MESSAGE(file.ok(), file.text);
            auto host = build(rules, row.build);
            auto bound = build(rules, row.build, true);
            CHECK(fast(*host));
            CHECK_FALSE(fast(*bound));
            // The layout equals the binder's, and the file's up to origins.
            CHECK(dump(*host) == dump(*bound));
            CHECK(dump(*host) == as_host(dump(*file.facts)));
            CHECK(decide(*rules, *host) == decide(*rules, *file.facts));
        }
    }
}

TEST_CASE("FactsBuilder: reset() builds the next incident in the same storage") {
    const std::vector<ShapeCase>& cases = shape_cases();
    netral::FactsBuilder builder(bundled());
    for (int round = 0; round < 2; ++round) {
        for (const ShapeCase& row : cases) {
            if (row.on_sample) continue;
            CAPTURE(row.name);
            builder.reset();
            row.build(builder, builder.top());
            netral::IncidentResult result = builder.finish();
            REQUIRE_MESSAGE(result.ok(), result.text);
            CHECK(dump(*result.facts) == dump(*build(bundled(), row.build)));
        }
    }
    // Facts still held are never overwritten: the next build takes new storage.
    builder.reset();
    cases[0].build(builder, builder.top());
    std::shared_ptr<const netral::Facts> kept = builder.finish().facts;
    REQUIRE(kept != nullptr);
    const std::string before = dump(*kept);
    builder.reset();
    cases[1].build(builder, builder.top());
    std::shared_ptr<const netral::Facts> next = builder.finish().facts;
    REQUIRE(next != nullptr);
    CHECK(next.get() != kept.get());
    CHECK(dump(*kept) == before);
    // And an error in between leaves nothing behind.
    builder.reset();
    builder.top().text("nope", "x");
    CHECK_FALSE(builder.finish().ok());
    builder.reset();
    cases[0].build(builder, builder.top());
    netral::IncidentResult again = builder.finish();
    REQUIRE_MESSAGE(again.ok(), again.text);
    CHECK(dump(*again.facts) == before);
    // A record kept across reset() past the records made since writes into none: its value is
    // reported.
    builder.reset();
    netral::FactsBuilder::Record stale = builder.top();
    for (int k = 0; k < 6; ++k) stale = builder.top().append("acts");
    builder.reset();
    head(builder.top());
    builder.top().append("acts").date("date", "2024-01-01").value("kind", "banner");
    stale.value("kind", "banner");
    netral::IncidentResult misused = builder.finish(netral::Language::English);
    CHECK_FALSE(misused.ok());
    REQUIRE_FALSE(misused.diagnostics.empty());
    CHECK(misused.diagnostics[0].code == "E6021");
}

TEST_CASE("FactsBuilder: a wrong value gets the diagnostics of the same JSON incident") {
    struct ErrorCase {
        const char* name;           ///< what the row shows
        Build build;                ///< what the host writes
        const char* json;           ///< the same incident as a JSON file
        const char* expected_code;  ///< the first diagnostic's code
        bool on_bundled = false;    ///< the bundled rule set (whose act ids are keys)
    };
    const char* const kOk =
        R"("id": "S-1", "election": "pemilu-2024", "person": {"status": "pns"})";
    auto ok_head = [](netral::FactsBuilder::Record top) {
        top.text("id", "S-1").value("election", "pemilu-2024");
        top.record("person").value("status", "pns");
    };
    static decltype(ok_head) shared = ok_head;
    const ErrorCase cases[] = {
        {"a negative integer",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.integer("count_limit", -1);
             top.append("acts").date("date", "2024-01-01").value("kind", "campaign_event");
         },
         R"(, "count_limit": -1, "acts": [{"date": "2024-01-01", "kind": "campaign_event"}]})",
         "E6027"},
        {"an unknown path by handle",
         [](netral::FactsBuilder& builder, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts")
                 .date("date", "2024-01-01")
                 .value("kind", "campaign_event")
                 .value(builder.field("actz.kind"), "x");
         },
         R"(, "acts": [{"date": "2024-01-01", "kind": "campaign_event", "actz.kind": "x"}]})", "E6021"},
        {"an enum value near a declared one",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").value("kind", "campaign_evnt");
         },
         R"(, "acts": [{"date": "2024-01-01", "kind": "campaign_evnt"}]})", "E6029"},
        {"an impossible date",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2023-02-29").value("kind", "campaign_event");
         },
         R"(, "acts": [{"date": "2023-02-29", "kind": "campaign_event"}]})", "E6028"},
        {"a boolean for a text",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts")
                 .boolean("id", true)
                 .date("date", "2024-01-01")
                 .value("kind", "campaign_event");
         },
         R"(, "acts": [{"id": true, "date": "2024-01-01", "kind": "campaign_event"}]})", "E6020"},
        {"a list item for a record",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").value("kind", "campaign_event");
             top.append("decided");
         },
         R"(, "acts": [{"date": "2024-01-01", "kind": "campaign_event"}], "decided": [{}]})",
         "E6020"},
        {"two list items with one id",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts")
                 .text("id", "a")
                 .date("date", "2024-01-01")
                 .value("kind", "campaign_event");
             top.append("acts")
                 .text("id", "a")
                 .date("date", "2024-01-02")
                 .value("kind", "campaign_event");
         },
         R"(, "acts": [{"id": "a", "date": "2024-01-01", "kind": "campaign_event"},
                       {"id": "a", "date": "2024-01-02", "kind": "campaign_event"}]})",
         "E6031", true},
        {"a required field left out",
         [](netral::FactsBuilder&, netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").value("kind", "campaign_event");
         },
         R"(, "acts": [{"kind": "campaign_event"}]})", "E6023"},
    };
    for (const ErrorCase& row : cases) {
        SUBCASE(row.name) {
            auto rules = row.on_bundled ? bundled() : sample();
            netral::FactsBuilder builder(rules);
            row.build(builder, builder.top());
            netral::IncidentResult host = builder.finish(netral::Language::English);
            netral::IncidentResult file =
                netral::load_incident(rules, {"f.json", std::string("{") + kOk + row.json},
                                      netral::IncidentFormat::Json, {}, netral::Language::English);
            REQUIRE_FALSE(host.ok());
            REQUIRE_FALSE(file.ok());
            REQUIRE(host.diagnostics.size() == file.diagnostics.size());
            CHECK(host.diagnostics[0].code == row.expected_code);
            for (std::size_t i = 0; i < host.diagnostics.size(); ++i) {
                CHECK(host.diagnostics[i].code == file.diagnostics[i].code);
                CHECK(host.diagnostics[i].message == file.diagnostics[i].message);
                CHECK(host.diagnostics[i].hint == file.diagnostics[i].hint);
                CHECK(host.diagnostics[i].location.file == "<facts builder>");
            }
        }
    }
}
