// SPDX-License-Identifier: Apache-2.0
// The batch side of `netral eval`: a batch's output is byte-identical on one thread and on
// several — for files, for standard input, and for the --jsonl file (docs/batch.md). The ordered
// map under it is tested in worker_pool_test.cpp.
#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "cli/app.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

/// Runs the CLI in-process with `input` as standard input; returns stdout, stderr and the code.
struct CliRun {
    int code = 0;     ///< exit code
    std::string out;  ///< standard output
    std::string err;  ///< standard error
};

CliRun run_cli(const std::vector<std::string>& args, const std::string& input = {}) {
    netral::cli::Environment environment;
    environment.getenv = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    std::istringstream in(input);
    environment.in = &in;
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = netral::cli::run(args, out, err, environment);
    run.out = out.str();
    run.err = err.str();
    return run;
}

}  // namespace

TEST_CASE("eval batch: --jobs 1 and --jobs 2 write the same bytes") {
    fs::path tests = NETRAL_TEST_DIR;
    fs::path root = tests.parent_path();
    std::string mixed = netral::testing::read_file(tests / "cli" / "batch" / "mixed.jsonl");
    // Standard input repeated, so that lines overtake each other on two threads.
    std::string many;
    for (int i = 0; i < 40; ++i) many += mixed;
    struct BatchCase {
        std::string name;               ///< shown on failure
        std::vector<std::string> args;  ///< after `eval`, without --jobs
        std::string input;              ///< standard input
    };
    const std::vector<BatchCase> cases = {
        {"examples as JSON Lines",
         {(root / "examples").string(), "--rules", (root / "rules").string(), "--format", "jsonl"},
         ""},
        {"examples as a summary",
         {(root / "examples").string(), "--rules", (root / "rules").string()},
         ""},
        {"examples in full",
         {(root / "examples").string(), "--rules", (root / "rules").string(), "--format", "json"},
         ""},
        {"standard input",
         {"-", "--rules", (tests / "cli" / "rules" / "eval" / "rules").string()},
         many},
    };
    for (const BatchCase& c : cases) {
        SUBCASE(c.name.c_str()) {
            std::vector<std::string> one = {"eval", "--as-of", "2024-12-01", "--jobs", "1"};
            std::vector<std::string> two = {"eval", "--as-of", "2024-12-01", "--jobs", "2"};
            one.insert(one.end(), c.args.begin(), c.args.end());
            two.insert(two.end(), c.args.begin(), c.args.end());
            CliRun serial = run_cli(one, c.input);
            CliRun parallel = run_cli(two, c.input);
            CHECK(serial.code == parallel.code);
            CHECK(serial.out == parallel.out);
            CHECK(serial.err == parallel.err);
            CHECK_FALSE(serial.out.empty());
        }
    }
}

TEST_CASE("eval batch: --jsonl FILE holds what --format jsonl prints") {
    fs::path tests = NETRAL_TEST_DIR;
    fs::path incidents = tests / "cli" / "batch" / "incidents";
    std::string rules = (tests / "cli" / "rules" / "eval" / "rules").string();
    fs::path file = fs::temp_directory_path() / "netral-batch-test.jsonl";
    CliRun summary = run_cli({"eval", incidents.string(), "--rules", rules, "--as-of",
                              "2024-12-01", "--jsonl", file.string()});
    CliRun lines = run_cli(
        {"eval", incidents.string(), "--rules", rules, "--as-of", "2024-12-01", "--format", "jsonl"});
    CHECK(summary.code == 0);
    CHECK(summary.out.find("FILE") == 0);
    CHECK(netral::testing::read_file(file) == lines.out);
    fs::remove(file);
}
