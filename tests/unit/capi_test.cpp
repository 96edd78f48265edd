// SPDX-License-Identifier: Apache-2.0
// The C API (include/netral/netral.h) called as a C host calls it: every NULL and bad argument of
// every function gives its status and an error object with the expected code (never a crash), an
// exception at the boundary becomes a status, and what succeeds gives exactly what the C++ API
// gives for the same input — the same decision JSON, renderings and what-if diff.
#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <filesystem>
#include <functional>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "capi/boundary.hpp"
#include "netral/netral.h"
#include "netral/request.hpp"
#include "netral/whatif.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

/// A JSON string's text.
std::string text_of(const json::value& value) { return std::string(value.as_string()); }

/// What one call handed back: its status and the string it wrote (freed here).
struct Returned {
    netral_status status = NETRAL_INTERNAL_ERROR;
    bool has_text = false;  ///< the out string was not NULL
    std::string text;       ///< the out string
};

/// Takes ownership of a string from the library.
Returned take(netral_status status, char* text) {
    Returned r{status, text != nullptr, text != nullptr ? text : ""};
    netral_string_free(text);
    return r;
}

/// A string the library returned as a std::string, freed.
std::string take_text(char* text) { return take(NETRAL_OK, text).text; }

/// The bundled rule set, loaded through the C API once for the whole program.
const netral_rules* rules() {
    static netral_rules* loaded = [] {
        char* diagnostics = nullptr;
        netral_rules* made = netral_rules_load_directory(NETRAL_RULES_DIR, "en", &diagnostics);
        std::string text = take_text(diagnostics);
        REQUIRE_MESSAGE(made != nullptr, text);
        return made;
    }();
    return loaded;
}

std::string jnp_text() {
    return netral::testing::read_file(fs::path(NETRAL_TEST_DIR) / ".." / "examples" /
                                      "jnp-2024-0031.yaml");
}

/// A decision of jnp-2024-0031 kept for rendering.
netral_decision* jnp_decision() {
    netral_decision* decision = nullptr;
    char* out = nullptr;
    std::string incident = jnp_text();
    netral_status status = netral_evaluate(rules(), "jnp.yaml", incident.c_str(),
                                           R"({"as_of": "2024-12-01"})", &decision, &out);
    std::string text = take_text(out);
    REQUIRE_MESSAGE(status == NETRAL_OK, text);
    return decision;
}

/// One call with a NULL or bad argument.
struct MisuseCase {
    const char* name;                ///< the function and what is wrong
    std::function<Returned()> call;  ///< makes the call
    netral_status expected_status;   ///< what it returns
    std::string expected_code;       ///< the error object's `error.code`; empty: no out string
    std::string expected_message;    ///< that error's message; empty: not compared
};

/// A loader's result: NULL (as MISUSE) or a handle (freed, as OK), with its diagnostics array
/// turned into an error object so the table compares one shape.
Returned loaded(netral_rules* made, char* diagnostics) {
    Returned r = take(made == nullptr ? NETRAL_MISUSE : NETRAL_OK, diagnostics);
    netral_rules_free(made);
    if (r.has_text) r.text = R"({"source": "", "diagnostics": )" + r.text + "}";
    if (r.has_text && made == nullptr) {
        json::value parsed = json::parse(r.text);
        r.text = R"({"source": "", "error": )" + json::serialize(parsed.at("diagnostics").at(0)) +
                 R"(, "diagnostics": )" + json::serialize(parsed.at("diagnostics")) + "}";
    }
    return r;
}

Returned evaluate(const netral_rules* rules, const char* incident, const char* options) {
    netral_decision* earlier = jnp_decision();
    netral_decision* decision = earlier;  // a failed call must set it to NULL
    char* out = nullptr;
    netral_status status = netral_evaluate(rules, "case.yaml", incident, options, &decision, &out);
    CHECK(decision == nullptr);
    netral_decision_free(earlier);
    return take(status, out);
}

Returned whatif(const netral_rules* rules, const char* incident,
                const std::vector<const char*>& changes, const char* options = nullptr) {
    char* out = nullptr;
    netral_status status =
        netral_whatif(rules, "case.yaml", incident, changes.empty() ? nullptr : changes.data(),
                      changes.size(), options, &out);
    return take(status, out);
}

}  // namespace

