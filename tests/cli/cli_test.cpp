// SPDX-License-Identifier: Apache-2.0
// CLI golden tests. tests/cli/cases.txt holds one case per line: `name | exit code | arguments`,
// where the arguments may end in `< FILE` to feed FILE as standard input and may start with
// `NAME=VALUE` words, as in a shell: environment variables, and `PWD=DIR` for the current
// directory the command is told it runs in. Each case's output is
// compared with tests/cli/expected/<name>.stdout and .stderr. Cases run from the project root;
// `$TESTS` in arguments stands for the tests directory as the relative path `tests`, and an
// absolute tests path in outputs is written back the same way, so goldens do not depend on where
// the checkout lives. UPDATE_GOLDEN=1 rewrites.
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

#include "cli/app.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

struct CliCase {
    std::string name;               ///< golden file stem
    int exit_code = 0;              ///< expected exit code
    std::vector<std::string> args;  ///< arguments after `netral`
    std::string stdin_file;         ///< `< FILE`: the file read as standard input, or empty
    std::map<std::string, std::string> variables;  ///< leading `NAME=VALUE` words
};

std::string trim(const std::string& text) {
    auto begin = text.find_first_not_of(" \t");
    auto end = text.find_last_not_of(" \t\r");
    return begin == std::string::npos ? "" : text.substr(begin, end - begin + 1);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::vector<CliCase> read_cases(const fs::path& file) {
    std::vector<CliCase> cases;
    std::istringstream lines(netral::testing::read_file(file));
    std::string line;
    while (std::getline(lines, line)) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        auto first = line.find('|');
        auto second = line.find('|', first + 1);
        REQUIRE_MESSAGE(second != std::string::npos, "bad case line: " << line);
        CliCase c;
        c.name = trim(line.substr(0, first));
        c.exit_code = std::stoi(trim(line.substr(first + 1, second - first - 1)));
        std::istringstream words(line.substr(second + 1));
        std::string word;
        while (words >> word) {
            if (word == "<") {
                REQUIRE_MESSAGE(static_cast<bool>(words >> c.stdin_file),
                                "`<` without a file: " << line);
                continue;
            }
            auto eq = word.find('=');
            bool assignment = c.args.empty() && eq != std::string::npos && eq > 0 &&
                              std::isupper(static_cast<unsigned char>(word[0])) != 0;
            if (assignment) {
                c.variables[word.substr(0, eq)] = word.substr(eq + 1);
                continue;
            }
            c.args.push_back(word);
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

}  // namespace

TEST_CASE("cli: golden cases") {
    fs::path tests_dir = NETRAL_TEST_DIR;
    auto cases = read_cases(tests_dir / "cli" / "cases.txt");
    REQUIRE_FALSE(cases.empty());
    netral::cli::Environment environment;
    environment.getenv = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    environment.executable_dir = "";
    environment.current_dir = tests_dir.parent_path().string();
    // Cases run from the project root and name the tests folder relatively (`$TESTS` is
    // `tests`), so outputs that align columns by path length do not depend on where the
    // checkout lives.
    fs::current_path(tests_dir.parent_path());
    const std::string relative = tests_dir.filename().string();
    for (const CliCase& c : cases) {
        SUBCASE(c.name.c_str()) {
            std::vector<std::string> args;
            for (const std::string& arg : c.args) {
                args.push_back(replace_all(arg, "$TESTS", relative));
            }
            std::istringstream in;
            netral::cli::Environment with_input = environment;
            std::map<std::string, std::string> variables;
            for (const auto& [name, value] : c.variables) {
                variables[name] = replace_all(value, "$TESTS", relative);
            }
            if (auto pwd = variables.find("PWD"); pwd != variables.end()) {
                with_input.current_dir = pwd->second;
            }
            with_input.getenv = [variables](const std::string& name) -> std::optional<std::string> {
                auto found = variables.find(name);
                if (found == variables.end()) return std::nullopt;
                return found->second;
            };
            if (!c.stdin_file.empty()) {
                in.str(netral::testing::read_file(replace_all(c.stdin_file, "$TESTS", relative)));
                with_input.in = &in;
            }
            std::ostringstream out;
            std::ostringstream err;
            int code = netral::cli::run(args, out, err, with_input);
            INFO("case " << c.name);
            CHECK(code == c.exit_code);
            fs::path expected = tests_dir / "cli" / "expected";
            // The bundled rules are found in the source tree, by an absolute path.
            auto portable = [&](const std::string& text) {
                std::string out = replace_all(text, tests_dir.string(), relative);
                return replace_all(out, tests_dir.parent_path().string() + "/", "");
            };
            netral::testing::check_golden(expected / (c.name + ".stdout"), portable(out.str()));
            netral::testing::check_golden(expected / (c.name + ".stderr"), portable(err.str()));
        }
    }
}

TEST_CASE("cli: graph --format svg renders through Graphviz when it is installed") {
    // Graphviz's SVG carries its own version, so this checks the shape, not the bytes.
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        MESSAGE("Graphviz `dot` is not installed; svg rendering not exercised");
        return;
    }
    netral::cli::Environment environment;
    environment.getenv = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    std::ostringstream out;
    std::ostringstream err;
    fs::path tiny = fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "tiny";
    int code = netral::cli::run({"graph", tiny.string(), "--format", "svg"}, out, err, environment);
    CHECK(code == 0);
    // Standard output is the SVG alone; the rule set is named on standard error.
    CHECK(err.str().rfind("rule set: ", 0) == 0);
    CHECK(out.str().find("<svg") != std::string::npos);
    CHECK(out.str().find("state_car") != std::string::npos);
    CHECK(out.str().find("</svg>") != std::string::npos);
}
