// SPDX-License-Identifier: Apache-2.0
// Requests (include/netral/request.hpp): options read from JSON with their places, the same
// options from a query string, decide() giving what `netral eval` gives, and the error object.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "netral/request.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const netral::RuleSet> bundled() {
    static auto rules = [] {
        std::string error;
        auto sources = netral::load_rule_directory(NETRAL_RULES_DIR, error);
        REQUIRE_MESSAGE(sources.has_value(), error);
        netral::CompileResult compiled = netral::compile_rules(*sources);
        REQUIRE_MESSAGE(compiled.ok(), compiled.text);
        return compiled.rules;
    }();
    return rules;
}

netral::RequestOptionsResult parse(const std::string& json,
                                   netral::Language language = netral::Language::English) {
    return netral::parse_request_options(*bundled(), {"options.json", json}, language);
}

/// `code line:col` of each diagnostic, for compact expectations.
std::string places(const std::vector<netral::Diagnostic>& diagnostics) {
    std::string out;
    for (const netral::Diagnostic& d : diagnostics) {
        if (!out.empty()) out += "; ";
        out += d.code + " " + std::to_string(d.location.line) + ":" +
               std::to_string(d.location.column);
    }
    return out;
}

netral::Source example(const std::string& name) {
    fs::path path = fs::path(NETRAL_RULES_DIR) / ".." / "examples" / name;
    return {path.filename().string(), netral::testing::read_file(path)};
}

}  // namespace

TEST_CASE("request options: every option read from JSON") {
    auto result = parse(R"({"as_of": "2024-12-01", "params": {"medium_types": "pp53_delays"},
                            "lang": "en", "format": "markdown", "detail": "full",
                            "why_not": "heavy"})");
    REQUIRE_MESSAGE(result.ok(), places(result.diagnostics));
    const netral::RequestOptions& o = *result.options;
    CHECK(o.eval.as_of == "2024-12-01");
    REQUIRE(o.eval.params.size() == 1);
    CHECK(o.eval.params[0].first == "medium_types");
    CHECK(o.eval.params[0].second == "pp53_delays");
    CHECK(o.language == netral::Language::English);
    CHECK(o.eval.language == netral::Language::English);
    CHECK(o.format == netral::Format::Markdown);
    CHECK(o.detail == netral::Detail::Full);
    CHECK(o.eval.why_not == "heavy");
}

TEST_CASE("request options: an empty text and an empty object are the defaults") {
    for (const char* text : {"", "  \n", "{}"}) {
        auto result = parse(text);
        REQUIRE(result.ok());
        CHECK(result.options->format == netral::Format::Json);
        CHECK(result.options->detail == netral::Detail::Summary);
        CHECK(result.options->eval.as_of.empty());
    }
}