TEST_CASE("C API: every NULL or bad argument gives a status and an error object") {
    const std::string jnp = jnp_text();
    const char* english = R"({"lang": "en"})";
    const char* path = "a.rules";
    const char* text = "ruleset x version \"1\"\n";
    const char* null_text = nullptr;
    netral_decision* decision = jnp_decision();
    const MisuseCase cases[] = {
        {"netral_rules_load_directory: directory NULL",
         [] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_directory(nullptr, "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_load_directory: `directory` is NULL"},
        {"netral_rules_load_directory: directory NULL, diagnostics not wanted",
         [] { return loaded(netral_rules_load_directory(nullptr, nullptr, nullptr), nullptr); },
         NETRAL_MISUSE, "", ""},
        {"netral_rules_load_directory: no such directory",
         [] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_directory("/no/such/rules", "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7062", "the rule directory `/no/such/rules` cannot be read"},
        {"netral_rules_load_directory: unknown language",
         [] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_directory(NETRAL_RULES_DIR, "english", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7022", "bahasa `english` tidak dikenal"},
        {"netral_rules_load_files: paths NULL",
         [&] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_files(nullptr, &text, 1, "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_load_files: `paths` is NULL"},
        {"netral_rules_load_files: texts NULL",
         [&] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_files(&path, nullptr, 1, "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_load_files: `texts` is NULL"},
        {"netral_rules_load_files: an element NULL",
         [&] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_files(&path, &null_text, 1, "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_load_files: `texts[0]` is NULL"},
        {"netral_rules_load_files: no files (an error of the rule set)",
         [] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_files(nullptr, nullptr, 0, "en", &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E2010", ""},
        {"netral_rules_load_files: invalid rules, in Indonesian by default",
         [&] {
             char* d = nullptr;
             netral_rules* made = netral_rules_load_files(&path, &text, 1, nullptr, &d);
             return loaded(made, d);
         },
         NETRAL_MISUSE, "E1002", "seharusnya `{`, tetapi ditemukan `version`"},
        {"netral_rules_name: rules NULL",
         [] {
             char* out = nullptr;
             netral_status status = netral_rules_name(nullptr, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_name: `rules` bernilai NULL"},
        {"netral_rules_name: out NULL",
         [] { return take(netral_rules_name(rules(), nullptr), nullptr); }, NETRAL_MISUSE, "", ""},
        {"netral_rules_version: rules NULL",
         [] {
             char* out = nullptr;
             netral_status status = netral_rules_version(nullptr, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_version: `rules` bernilai NULL"},
        {"netral_rules_version: out NULL",
         [] { return take(netral_rules_version(rules(), nullptr), nullptr); }, NETRAL_MISUSE, "",
         ""},
        {"netral_rules_digest: rules NULL",
         [] {
             char* out = nullptr;
             netral_status status = netral_rules_digest(nullptr, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_digest: `rules` bernilai NULL"},
        {"netral_rules_digest: out NULL",
         [] { return take(netral_rules_digest(rules(), nullptr), nullptr); }, NETRAL_MISUSE, "",
         ""},
        {"netral_rules_count: rules NULL",
         [] {
             char* out = nullptr;
             size_t count = 7;
             netral_status status = netral_rules_count(nullptr, &count, &out);
             CHECK(count == 7);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_count: `rules` bernilai NULL"},
        {"netral_rules_count: count NULL",
         [] {
             char* out = nullptr;
             netral_status status = netral_rules_count(rules(), nullptr, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_rules_count: `count` bernilai NULL"},
        {"netral_rules_count: out NULL",
         [] {
             size_t count = 0;
             return take(netral_rules_count(rules(), &count, nullptr), nullptr);
         },
         NETRAL_MISUSE, "", ""},
        {"netral_evaluate: rules NULL", [&] { return evaluate(nullptr, jnp.c_str(), english); },
         NETRAL_MISUSE, "E7060", "netral_evaluate: `rules` is NULL"},
        {"netral_evaluate: incident NULL", [&] { return evaluate(rules(), nullptr, english); },
         NETRAL_MISUSE, "E7060", "netral_evaluate: `incident` is NULL"},
        {"netral_evaluate: out NULL",
         [&] {
             return take(netral_evaluate(rules(), "x", jnp.c_str(), nullptr, nullptr, nullptr),
                         nullptr);
         },
         NETRAL_MISUSE, "", ""},
        {"netral_evaluate: options not JSON",
         [&] { return evaluate(rules(), jnp.c_str(), "{\"lang\": \"en\""); }, NETRAL_BAD_OPTIONS,
         "E6003", ""},
        {"netral_evaluate: options not an object",
         [&] { return evaluate(rules(), jnp.c_str(), "[]"); }, NETRAL_BAD_OPTIONS, "E7021",
         "opsi harus berupa objek JSON, tetapi ditemukan sebuah daftar"},
        {"netral_evaluate: unknown option",
         [&] { return evaluate(rules(), jnp.c_str(), R"({"lang": "en", "asof": "2024-12-01"})"); },
         NETRAL_BAD_OPTIONS, "E7020", "unknown option `asof`"},
        {"netral_evaluate: bad as-of date",
         [&] { return evaluate(rules(), jnp.c_str(), R"({"lang": "en", "as_of": "2024-13-01"})"); },
         NETRAL_BAD_OPTIONS, "E7001", "the as-of date `2024-13-01` is not a date YYYY-MM-DD"},
        {"netral_evaluate: unreadable incident",
         [] { return evaluate(rules(), "{\"id\": ", R"({"lang": "en"})"); }, NETRAL_UNREADABLE,
         "E6003", ""},
        {"netral_evaluate: invalid incident",
         [] { return evaluate(rules(), "id: X-1\n", R"({"lang": "en"})"); },
         NETRAL_INVALID_INCIDENT, "E6023", ""},
        {"netral_render: decision NULL",
         [] {
             char* out = nullptr;
             netral_status status = netral_render(nullptr, "text", "en", nullptr, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_render: `decision` is NULL"},
        {"netral_render: unknown format",
         [&] {
             char* out = nullptr;
             netral_status status = netral_render(decision, "pdf", "en", nullptr, &out);
             return take(status, out);
         },
         NETRAL_BAD_OPTIONS, "E7022", "unknown format `pdf`"},
        {"netral_render: unknown language",
         [&] {
             char* out = nullptr;
             netral_status status = netral_render(decision, "text", "EN", nullptr, &out);
             return take(status, out);
         },
         NETRAL_BAD_OPTIONS, "E7022", "bahasa `EN` tidak dikenal"},
        {"netral_render: unknown detail",
         [&] {
             char* out = nullptr;
             netral_status status = netral_render(decision, "text", "en", "all", &out);
             return take(status, out);
         },
         NETRAL_BAD_OPTIONS, "E7022", "unknown detail level `all`"},
        {"netral_render: out NULL",
         [&] { return take(netral_render(decision, nullptr, nullptr, nullptr, nullptr), nullptr); },
         NETRAL_MISUSE, "", ""},
        {"netral_whatif: rules NULL", [&] { return whatif(nullptr, jnp.c_str(), {}, english); },
         NETRAL_MISUSE, "E7060", "netral_whatif: `rules` is NULL"},
        {"netral_whatif: incident NULL", [&] { return whatif(rules(), nullptr, {}, english); },
         NETRAL_MISUSE, "E7060", "netral_whatif: `incident` is NULL"},
        {"netral_whatif: changes NULL with a count",
         [&] {
             char* out = nullptr;
             netral_status status =
                 netral_whatif(rules(), "x", jnp.c_str(), nullptr, 2, english, &out);
             return take(status, out);
         },
         NETRAL_MISUSE, "E7060", "netral_whatif: `changes` is NULL"},
        {"netral_whatif: a change NULL",
         [&] {
             return whatif(rules(), jnp.c_str(), {"person.status=pns", nullptr}, english);
         },
         NETRAL_MISUSE, "E7060", "netral_whatif: `changes[1]` is NULL"},
        {"netral_whatif: out NULL",
         [&] {
             return take(netral_whatif(rules(), "x", jnp.c_str(), nullptr, 0, nullptr, nullptr),
                         nullptr);
         },
         NETRAL_MISUSE, "", ""},
        {"netral_whatif: a change without `=`",
         [&] { return whatif(rules(), jnp.c_str(), {"person.status"}, english); },
         NETRAL_INVALID_CHANGE, "E7061",
         "change `person.status` is neither `PATH=VALUE` nor `unset PATH`"},
        {"netral_whatif: a change without a path",
         [&] { return whatif(rules(), jnp.c_str(), {"=pns"}, english); }, NETRAL_INVALID_CHANGE,
         "E7061", ""},
        {"netral_whatif: a change that does not fit the incident",
         [&] { return whatif(rules(), jnp.c_str(), {"acts[rally-1].role=attendee"}, english); },
         NETRAL_INVALID_CHANGE, "E6029", "unknown value `attendee` for `role`"},
        {"netral_whatif: bad options",
         [&] { return whatif(rules(), jnp.c_str(), {}, R"({"lang": "en", "format": "yaml"})"); },
         NETRAL_BAD_OPTIONS, "E7022", "unknown format `yaml`"},
        {"netral_whatif: invalid incident",
         [] { return whatif(rules(), "id: X-1\n", {}, R"({"lang": "en"})"); },
         NETRAL_INVALID_INCIDENT, "E6023", ""},
    };
    for (const MisuseCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        Returned r = c.call();
        CHECK(r.status == c.expected_status);
        CHECK(r.has_text == !c.expected_code.empty());
        if (!r.has_text || c.expected_code.empty()) continue;
        json::value object = json::parse(r.text);
        REQUIRE(object.is_object());
        CHECK(object.as_object().contains("source"));
        CHECK(!object.at("diagnostics").as_array().empty());
        CHECK(text_of(object.at("error").at("code")) == c.expected_code);
        if (!c.expected_message.empty()) {
            CHECK(text_of(object.at("error").at("message")) == c.expected_message);
        }
    }
    netral_decision_free(decision);
    // The free functions take NULL.
    netral_string_free(nullptr);
    netral_rules_free(nullptr);
    netral_decision_free(nullptr);
}

TEST_CASE("C API: an exception at the boundary becomes a status and an error object") {
    struct ThrowCase {
        const char* name;               ///< what is thrown
        std::function<void()> thrower;  ///< throws it
        netral_status expected_status;  ///< the status it becomes
        std::string expected_code;      ///< the error's code
    };
    const ThrowCase cases[] = {
        {"std::bad_alloc", [] { throw std::bad_alloc(); }, NETRAL_OUT_OF_MEMORY, "E7063"},
        {"std::runtime_error", [] { throw std::runtime_error("boom"); }, NETRAL_INTERNAL_ERROR,
         "E7064"},
        {"not a std::exception", [] { throw 42; }, NETRAL_INTERNAL_ERROR, "E7064"},
    };
    for (const ThrowCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        char* out = nullptr;
        netral_status status = netral::capi::guard("netral_test", &out, [&]() -> netral_status {
            c.thrower();
            return NETRAL_OK;
        });
        Returned r = take(status, out);
        CHECK(r.status == c.expected_status);
        json::value object = json::parse(r.text);
        CHECK(text_of(object.at("error").at("code")) == c.expected_code);
        CHECK(text_of(object.at("source")) == "netral_test");

        char* diagnostics = nullptr;
        netral_rules* made =
            netral::capi::guard_rules("netral_test", &diagnostics, [&]() -> netral_rules* {
                c.thrower();
                return nullptr;
            });
        CHECK(made == nullptr);
        json::value list = json::parse(take_text(diagnostics));
        CHECK(text_of(list.at(0).at("code")) == c.expected_code);
    }
}

TEST_CASE("C API: the rule set's identity is the C++ rule set's") {
    std::shared_ptr<const netral::RuleSet> bundled = netral::testing::bundled_rules();
    char* out = nullptr;
    REQUIRE(netral_rules_name(rules(), &out) == NETRAL_OK);
    CHECK(take_text(out) == bundled->name());
    REQUIRE(netral_rules_version(rules(), &out) == NETRAL_OK);
    CHECK(take_text(out) == bundled->version());
    REQUIRE(netral_rules_digest(rules(), &out) == NETRAL_OK);
    CHECK(take_text(out) == bundled->digest());
    size_t count = 0;
    out = reinterpret_cast<char*>(&count);  // must be set to NULL on success
    REQUIRE(netral_rules_count(rules(), &count, &out) == NETRAL_OK);
    CHECK(out == nullptr);
    CHECK(count == bundled->rule_count());
    CHECK(count > 10);
    CHECK(std::string(netral_version()) == netral::version());

    // The same files given in memory make the same rule set.
    std::string error;
    auto sources = netral::load_rule_directory(NETRAL_RULES_DIR, error);
    REQUIRE(sources.has_value());
    std::vector<const char*> paths;
    std::vector<const char*> texts;
    for (const netral::Source& source : *sources) {
        paths.push_back(source.path.c_str());
        texts.push_back(source.text.c_str());
    }
    char* diagnostics = nullptr;
    netral_rules* in_memory =
        netral_rules_load_files(paths.data(), texts.data(), paths.size(), "en", &diagnostics);
    CHECK(take_text(diagnostics) == "[]");
    REQUIRE(in_memory != nullptr);
    REQUIRE(netral_rules_digest(in_memory, &out) == NETRAL_OK);
    CHECK(take_text(out) == bundled->digest());
    netral_rules_free(in_memory);
}

TEST_CASE("C API: netral_evaluate and netral_render give what decide() and render() give") {
    std::shared_ptr<const netral::RuleSet> bundled = netral::testing::bundled_rules();
    const std::string jnp = jnp_text();
    struct EvalCase {
        const char* name;     ///< what is asked
        const char* options;  ///< the options' JSON
    };
    const EvalCase cases[] = {
        {"JSON, the default format", R"({"as_of": "2024-12-01"})"},
        {"English text with the full trail",
         R"({"as_of": "2024-12-01", "lang": "en", "format": "text", "detail": "full"})"},
        {"Indonesian Markdown, why not medium",
         R"({"as_of": "2024-12-01", "format": "markdown", "why_not": "medium"})"},
    };
    for (const EvalCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        netral::RequestOptionsResult options =
            netral::parse_request_options(*bundled, {"options", c.options});
        REQUIRE(options.ok());
        netral::DecideResult expected = netral::decide(
            bundled, {"jnp.yaml", jnp}, netral::IncidentFormat::Auto, *options.options);
        REQUIRE(expected.ok());
        netral_decision* decision = nullptr;
        char* out = nullptr;
        netral_status status =
            netral_evaluate(rules(), "jnp.yaml", jnp.c_str(), c.options, &decision, &out);
        Returned r = take(status, out);
        CHECK(r.status == NETRAL_OK);
        CHECK(r.text == expected.body);
        REQUIRE(decision != nullptr);
        // The kept decision renders as render() renders the C++ decision.
        for (const char* language : {"id", "en"}) {
            CAPTURE(language);
            REQUIRE(netral_render(decision, "text", language, "full", &out) == NETRAL_OK);
            CHECK(take_text(out) == netral::render(*expected.decision, netral::Format::Text,
                                                   *netral::parse_language(language),
                                                   netral::Detail::Full));
        }
        REQUIRE(netral_render(decision, nullptr, nullptr, nullptr, &out) == NETRAL_OK);
        CHECK(take_text(out) == netral::render(*expected.decision, netral::Format::Json));
        netral_decision_free(decision);
    }
    // Without a name the incident is `incident`; without options, the defaults.
    char* out = nullptr;
    REQUIRE(netral_evaluate(rules(), nullptr, jnp.c_str(), nullptr, nullptr, &out) == NETRAL_OK);
    json::value decision = json::parse(take_text(out));
    CHECK(text_of(decision.at("source")) == "incident");
    CHECK(text_of(decision.at("outcome").at("category")) == "heavy");
}

TEST_CASE("C API: one rule set and one decision shared by several threads give one answer") {
    // The header promises that handles may be used from any number of threads at once.
    const std::string jnp = jnp_text();
    netral_decision* shared = jnp_decision();
    std::vector<std::string> decided(4);
    std::vector<std::string> rendered(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < decided.size(); ++i) {
        threads.emplace_back([&, i] {
            char* out = nullptr;
            if (netral_evaluate(rules(), "jnp.yaml", jnp.c_str(), R"({"as_of": "2024-12-01"})",
                                nullptr, &out) == NETRAL_OK) {
                decided[i] = out;
            }
            netral_string_free(out);
            out = nullptr;
            if (netral_render(shared, "markdown", "en", "full", &out) == NETRAL_OK) {
                rendered[i] = out;
            }
            netral_string_free(out);
        });
    }
    for (std::thread& thread : threads) thread.join();
    netral_decision_free(shared);
    CHECK(!decided.front().empty());
    CHECK(!rendered.front().empty());
    for (std::size_t i = 1; i < decided.size(); ++i) {
        CHECK(decided[i] == decided.front());
        CHECK(rendered[i] == rendered.front());
    }
}

TEST_CASE("C API: the diagnostics follow the options' language") {
    struct LanguageCase {
        const char* options;           ///< the options' JSON
        std::string expected_message;  ///< the first error's message
    };
    const LanguageCase cases[] = {
        {R"({"lang": "en", "as_of": "soon"})", "the as-of date `soon` is not a date YYYY-MM-DD"},
        {R"({"as_of": "soon"})", "tanggal acuan `soon` bukan tanggal berformat YYYY-MM-DD"},
        {R"({"lang": "en", "colour": "red"})", "unknown option `colour`"},
        {R"({"colour": "red", "lang": "fr"})", "opsi `colour` tidak dikenal"},
    };
    const std::string jnp = jnp_text();
    for (const LanguageCase& c : cases) {
        const std::string options = c.options;
        CAPTURE(options);
        Returned r = evaluate(rules(), jnp.c_str(), c.options);
        CHECK(r.status == NETRAL_BAD_OPTIONS);
        json::value object = json::parse(r.text);
        CHECK(text_of(object.at("error").at("message")) == c.expected_message);
    }
}

TEST_CASE("C API: netral_whatif gives the diff what_if() and render_diff() give") {
    std::shared_ptr<const netral::RuleSet> bundled = netral::testing::bundled_rules();
    const std::string jnp = jnp_text();
    struct WhatIfCase {
        const char* name;                              ///< what changes
        std::vector<const char*> changes;              ///< as netral_whatif takes them
        std::vector<netral::Change> expected_changes;  ///< as resolve_changes takes them
        const char* options;                           ///< the options' JSON
        netral::Format format;                         ///< the format the options ask for
    };
    const WhatIfCase cases[] = {
        {"a fact set, JSON",
         {"acts[rally-1].state_facility=none"},
         {{"acts[rally-1].state_facility", "none", ""}},
         R"({"as_of": "2024-12-01"})",
         netral::Format::Json},
        {"a fact unset and one set, English text",
         {"unset acts[rally-1].attributes", "acts[rally-1].role=audience"},
         {{"acts[rally-1].attributes", std::nullopt, ""}, {"acts[rally-1].role", "audience", ""}},
         R"({"as_of": "2024-12-01", "lang": "en", "format": "text"})",
         netral::Format::Text},
        {"nothing changed", {}, {}, R"({"as_of": "2024-12-01"})", netral::Format::Json},
    };
    for (const WhatIfCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        netral::RequestOptionsResult options =
            netral::parse_request_options(*bundled, {"options", c.options});
        REQUIRE(options.ok());
        netral::Language language = options.options->language;
        netral::IncidentResult before = netral::load_incident(bundled, {"jnp.yaml", jnp});
        REQUIRE(before.ok());
        netral::ChangeResult resolved =
            netral::resolve_changes(before.facts, c.expected_changes, language);
        REQUIRE(resolved.ok());
        netral::IncidentResult after = netral::apply_changes(resolved.changes);
        netral::WhatIfResult expected =
            netral::what_if(*bundled, *before.facts, options.options->eval, *after.facts,
                            options.options->eval, resolved.changes.get());
        REQUIRE(expected.ok());
        Returned r = [&] {
            char* out = nullptr;
            netral_status status = netral_whatif(rules(), "jnp.yaml", jnp.c_str(), c.changes.data(),
                                                 c.changes.size(), c.options, &out);
            return take(status, out);
        }();
        CHECK(r.status == NETRAL_OK);
        CHECK(r.text == netral::render_diff(expected.diff, c.format, language));
    }
}

TEST_CASE("C API: docs/c-api.md quotes examples/c/minimal.c as it is") {
    // The example is built and run by CTest (example.c_minimal); the page must show that code.
    const fs::path root = fs::path(NETRAL_TEST_DIR) / "..";
    const std::string page = netral::testing::read_file(root / "docs" / "c-api.md");
    const std::string program = netral::testing::read_file(root / "examples" / "c" / "minimal.c");
    REQUIRE(!program.empty());
    CHECK(page.find("```c\n" + program + "```\n") != std::string::npos);
}
