// SPDX-License-Identifier: Apache-2.0
// CLI golden tests of `netral replay` and `netral log prune`. Each case runs on a fresh decision
// log in a temporary directory, written through the decision log's API with fixed ids and times
// (decisions made by decide() on tests/cli/rules/eval), so the outputs are stable; `$LOG` in the
// arguments and in the goldens stands for the log's path. UPDATE_GOLDEN=1 rewrites
// tests/cli/expected/<name>.stdout and .stderr.
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "cli/app.hpp"
#include "decision_log/decision_log.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
namespace dl = netral::decision_log;

namespace {

/// The entries of the log every case starts from.
constexpr const char* kRecent = "0190a6b2-5c00-7000-8000-000000000001";    ///< 2024-07-01
constexpr const char* kOld = "018d0b5c-a400-7000-8000-000000000002";       ///< 2024-01-15
constexpr const char* kTampered = "0190a6b2-5c00-7000-8000-000000000003";  ///< hash altered

struct LogCase {
    std::string name;               ///< golden file stem
    int exit_code = 0;              ///< expected exit code
    std::vector<std::string> args;  ///< after `netral`; `$LOG` is the log's path
};

const std::vector<LogCase> kCases = {
    {"help_replay", 0, {"replay", "--help"}},
    {"help_log", 0, {"log", "--help"}},
    {"help_log_prune", 0, {"log", "prune", "--help"}},
    {"replay_json", 0, {"replay", kRecent, "--log", "$LOG"}},
    {"replay_yaml_text", 0, {"replay", kOld, "--log", "$LOG"}},
    {"replay_as_text_en",
     0,
     {"replay", kRecent, "--log", "$LOG", "--format", "text", "--lang", "en"}},
    {"replay_unknown_id", 1, {"replay", "0190a6b2-0000-7000-8000-00000000dead", "--log", "$LOG"}},
    {"replay_unknown_id_en",
     1,
     {"replay", "0190a6b2-0000-7000-8000-00000000dead", "--log", "$LOG", "--lang", "en"}},
    {"replay_differs", 1, {"replay", kTampered, "--log", "$LOG", "--lang", "en"}},
    {"replay_missing_log", 1, {"replay", kRecent, "--log", "$LOG.missing"}},
    {"replay_not_a_log", 1, {"replay", kRecent, "--log", "tests/cli/rules/eval/rules/cli.rules"}},
    {"replay_without_log", 2, {"replay", kRecent}},
    {"log_prune", 0, {"log", "prune", "--before", "2024-06-01", "--log", "$LOG"}},
    {"log_prune_nothing", 0, {"log", "prune", "--before", "2023-01-01", "--log", "$LOG"}},
    {"log_prune_all", 0, {"log", "prune", "--before", "2025-01-01", "--log", "$LOG"}},
    {"log_prune_bad_date", 2, {"log", "prune", "--before", "2024-13-01", "--log", "$LOG"}},
    {"log_prune_missing_before", 2, {"log", "prune", "--log", "$LOG"}},
    {"log_without_subcommand", 2, {"log"}},
};

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

/// Appends the decision of `incident` (as of 2024-12-01, in `format`) as entry `id` at `time`.
void log_decision(dl::Store& store, const std::shared_ptr<const netral::RuleSet>& rules,
                  const std::string& incident, netral::Format format, const std::string& id,
                  const std::string& time, bool tamper = false) {
    netral::Source source{incident, netral::testing::read_file(incident)};
    netral::RequestOptions options;
    options.eval.as_of = "2024-12-01";
    options.format = format;
    netral::DecideResult decided =
        netral::decide(rules, source, netral::IncidentFormat::Auto, options);
    REQUIRE(decided.ok());
    dl::Entry entry =
        dl::make_entry(*rules, source, netral::IncidentFormat::Auto, options, decided.body);
    entry.id = id;
    entry.time = time;
    if (tamper) entry.decision_hash = dl::body_hash(decided.body + "changed after it was sent");
    REQUIRE(store.append(entry) == id);
}

/// A fresh log at `path` with the three entries.
void write_log(const fs::path& path) {
    std::string error;
    auto files = netral::load_rule_directory("tests/cli/rules/eval/rules", error);
    REQUIRE(files.has_value());
    netral::CompileResult compiled = netral::compile_rules(*files);
    REQUIRE(compiled.ok());
    auto store = dl::open_store(path.string(), error);
    REQUIRE(store != nullptr);
    store->keep_rule_set(dl::rule_set_files(*compiled.rules, *files));
    const std::string incidents = "tests/cli/rules/eval/incidents/";
    log_decision(*store, compiled.rules, incidents + "rally.yaml", netral::Format::Json, kRecent,
                 "2024-07-01T08:00:00.000Z");
    log_decision(*store, compiled.rules, incidents + "hoax.yaml", netral::Format::Text, kOld,
                 "2024-01-15T13:30:00.000Z");
    log_decision(*store, compiled.rules, incidents + "rally.yaml", netral::Format::Json, kTampered,
                 "2024-07-01T08:00:00.001Z", true);
}

}  // namespace

TEST_CASE("cli: replay and log prune golden cases") {
    fs::path tests_dir = NETRAL_TEST_DIR;
    // As the other CLI goldens: run from the project root, name files relative to it.
    fs::current_path(tests_dir.parent_path());
    fs::path dir = fs::temp_directory_path() / ("netral-log-cli-" + std::to_string(::getpid()));
    fs::path log = dir / "decisions.sqlite";
    netral::cli::Environment environment;
    environment.getenv = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    environment.current_dir = tests_dir.parent_path().string();
    for (const LogCase& c : kCases) {
        SUBCASE(c.name.c_str()) {
            fs::remove_all(dir);
            fs::create_directories(dir);
            write_log(log);
            std::vector<std::string> args;
            for (const std::string& arg : c.args) args.push_back(replace_all(arg, "$LOG", log));
            std::ostringstream out;
            std::ostringstream err;
            int code = netral::cli::run(args, out, err, environment);
            INFO("case " << c.name);
            CHECK(code == c.exit_code);
            fs::path expected = tests_dir / "cli" / "expected";
            netral::testing::check_golden(expected / (c.name + ".stdout"),
                                          replace_all(out.str(), log.string(), "$LOG"));
            netral::testing::check_golden(expected / (c.name + ".stderr"),
                                          replace_all(err.str(), log.string(), "$LOG"));
            fs::remove_all(dir);
        }
    }
}
