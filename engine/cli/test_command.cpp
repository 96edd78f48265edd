// SPDX-License-Identifier: Apache-2.0
// `netral test [DIR|FILE...]`: runs every test case (an incident file with an `expect` block)
// against the rule set, prints one line per failing case and `N passed, N failed`, and with
// --coverage what no case exercises. Results go to standard output; the diagnostics of invalid
// cases and of the rules go to standard error. docs/testing.md describes it.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>

#include "base/read_file.hpp"
#include "cli/case_files.hpp"
#include "cli/color.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"
#include "cli/test_report.hpp"
#include "netral/test.hpp"

namespace netral::cli {

namespace {

/// The command line of `netral test`.
struct TestArgs {
    std::vector<std::string> paths;  ///< DIR|FILE; none: examples
    std::string rules;               ///< --rules
    std::string format = "text";     ///< text or json
    std::string color;               ///< --color
    std::string lang;                ///< --lang, of the diagnostics
    bool coverage = false;           ///< also report what no case exercises
    bool strict = false;             ///< with coverage: exit 1 when anything is not exercised
    CheckOptions options;            ///< limits and disabled warnings
};

int run(const Invocation& invocation, const TestArgs& args) {
    if (args.strict && !args.coverage) {
        return usage_error(invocation, "test", "--strict needs --coverage");
    }
    std::vector<std::string> paths = args.paths;
    if (paths.empty()) paths.push_back(kDefaultCases);
    std::string error;
    auto files = case_files(paths, error);
    if (!files) return usage_error(invocation, "test", error);

    CompiledRules compiled = compile_rules_option(
        invocation, {"test", args.rules, args.options, args.color, "no case was run"});
    if (!compiled.rules) return compiled.exit_code;
    const std::shared_ptr<const RuleSet>& rules = compiled.rules;

    IncidentLimits limits;
    std::vector<CaseResult> results;
    for (const std::string& path : *files) {
        std::string text;
        if (!base::read_file_bounded(path, limits.max_bytes, text)) {
            return usage_error(invocation, "test", "cannot read `" + path + "`");
        }
        results.push_back(
            run_case(rules, Source{path, std::move(text)}, limits, args.options.language));
        if (results.back().status == CaseStatus::Invalid) invocation.err << results.back().text;
    }
    std::optional<CoverageReport> report;
    if (args.coverage) report = coverage(*rules, results);
    const CoverageReport* shown = report ? &*report : nullptr;
    std::string rule_set = rule_set_json(compiled.location, rules->digest());
    if (args.format == "json") {
        print_test_json(invocation.out, rule_set, results, shown);
    } else {
        invocation.out << rule_set_line(compiled.location, rules->digest());
        bool color = use_color(args.color, invocation.environment, Stream::Out);
        print_test_text(invocation.out, results, shown, color);
    }
    bool all_passed = std::all_of(results.begin(), results.end(), [](const CaseResult& c) {
        return c.status == CaseStatus::Passed;
    });
    bool strict_failed = args.strict && report && !report->complete();
    return all_passed && !strict_failed ? kExitOk : kExitErrors;
}

}  // namespace

Runner define_test(CLI::App& app) {
    auto args = std::make_shared<TestArgs>();
    app.footer(
        "Usage: netral test [DIR|FILE...] [OPTIONS]\n\n"
        "Runs test cases: incident files (*.yaml, *.yml, *.json) whose `expect` block states\n"
        "the expected outcome. Each DIR contributes its case files (not its subdirectories);\n"
        "without arguments, `examples`. Cases run in path order; after the rule-set line,\n"
        "each failing case prints one line with what differs and the first point where the\n"
        "trails differ, and the last line reads `N passed, N failed`. See docs/testing.md.\n\n"
        "Exit 0 when every case passed (and, with --coverage --strict, everything was\n"
        "exercised), 1 when a case failed or is invalid or the rules have errors, 2 for\n"
        "usage problems.\n");
    app.add_option("PATH", args->paths, "case files and directories (default: examples)");
    add_rules_option(app, args->rules);
    add_choice_option(app, "-f,--format", args->format, {"text", "json"}, "FORMAT", "text or json");
    add_color_option(app, args->color);
    add_lang_option(app, args->lang, args->options);
    app.add_flag("--coverage", args->coverage,
                 "also report rules, brief rows and articles no case exercises");
    app.add_flag("--strict", args->strict,
                 "with --coverage: exit 1 when anything is not exercised");
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
