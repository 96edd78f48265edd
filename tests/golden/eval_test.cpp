// SPDX-License-Identifier: Apache-2.0
// Golden tests of evaluation, discovered from tests/golden/eval/<case>/ (see the README.md there):
//   rules/*.rules          a small self-contained rule set, or
//   bundled                the bundled rules (NETRAL_RULES_DIR)
//   incident.yaml|.json    the incident, or
//   example                one line NAME.yaml: the incident is examples/NAME.yaml, with the
//                          bundled rules
//   options                optional: `as-of DATE` (default 2024-12-01), `param NAME=VALUE`,
//                          `why-not TARGET`, `lang en` (the Markdown golden in English)
//   known-bug              optional: the engine is known to get this case wrong; it is evaluated
//                          but not compared, and no golden is written
// Each case is compiled (compile_rules), loaded (load_incident), evaluated (evaluate) and
// rendered (render) and compared with expected.json, expected.id.txt (summary), expected.en.txt
// (--detail full) and expected.md (summary). Paths in the outputs are relative (rules/x.rules,
// incident.yaml) so goldens do not depend on where the checkout lives. UPDATE_GOLDEN=1 rewrites the
// goldens.
#include <algorithm>
#include <sstream>
#include <vector>

#include "netral/evaluate.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

/// A scenario's `options` file, parsed.
struct ScenarioOptions {
    netral::EvalOptions eval;
    bool markdown_english = false;
};

std::string trim(const std::string& text) {
    auto begin = text.find_first_not_of(" \t\r\n");
    auto end = text.find_last_not_of(" \t\r\n");
    return begin == std::string::npos ? "" : text.substr(begin, end - begin + 1);
}

ScenarioOptions read_options(const fs::path& dir) {
    ScenarioOptions options;
    options.eval.as_of = "2024-12-01";
    if (!fs::exists(dir / "options")) return options;
    std::istringstream lines(netral::testing::read_file(dir / "options"));
    std::string line;
    while (std::getline(lines, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        auto space = line.find(' ');
        std::string key = line.substr(0, space);
        std::string value = space == std::string::npos ? "" : trim(line.substr(space + 1));
        if (key == "as-of") {
            options.eval.as_of = value;
        } else if (key == "param") {
            auto eq = value.find('=');
            REQUIRE_MESSAGE(eq != std::string::npos, "bad param line: " << line);
            options.eval.params.emplace_back(value.substr(0, eq), value.substr(eq + 1));
        } else if (key == "why-not") {
            options.eval.why_not = value;
        } else if (key == "lang") {
            REQUIRE_MESSAGE((value == "en" || value == "id"), "bad lang line: " << line);
            options.markdown_english = value == "en";
        } else {
            FAIL("unknown options line in " << (dir / "options").string() << ": " << line);
        }
    }
    return options;
}

/// The rule files of `dir`, recursively and in path order, named relative to `base`.
std::vector<netral::Source> read_rules(const fs::path& dir, const fs::path& base) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".rules") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<netral::Source> sources;
    for (const fs::path& file : files) {
        sources.push_back(
            {fs::relative(file, base).generic_string(), netral::testing::read_file(file)});
    }
    return sources;
}

/// The bundled rules, compiled once for every scenario that uses them.
std::shared_ptr<const netral::RuleSet> bundled_rules() {
    static const std::shared_ptr<const netral::RuleSet> rules = [] {
        fs::path dir = NETRAL_RULES_DIR;
        auto compiled = netral::compile_rules(read_rules(dir, dir.parent_path()));
        REQUIRE_MESSAGE(compiled.ok(), compiled.text);
        return compiled.rules;
    }();
    return rules;
}

/// The incident of a scenario: its path as outputs show it, and its text.
netral::Source read_incident(const fs::path& dir) {
    if (fs::exists(dir / "example")) {
        std::string name = trim(netral::testing::read_file(dir / "example"));
        fs::path file = fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / name;
        REQUIRE_MESSAGE(fs::exists(file), "no such example: " << file.string());
        return {"examples/" + name, netral::testing::read_file(file)};
    }
    for (const char* name : {"incident.yaml", "incident.json"}) {
        if (fs::exists(dir / name)) return {name, netral::testing::read_file(dir / name)};
    }
    FAIL("no incident.yaml, incident.json or example in " << dir.string());
    return {};
}

void run_scenario(const fs::path& dir) {
    bool bundled = fs::exists(dir / "bundled") || fs::exists(dir / "example");
    std::shared_ptr<const netral::RuleSet> rules;
    if (bundled) {
        rules = bundled_rules();
    } else {
        REQUIRE_MESSAGE(fs::is_directory(dir / "rules"), "no rules/ and no bundled file");
        auto compiled = netral::compile_rules(read_rules(dir / "rules", dir));
        REQUIRE_MESSAGE(compiled.ok(), compiled.text);
        rules = compiled.rules;
    }
    ScenarioOptions options = read_options(dir);
    auto incident = netral::load_incident(rules, read_incident(dir));
    REQUIRE_MESSAGE(incident.ok(), incident.text);
    auto result = netral::evaluate(*rules, *incident.facts, options.eval);
    REQUIRE_MESSAGE(
        result.ok(),
        "evaluation failed: " << (result.diagnostics.empty() ? std::string()
                                                             : result.diagnostics.front().message));
    const netral::Decision& decision = *result.decision;
    std::string json = netral::render(decision, netral::Format::Json);
    std::string text_id = netral::render(decision, netral::Format::Text);
    // The English text keeps the whole trail (condition trees), the other two the summary.
    std::string text_en = netral::render(decision, netral::Format::Text, netral::Language::English,
                                         netral::Detail::Full);
    std::string markdown = netral::render(
        decision, netral::Format::Markdown,
        options.markdown_english ? netral::Language::English : netral::Language::Indonesian);
    if (fs::exists(dir / "known-bug")) {
        MESSAGE("known engine bug, goldens not compared: "
                << trim(netral::testing::read_file(dir / "known-bug")));
        return;
    }
    netral::testing::check_golden(dir / "expected.json", json);
    netral::testing::check_golden(dir / "expected.id.txt", text_id);
    netral::testing::check_golden(dir / "expected.en.txt", text_en);
    netral::testing::check_golden(dir / "expected.md", markdown);
}

}  // namespace

TEST_CASE("golden: eval") {
    fs::path root = fs::path(NETRAL_TEST_DIR) / "golden" / "eval";
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator(root)) {
        if (entry.is_directory()) dirs.push_back(entry.path());
    }
    std::sort(dirs.begin(), dirs.end());
    REQUIRE_FALSE(dirs.empty());
    for (const fs::path& dir : dirs) {
        SUBCASE(dir.filename().string().c_str()) {
            INFO("case eval/" << dir.filename().string());
            run_scenario(dir);
        }
    }
}