TEST_CASE("request options: each mistake at its place") {
    struct Case {
        const char* json;
        const char* expected;
    };
    const Case cases[] = {
        {R"({"fromat": "json"})", "E7020 1:2"},
        {R"({"format": "pdf"})", "E7022 1:12"},
        {R"({"lang": "fr"})", "E7022 1:10"},
        {R"({"detail": "all"})", "E7022 1:12"},
        {"{\n  \"as_of\": 20241201\n}", "E7021 2:12"},
        {R"({"params": ["a"]})", "E7021 1:12"},
        {R"({"params": {"medium_types": 1}})", "E7021 1:29"},
        {R"(["json"])", "E7021 1:1"},
        {R"({"format": )", "E6003 1:12"},
        {R"({"as_of": "2024-13-01"})", "E7001 0:0"},
        {R"({"params": {"no_such": "x"}})", "E7002 0:0"},
        {R"({"why_not": "no_such_rule"})", "E7004 0:0"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        auto result = parse(c.json);
        CHECK_FALSE(result.ok());
        CHECK(places(result.diagnostics) == c.expected);
    }
}

TEST_CASE("request options: a misspelt option gets a did-you-mean in the caller's language") {
    auto en = parse(R"({"fromat": "json"})", netral::Language::English);
    REQUIRE(en.diagnostics.size() == 1);
    CHECK(en.diagnostics[0].message == "unknown option `fromat`");
    CHECK(en.diagnostics[0].hint == "did you mean `format`?");
    auto id = parse(R"({"format": "pdf", "lang": "en"})", netral::Language::Indonesian);
    REQUIRE(id.diagnostics.size() == 1);
    CHECK(id.diagnostics[0].message == "format `pdf` tidak dikenal");
}

TEST_CASE("request options: a query string sets the same options") {
    netral::RequestOptions o;
    CHECK_FALSE(netral::set_request_option(o, "format", "text"));
    CHECK_FALSE(netral::set_request_option(o, "lang", "en"));
    CHECK_FALSE(netral::set_request_option(o, "param.medium_types", "pp53_delays"));
    CHECK_FALSE(netral::set_request_option(o, "param.medium_types", "allowance_cuts"));
    CHECK(o.format == netral::Format::Text);
    CHECK(o.eval.language == netral::Language::English);
    REQUIRE(o.eval.params.size() == 1);
    CHECK(o.eval.params[0].second == "allowance_cuts");
    auto wrong = netral::set_request_option(o, "detial", "full", netral::Language::English);
    REQUIRE(wrong);
    CHECK(wrong->code == "E7020");
    CHECK(wrong->hint == "did you mean `detail`?");
    auto whole = netral::set_request_option(o, "params", "x");
    REQUIRE(whole);
    CHECK(whole->code == "E7021");
}

TEST_CASE("decide: the decision netral eval gives, in the format asked for") {
    netral::RequestOptions o;
    o.eval.as_of = "2024-12-01";
    netral::Source incident = example("jnp-2024-0031.yaml");
    netral::DecideResult decided =
        netral::decide(bundled(), incident, netral::IncidentFormat::Auto, o);
    REQUIRE_MESSAGE(decided.ok(), decided.text);
    // The same as the three calls it stands for.
    auto loaded = netral::load_incident(bundled(), incident);
    REQUIRE(loaded.ok());
    auto evaluated = netral::evaluate(*bundled(), *loaded.facts, o.eval);
    REQUIRE(evaluated.ok());
    CHECK(decided.body == netral::render(*evaluated.decision, netral::Format::Json));
    o.render = false;
    CHECK(netral::decide(bundled(), incident, netral::IncidentFormat::Auto, o).body.empty());
}

TEST_CASE("decide: the status says which step refused") {
    netral::RequestOptions o;
    o.eval.as_of = "2024-12-01";
    using Status = netral::DecideResult::Status;
    auto status = [&](const std::string& text, netral::IncidentFormat format) {
        return netral::decide(bundled(), {"body", text}, format, o).status;
    };
    CHECK(status("{\"id\": ", netral::IncidentFormat::Json) == Status::Unreadable);
    CHECK(status("{\"id\": \"x\", \"no_such_key\": 1}", netral::IncidentFormat::Json) ==
          Status::InvalidIncident);
    o.eval.as_of = "yesterday";
    CHECK(status("{}", netral::IncidentFormat::Json) == Status::BadOptions);
    CHECK(netral::decide(nullptr, {"body", "{}"}, netral::IncidentFormat::Json, o)
              .diagnostics.at(0)
              .code == "E7010");
}

TEST_CASE("error object: the first error, then all, a stream's line shown as its line") {
    netral::RequestOptions o;
    o.eval.as_of = "2024-12-01";
    netral::DecideResult decided = netral::decide(bundled(), {"<body>:3", "{\"id\": 1"},
                                                  netral::IncidentFormat::Json, o);
    REQUIRE_FALSE(decided.ok());
    std::string line = netral::error_object("<body>:3", 3, "<body>", decided.diagnostics, true);
    CHECK(line.rfind(R"({"source":"<body>:3","line":3,"error":{"code":"E6003")", 0) == 0);
    CHECK(line.find(R"("file":"<body>","line":3,)") != std::string::npos);
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
}
