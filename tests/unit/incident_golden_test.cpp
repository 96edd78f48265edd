// SPDX-License-Identifier: Apache-2.0
// Golden tests of the incident loader, discovered from tests/golden/incident/:
//   ok_<case>.yaml / ok_<case>.json -> ok_<case>.expected: the facts dump (facts/dump.hpp)
//   <case>.yaml / <case>.json       -> <case>.expected: the rendered diagnostics; must fail
// Every case is read against the bundled rules (NETRAL_RULES_DIR). UPDATE_GOLDEN=1 rewrites.
// Inputs too large to check in (over the byte, list, text and depth limits) are generated here.
#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

#include "api/front_end.hpp"
#include "facts/dump.hpp"
#include "io/load_incident.hpp"
#include "netral/netral.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

/// The bundled rules, checked once for every test of this file.
struct BundledRules {
    std::unique_ptr<netral::api::FrontEnd> front_end;
    std::unique_ptr<netral::facts::Layout> layout;
};

const BundledRules& bundled_rules() {
    static const BundledRules rules = [] {
        BundledRules r;
        std::string error;
        auto sources = netral::load_rule_directory(NETRAL_RULES_DIR, error);
        REQUIRE_MESSAGE(sources.has_value(), error);
        r.front_end = std::make_unique<netral::api::FrontEnd>(100);
        netral::api::run_front_end(*r.front_end, *sources, {});
        REQUIRE_MESSAGE(r.front_end->program.has_value(),
                        netral::base::render_text(r.front_end->sink.sorted(), r.front_end->sources,
                                                  netral::Language::English));
        r.layout = std::make_unique<netral::facts::Layout>(*r.front_end->program);
        return r;
    }();
    return rules;
}

/// What loading one incident produced.
struct Loaded {
    bool ok = false;          ///< load_incident returned true
    std::string diagnostics;  ///< rendered diagnostics
    std::string dump;         ///< the facts dump when ok
};

Loaded load(const std::string& path, std::string text,
            netral::io::Format format = netral::io::Format::Auto,
            const netral::io::Limits& limits = {}) {
    const BundledRules& rules = bundled_rules();
    netral::base::DiagnosticSink sink(100);
    netral::facts::Incident incident;
    Loaded loaded;
    loaded.ok = netral::io::load_incident(*rules.front_end->program, *rules.layout, path,
                                          std::move(text), format, limits, sink, incident);
    loaded.diagnostics =
        netral::base::render_text(sink.sorted(), incident.sources, netral::Language::English);
    if (loaded.ok) {
        loaded.dump = netral::facts::dump(*rules.front_end->program, *rules.layout, incident);
    }
    return loaded;
}

/// The code of the first diagnostic in rendered text (`…: error[E6001]: …`).
std::string first_code(const std::string& rendered) {
    auto at = rendered.find("error[");
    return at == std::string::npos ? "" : rendered.substr(at + 6, 5);
}

}  // namespace

TEST_CASE("incident goldens: every case in tests/golden/incident") {
    fs::path dir = fs::path(NETRAL_TEST_DIR) / "golden" / "incident";
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(dir)) {
        auto ext = entry.path().extension();
        if (ext == ".yaml" || ext == ".json") cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    REQUIRE(!cases.empty());
    for (const fs::path& file : cases) {
        std::string name = file.filename().string();
        CAPTURE(name);
        bool valid = name.rfind("ok_", 0) == 0;
        Loaded loaded = load(name, netral::testing::read_file(file));
        fs::path expected = file;
        expected.replace_extension(".expected");
        if (valid) {
            CHECK_MESSAGE(loaded.ok, loaded.diagnostics);
            netral::testing::check_golden(expected, loaded.dump + loaded.diagnostics);
        } else {
            CHECK_FALSE(loaded.ok);
            CHECK(loaded.diagnostics.find("error[E60") != std::string::npos);
            netral::testing::check_golden(expected, loaded.diagnostics);
        }
    }
}

TEST_CASE("incident goldens: the bundled example loads, as YAML and as JSON alike") {
    fs::path example = fs::path(NETRAL_TEST_DIR) / ".." / "examples" / "jnp-2024-0031.yaml";
    Loaded yaml = load("jnp-2024-0031.yaml", netral::testing::read_file(example));
    REQUIRE_MESSAGE(yaml.ok, yaml.diagnostics);
    fs::path json = fs::path(NETRAL_TEST_DIR) / "golden" / "incident" / "ok_example_json.json";
    Loaded from_json = load("ok_example_json.json", netral::testing::read_file(json));
    REQUIRE_MESSAGE(from_json.ok, from_json.diagnostics);
    // Same facts; only the positions differ.
    auto without_positions = [](std::string text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text.compare(i, 6, "given ") == 0) {
                out += "given";
                i += 6;
                while (i < text.size() && text[i] != '\n') ++i;
            }
            if (i < text.size()) out += text[i];
        }
        return out;
    };
    CHECK(without_positions(yaml.dump) == without_positions(from_json.dump));
}

