// SPDX-License-Identifier: Apache-2.0
// `netral test [DIR|FILE...]`: runs every test case (an incident file with an `expect` block)
// against the rule set, prints one line per failing case and `N passed, N failed`, and with
// --coverage what no case exercises. Results go to standard output; the diagnostics of invalid
// cases and of the rules go to standard error. docs/testing.md describes it.
#include <algorithm>
#include <ostream>

#include "base/read_file.hpp"
#include "cli/case_files.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/test_report.hpp"
#include "netral/test.hpp"

namespace netral::cli {

namespace {

std::vector<OptionSpec> test_specs() {
    std::vector<OptionSpec> specs = {
        {"--rules", true, {}, "the rules directory (default: $NETRAL_RULES, else bundled)", "DIR"},
        {"--format", true, {"text", "json"}, "text (default) or json", "FORMAT"},
        {"--coverage",
         false,
         {},
         "also report rules, brief rows and articles no case exercises",
         ""},
        {"--strict", false, {}, "with --coverage: exit 1 when anything is not exercised", ""},
    };
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

void print_help(std::ostream& out) {
    out << "Usage: netral test [DIR|FILE...] [OPTIONS]\n\n"
           "Runs test cases: incident files (*.yaml, *.yml, *.json) whose `expect` block states\n"
           "the expected outcome. Each DIR contributes its case files (not its subdirectories);\n"
           "without arguments, `examples`. Cases run in path order; each failing case prints\n"
           "one line with what differs and the first point where the trails differ, and the\n"
           "last line reads `N passed, N failed`. See docs/testing.md.\n\n"
           "Exit 0 when every case passed (and, with --coverage --strict, everything was\n"
           "exercised), 1 when a case failed or is invalid or the rules have errors, 2 for\n"
           "usage problems.\n\n"
        << options_help(test_specs());
}

}  // namespace

int run_test(const Invocation& invocation) {
    std::string error;
    auto specs = test_specs();
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, "test", error);
    if (parsed->help) {
        print_help(invocation.out);
        return kExitOk;
    }
    if (parsed->has("--strict") && !parsed->has("--coverage")) {
        return usage_error(invocation, "test", "--strict needs --coverage");
    }
    CheckOptions check_options;
    if (!front_end_options(*parsed, check_options, error)) {
        return usage_error(invocation, "test", error);
    }
    std::vector<std::string> args = parsed->positional;
    if (args.empty()) args.push_back(kDefaultCases);
    auto files = case_files(args, error);
    if (!files) return usage_error(invocation, "test", error);

    int rules_exit = kExitOk;
    std::shared_ptr<const RuleSet> rules = compile_rules_option(
        invocation, "test", *parsed, check_options, "no case was run", rules_exit);
    if (!rules) return rules_exit;

    IncidentLimits limits;
    std::vector<CaseResult> results;
    for (const std::string& path : *files) {
        std::string text;
        if (!base::read_file_bounded(path, limits.max_bytes, text)) {
            return usage_error(invocation, "test", "cannot read `" + path + "`");
        }
        results.push_back(run_case(rules, Source{path, std::move(text)}, limits));
        if (results.back().status == CaseStatus::Invalid) invocation.err << results.back().text;
    }
    std::optional<CoverageReport> report;
    if (parsed->has("--coverage")) report = coverage(*rules, results);
    const CoverageReport* shown = report ? &*report : nullptr;
    if (parsed->get("--format", "text") == "json") {
        print_test_json(invocation.out, results, shown);
    } else {
        print_test_text(invocation.out, results, shown);
    }
    bool all_passed = std::all_of(results.begin(), results.end(), [](const CaseResult& c) {
        return c.status == CaseStatus::Passed;
    });
    bool strict_failed = parsed->has("--strict") && report && !report->complete();
    return all_passed && !strict_failed ? kExitOk : kExitErrors;
}

}  // namespace netral::cli
