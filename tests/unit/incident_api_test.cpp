// SPDX-License-Identifier: Apache-2.0
// The public incident API: load_incident() on the bundled rules and on the sample rule set
// (which has an `int` fact and a `set of` field the bundled vocabulary lacks), and
// FactsBuilder, which must validate exactly like a file and mark its values as Host.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "api/impl.hpp"
#include "facts/dump.hpp"
#include "netral/evaluate.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const netral::RuleSet> compile_dir(const fs::path& dir) {
    std::string error;
    auto sources = netral::load_rule_directory(dir.string(), error);
    REQUIRE_MESSAGE(sources.has_value(), error);
    netral::CompileResult compiled = netral::compile_rules(*sources);
    REQUIRE_MESSAGE(compiled.ok(), compiled.text);
    return compiled.rules;
}

std::shared_ptr<const netral::RuleSet> bundled() {
    static auto rules = compile_dir(NETRAL_RULES_DIR);
    return rules;
}

std::shared_ptr<const netral::RuleSet> sample() {
    static auto rules = compile_dir(fs::path(NETRAL_TEST_DIR) / "rulesets" / "sample");
    return rules;
}

std::string dump(const netral::Facts& facts) {
    const auto& rs = state(*state(facts).rules);
    return netral::facts::dump(rs.program, rs.layout, state(facts).incident);
}

const char* const kSampleHead =
    "id: S-1\nelection: pemilu-2024\nperson: {status: pns}\n";

}  // namespace

TEST_CASE("load_incident (API): the bundled example loads; a bad key is a diagnostic") {
    fs::path example = fs::path(NETRAL_TEST_DIR) / ".." / "examples" / "jnp-2024-0031.yaml";
    netral::IncidentResult ok =
        netral::load_incident(bundled(), {"jnp.yaml", netral::testing::read_file(example)});
    REQUIRE_MESSAGE(ok.ok(), ok.text);
    CHECK(ok.diagnostics.empty());
    CHECK(state(*ok.facts).path == "jnp.yaml");

    netral::IncidentResult bad =
        netral::load_incident(bundled(),
                              {"bad.yaml",
                               "id: X\nelection: pemilu-2024\nperson: {status: pns}\n"
                               "acts: [{date: 2024-01-01, kind: banner}]\npersno: 1\n"},
                              netral::IncidentFormat::Auto, {}, netral::Language::English);
    CHECK_FALSE(bad.ok());
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].code == "E6021");
    CHECK(bad.diagnostics[0].location.line == 5);
    CHECK(bad.diagnostics[0].hint == "did you mean `person`?");
    CHECK(bad.text.rfind("bad.yaml:5:1: error[E6021]", 0) == 0);
}

TEST_CASE("load_incident (API): limits and formats are passed through") {
    netral::IncidentLimits limits;
    limits.max_bytes = 10;
    netral::IncidentResult big = netral::load_incident(bundled(), {"big.yaml", "id: 0123456789"},
                                                       netral::IncidentFormat::Auto, limits);
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].code == "E6001");
    netral::IncidentLimits few_nodes;
    few_nodes.max_nodes = 5;
    netral::IncidentResult nodes = netral::load_incident(
        bundled(), {"n.yaml", "id: X\nelection: pemilu-2024\nperson: {status: pns}\n"},
        netral::IncidentFormat::Auto, few_nodes);
    REQUIRE(nodes.diagnostics.size() == 1);
    CHECK(nodes.diagnostics[0].code == "E6007");
    CHECK(nodes.diagnostics[0].location.line == 3);
    // Forced JSON on YAML text is a JSON syntax error.
    netral::IncidentResult json =
        netral::load_incident(bundled(), {"x.json", "id: X\n"}, netral::IncidentFormat::Json);
    REQUIRE(json.diagnostics.size() == 1);
    CHECK(json.diagnostics[0].code == "E6003");
}