TEST_CASE("incident goldens: generated hostile inputs give their diagnostic quickly") {
    struct HostileCase {
        const char* name;           ///< what the row shows
        std::string text;           ///< the generated input
        netral::io::Format format;  ///< how it is read
        const char* expected_code;  ///< the first diagnostic's code
    };
    netral::io::Limits limits;
    std::string acts = "id: X\nelection: pemilu-2024\nperson: {status: pns}\nacts:\n";
    std::string many_acts = acts;
    for (std::size_t i = 0; i <= limits.max_list_items; ++i) {
        many_acts += "  - {date: 2024-01-01, kind: banner}\n";
    }
    std::string many_json = "{\"acts\": [";
    for (std::size_t i = 0; i <= limits.max_list_items; ++i) many_json += i ? ",1" : "1";
    many_json += "]}";
    const HostileCase cases[] = {
        {"a file over max_bytes", "id: " + std::string(limits.max_bytes, 'x'),
         netral::io::Format::Auto, "E6001"},
        {"a YAML list over max_list_items", many_acts, netral::io::Format::Auto, "E6008"},
        {"a JSON list over max_list_items", many_json, netral::io::Format::Auto, "E6008"},
        {"a YAML text over max_text_bytes",
         "id: " + std::string(limits.max_text_bytes + 1, 'x') + "\n", netral::io::Format::Auto,
         "E6009"},
        {"a JSON text over max_text_bytes",
         "{\"id\": \"" + std::string(limits.max_text_bytes + 1, 'x') + "\"}",
         netral::io::Format::Auto, "E6009"},
        {"100 000 levels of YAML flow lists",
         std::string(100000, '[') + std::string(100000, ']'), netral::io::Format::Yaml, "E6006"},
        {"100 000 unclosed YAML flow lists", std::string(100000, '['), netral::io::Format::Yaml,
         "E6006"},
        {"2 000 levels of YAML block maps",
         [] {
             std::string text;
             for (int i = 0; i < 2000; ++i) text += std::string(i, ' ') + "a:\n";
             return text;
         }(),
         netral::io::Format::Yaml, "E6006"},
        {"100 000 levels of YAML block lists",
         [] {
             std::string text;
             for (int i = 0; i < 100000; ++i) text += "- ";
             return text;
         }(),
         netral::io::Format::Yaml, "E6006"},
        {"100 000 unclosed JSON arrays", std::string(100000, '['), netral::io::Format::Json,
         "E6006"},
        {"100 000 levels of JSON maps",
         [] {
             std::string text;
             for (int i = 0; i < 100000; ++i) text += "{\"a\":";
             return text;
         }(),
         netral::io::Format::Json, "E6006"},
    };
    for (const HostileCase& row : cases) {
        SUBCASE(row.name) {
            auto start = std::chrono::steady_clock::now();
            Loaded loaded = load("hostile.yaml", row.text, row.format, limits);
            auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
            CHECK_FALSE(loaded.ok);
            CHECK(first_code(loaded.diagnostics) == row.expected_code);
            CHECK(seconds.count() < 5.0);
        }
    }
}

TEST_CASE("incident goldens: invalid UTF-8 and NUL bytes are refused before parsing") {
    struct EncodingCase {
        const char* name;         ///< what the row shows
        std::string text;         ///< the input
        std::string location;     ///< expected `file:line:col` prefix of the diagnostic
    };
    const EncodingCase cases[] = {
        {"a Latin-1 byte", "id: caf\xE9\n", "bad.yaml:1:8: error[E6002]"},
        {"an overlong form", "id: X\nnotes: \xC0\xAF\n", "bad.yaml:2:8: error[E6002]"},
        {"a UTF-16 surrogate", "id: \xED\xA0\x80\n", "bad.yaml:1:5: error[E6002]"},
        {"a sequence cut short", "id: \xE2\x82", "bad.yaml:1:5: error[E6002]"},
        {"a NUL byte", std::string("id: a\0b\n", 8), "bad.yaml:1:6: error[E6002]"},
        {"a Latin-1 byte in JSON", "{\"id\": \"caf\xE9\"}", "bad.yaml:1:12: error[E6002]"},
    };
    for (const EncodingCase& row : cases) {
        SUBCASE(row.name) {
            Loaded loaded = load("bad.yaml", row.text);
            CHECK_FALSE(loaded.ok);
            CHECK(loaded.diagnostics.rfind(row.location, 0) == 0);
        }
    }
}

TEST_CASE("incident goldens: truncated and mutated cases never crash the loader") {
    // Deterministic mutations of every case: each prefix cut at a stride, and single bytes
    // replaced by characters that matter to YAML and JSON. Only the absence of crashes (and, under
    // the sanitizers, of memory errors) is checked; a mutated file may be valid or not.
    fs::path dir = fs::path(NETRAL_TEST_DIR) / "golden" / "incident";
    const std::string specials = "[]{}:,-#&*!|>'\"\\\t\n ?~%@`";
    std::size_t runs = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        auto ext = entry.path().extension();
        if (ext != ".yaml" && ext != ".json") continue;
        std::string text = netral::testing::read_file(entry.path());
        for (std::size_t cut = 0; cut < text.size(); cut += 7) {
            load("cut" + ext.string(), text.substr(0, cut));
            ++runs;
        }
        for (std::size_t at = 0; at < text.size(); at += 5) {
            std::string mutated = text;
            mutated[at] = specials[(at / 5) % specials.size()];
            load("mutated" + ext.string(), mutated);
            ++runs;
        }
    }
    CHECK(runs > 1000);
}