TEST_CASE("load_incident (API): integers and sets of the sample rule set") {
    struct IntCase {
        const char* name;           ///< what the row shows
        const char* value;          ///< written as `count_limit: VALUE`
        const char* expected_code;  ///< empty when valid
        const char* expected_dump;  ///< the dump line of a valid value
    };
    const IntCase cases[] = {
        {"a count", "7", "", "count_limit: 7  # given 4:14"},
        {"the largest", "9223372036854775807", "", "count_limit: 9223372036854775807"},
        {"an overflow", "9223372036854775808", "E6027", ""},
        {"a negative number", "-1", "E6027", ""},
        {"a fraction", "1.5", "E6027", ""},
        {"a quoted number", "\"7\"", "E6027", ""},
    };
    for (const IntCase& row : cases) {
        SUBCASE(row.name) {
            std::string text = std::string(kSampleHead) + "count_limit: " + row.value +
                               "\nacts: [{date: 2024-01-01, kind: campaign_event}]\n";
            netral::IncidentResult result =
                netral::load_incident(sample(), {"s.yaml", text}, netral::IncidentFormat::Auto, {},
                                      netral::Language::English);
            if (std::string(row.expected_code).empty()) {
                REQUIRE_MESSAGE(result.ok(), result.text);
                CHECK(dump(*result.facts).find(row.expected_dump) != std::string::npos);
            } else {
                REQUIRE(result.diagnostics.size() == 1);
                CHECK(result.diagnostics[0].code == row.expected_code);
            }
        }
    }
    SUBCASE("a set of enum values, repeats dropped") {
        std::string text = std::string(kSampleHead) +
                           "acts: [{date: 2024-01-01, kind: campaign_event, "
                           "tags: [party, none, party]}]\n";
        netral::IncidentResult result =
            netral::load_incident(sample(), {"s.yaml", text}, netral::IncidentFormat::Auto, {},
                                  netral::Language::English);
        REQUIRE_MESSAGE(result.ok(), result.text);
        std::string dumped = dump(*result.facts);
        CHECK_MESSAGE(dumped.find("tags: {party, none}  # given 4:55") != std::string::npos,
                      dumped);
    }
    SUBCASE("a set with an undeclared value") {
        std::string text = std::string(kSampleHead) +
                           "acts: [{date: 2024-01-01, kind: campaign_event, tags: [partyy]}]\n";
        netral::IncidentResult result =
            netral::load_incident(sample(), {"s.yaml", text}, netral::IncidentFormat::Auto, {},
                                  netral::Language::English);
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "E6029");
        CHECK(result.diagnostics[0].hint.rfind("did you mean `party`?", 0) == 0);
    }
}

TEST_CASE("FactsBuilder: builds what a file says, with Host origins") {
    netral::FactsBuilder builder(bundled());
    auto top = builder.top();
    top.text("id", "JNP-2024-0031").value("election", "pilkada-2024");
    top.record("person").text("name", "A. R.").value("status", "pns");
    top.append("history")
        .value("sanction", "moral.open_statement")
        .date("date", "2023-02-14")
        .value("nature", "neutrality");
    top.append("acts")
        .text("id", "like-1")
        .date("date", "2024-10")
        .value("kind", "social_media")
        .value("action", "like")
        .value("content", "candidate_promotion");
    top.append("acts").date("date", "2024-10-19").value("kind", "campaign_event");
    netral::IncidentResult result = builder.finish();
    REQUIRE_MESSAGE(result.ok(), result.text);
    std::string text = dump(*result.facts);
    CHECK(text.find("id: \"JNP-2024-0031\"  # host") != std::string::npos);
    CHECK(text.find("date: 2024-10-01..2024-10-31  # host") != std::string::npos);
    CHECK(text.find("id: \"act-2\"  # implied") != std::string::npos);
    CHECK(text.find("role: audience  # default") != std::string::npos);
    CHECK(text.find("given") == std::string::npos);
    netral::IncidentResult again = builder.finish();
    CHECK_FALSE(again.ok());
    REQUIRE(again.diagnostics.size() == 1);
    CHECK(again.diagnostics.front().code == "E7013");
}

TEST_CASE("FactsBuilder: validates like a file") {
    struct BuilderCase {
        const char* name;           ///< what the row shows
        void (*build)(netral::FactsBuilder::Record top);  ///< what the host writes
        const char* expected_code;  ///< the first diagnostic's code
    };
    auto base = [](netral::FactsBuilder::Record top) {
        top.text("id", "X").value("election", "pemilu-2024");
        top.record("person").value("status", "pns");
    };
    static decltype(base) shared = base;
    const BuilderCase cases[] = {
        {"an unknown field",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").value("kind", "banner").text("kin", "x");
         },
         "E6021"},
        {"a bad date",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-02-30").value("kind", "banner");
         },
         "E6028"},
        {"a record started twice",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").value("kind", "banner");
             top.record("person").value("status", "pns");
         },
         "E6010"},
        {"a text for a boolean",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts")
                 .date("date", "2024-01-01")
                 .value("kind", "money_politics")
                 .value("recipients", "voters")
                 .text("in_quiet_period", "true");
         },
         "E6026"},
        {"a field set twice",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").value("kind", "banner")
                 .value("kind", "banner");
         },
         "E6010"},
        {"an integer for an enum",
         [](netral::FactsBuilder::Record top) {
             shared(top);
             top.append("acts").date("date", "2024-01-01").integer("kind", 3);
         },
         "E6020"},
        {"no acts",
         [](netral::FactsBuilder::Record top) { shared(top); },
         "E6023"},
    };
    for (const BuilderCase& row : cases) {
        SUBCASE(row.name) {
            netral::FactsBuilder builder(bundled());
            row.build(builder.top());
            netral::IncidentResult result = builder.finish();
            CHECK_FALSE(result.ok());
            REQUIRE_FALSE(result.diagnostics.empty());
            CHECK(result.diagnostics[0].code == row.expected_code);
            CHECK(result.diagnostics[0].location.file == "<facts builder>");
        }
    }
}

TEST_CASE("evaluate (API): facts read against another rule set are refused, not misread") {
    fs::path example = fs::path(NETRAL_TEST_DIR) / ".." / "examples" / "jnp-2024-0031.yaml";
    netral::IncidentResult facts =
        netral::load_incident(bundled(), {"jnp.yaml", netral::testing::read_file(example)});
    REQUIRE_MESSAGE(facts.ok(), facts.text);
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    netral::EvalResult right = netral::evaluate(*bundled(), *facts.facts, options);
    CHECK(right.ok());
    netral::EvalResult wrong = netral::evaluate(*sample(), *facts.facts, options);
    CHECK_FALSE(wrong.ok());
    REQUIRE(wrong.diagnostics.size() == 1);
    CHECK(wrong.diagnostics[0].code == "E7005");
}

TEST_CASE("load_incident (API): enum values by name, label or letter case; never a guess") {
    // `b` is also the English label of `a`: a value's own name wins over another's label.
    const std::string rules_text =
        "module m\n"
        "ruleset t \"Uji\" {\n  version \"1\"\n  in force by decided\n}\n"
        "enum colour \"Warna\" en \"Colour\" {\n"
        "  a \"Merah\" en \"b\"\n"
        "  b \"Biru\" en \"Blue\"\n"
        "  c \"Sama\" en \"Same\"\n"
        "  d \"Sama\" en \"Other\"\n"
        "}\n"
        "fact decided: date = as_of\n"
        "fact colour: colour required\n";
    netral::CompileResult compiled = netral::compile_rules({{"m.rules", rules_text}});
    REQUIRE_MESSAGE(compiled.ok(), compiled.text);
    struct EnumCase {
        const char* name;              ///< what the row shows
        const char* written;           ///< the value as the incident writes it
        const char* expected_value;    ///< the value read; empty when refused
        const char* expected_message;  ///< the E6029 message when refused
    };
    const EnumCase cases[] = {
        {"the name", "a", "a", ""},
        {"the name in capitals", "A", "a", ""},
        {"the Indonesian label", "Merah", "a", ""},
        {"the English label in lower case", "blue", "b", ""},
        {"a name that is another value's label", "b", "b", ""},
        {"a label two values share", "sama", "",
         "ambiguous value `sama` for `colour`: it is "
         "the label of `c` and `d`"},
        {"a near miss", "Mera", "", "unknown value `Mera` for `colour`"},
    };
    for (const EnumCase& row : cases) {
        SUBCASE(row.name) {
            std::string text = std::string("colour: ") + row.written + "\n";
            netral::IncidentResult result =
                netral::load_incident(compiled.rules, {"c.yaml", text},
                                      netral::IncidentFormat::Auto, {}, netral::Language::English);
            if (std::string(row.expected_value).empty()) {
                REQUIRE_FALSE(result.ok());
                REQUIRE(result.diagnostics.size() == 1);
                CHECK(result.diagnostics[0].code == "E6029");
                CHECK(result.diagnostics[0].message == row.expected_message);
            } else {
                REQUIRE_MESSAGE(result.ok(), result.text);
                CHECK(dump(*result.facts)
                          .find(std::string("colour: ") + row.expected_value + "  # given") !=
                      std::string::npos);
            }
        }
    }
}

TEST_CASE(
    "load_incident (API): diagnostics come in the language asked for, Indonesian by default") {
    const netral::Source bad{"bad.yaml",
                             "id: X\nelection: pemilu-2024\nperson: {status: pns}\n"
                             "acts: [{date: 2024-01-01, kind: banner}]\npersno: 1\n"};
    auto load = [&](std::optional<netral::Language> language) {
        return language ? netral::load_incident(bundled(), bad, netral::IncidentFormat::Auto, {},
                                                *language)
                        : netral::load_incident(bundled(), bad);
    };
    netral::IncidentResult by_default = load(std::nullopt);
    netral::IncidentResult indonesian = load(netral::Language::Indonesian);
    netral::IncidentResult english = load(netral::Language::English);
    REQUIRE(english.diagnostics.size() == 1);
    REQUIRE(indonesian.diagnostics.size() == 1);
    const netral::Diagnostic& en = english.diagnostics[0];
    const netral::Diagnostic& id = indonesian.diagnostics[0];
    // The same diagnostic: code, place and the names quoted from the input.
    CHECK(en.code == "E6021");
    CHECK(id.code == en.code);
    CHECK(id.location.line == en.location.line);
    CHECK(id.location.column == en.location.column);
    CHECK(en.message == "unknown key `persno` in the incident");
    CHECK(id.message == "kunci `persno` tidak dikenal dalam kasus");
    CHECK(en.hint == "did you mean `person`?");
    CHECK(id.hint == "maksud Anda `person`?");
    CHECK(english.text.rfind("bad.yaml:5:1: error[E6021]: unknown key", 0) == 0);
    CHECK(indonesian.text.rfind("bad.yaml:5:1: kesalahan[E6021]: kunci `persno`", 0) == 0);
    CHECK(by_default.text == indonesian.text);
}

TEST_CASE("check_eval_options (API): a usage error in each language") {
    netral::EvalOptions options;
    options.as_of = "01-12-2024";
    options.language = netral::Language::English;
    auto english = netral::check_eval_options(*bundled(), options);
    options.language = netral::Language::Indonesian;
    auto indonesian = netral::check_eval_options(*bundled(), options);
    REQUIRE(english.size() == 1);
    REQUIRE(indonesian.size() == 1);
    CHECK(english[0].code == "E7001");
    CHECK(indonesian[0].code == "E7001");
    CHECK(english[0].message == "the as-of date `01-12-2024` is not a date YYYY-MM-DD");
    CHECK(indonesian[0].message == "tanggal acuan `01-12-2024` bukan tanggal berformat YYYY-MM-DD");
    CHECK(english[0].hint == "write e.g. --as-of 2024-12-01");
    CHECK(indonesian[0].hint == "tulis misalnya --as-of 2024-12-01");
}
