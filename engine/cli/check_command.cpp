// SPDX-License-Identifier: Apache-2.0
// `netral check [RULES_DIR]`: parse and check a rule set, print its diagnostics, and with
// `--dump-after parse|check` the syntax trees or the resolved IR first. The text report opens
// with the rule-set line; the JSON report carries it as `rule_set`.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "api/front_end.hpp"
#include "base/public_diagnostic.hpp"
#include "check/ir_dump.hpp"
#include "cli/color.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"
#include "syntax/dump.hpp"

namespace netral::cli {
namespace {

/// The command line of `netral check`.
struct CheckArgs {
    std::vector<std::string> directories;  ///< RULES_DIR (at most one)
    std::string rules;                     ///< --rules, the same as RULES_DIR
    std::string format = "text";           ///< text or json
    std::string color;                     ///< --color
    std::string lang;                      ///< --lang, of the diagnostics
    bool werror = false;                   ///< warnings count as errors
    std::string dump_after;                ///< empty, parse or check
    CheckOptions options;                  ///< limits and disabled warnings
};

std::string plural(std::size_t count, const char* one, const char* many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

int run(const Invocation& invocation, const CheckArgs& args) {
    if (args.directories.size() > 1 || (!args.directories.empty() && !args.rules.empty())) {
        return usage_error(invocation, "check", "check takes one RULES_DIR");
    }
    std::string given = args.directories.empty() ? args.rules : args.directories.front();
    auto input = load_rules(invocation, "check", given, args.options.limits);
    if (!input) return kExitUsage;
    const std::vector<Source>& sources = input->sources;

    bool dump_parse = args.dump_after == "parse";
    api::FrontEnd front_end(args.options.limits.max_errors);
    api::run_front_end(front_end, sources, args.options,
                       dump_parse ? api::Stage::Parse : api::Stage::Check);
    bool json = args.format == "json";
    if (!json) invocation.out << rule_set_line(input->location, input->digest);
    if (dump_parse) {
        for (const syntax::Module& module : front_end.modules) {
            invocation.out << "# " << front_end.sources.file(module.file).path() << "\n"
                           << syntax::dump(module);
        }
    }
    // The IR exists only when checking found no error; otherwise the diagnostics say why.
    if (args.dump_after == "check" && front_end.program) {
        invocation.out << check::dump_ir(*front_end.program);
    }
    std::vector<base::Diagnostic> diagnostics = front_end.sink.sorted();
    std::size_t errors = front_end.sink.error_count();
    std::size_t warnings = front_end.sink.warning_count();
    bool failed = errors > 0 || (args.werror && warnings > 0);
    if (json) {
        invocation.out << fmt::format(
            "{{\"rule_set\":{},\"files\":{},\"errors\":{},\"warnings\":{},\"diagnostics\":{}}}\n",
            rule_set_json(input->location, input->digest), sources.size(), errors, warnings,
            to_json(base::to_public(diagnostics, front_end.sources, args.options.language)));
    } else {
        bool color = use_color(args.color, invocation.environment, Stream::Out);
        invocation.out << base::render_text(diagnostics, front_end.sources, args.options.language,
                                            color);
        invocation.out << fmt::format(
            "checked {}: {}, {}\n", plural(sources.size(), "file", "files"),
            plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"));
    }
    return failed ? kExitErrors : kExitOk;
}

}  // namespace

Runner define_check(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    app.footer(
        "Usage: netral check [RULES_DIR] [OPTIONS]\n\n"
        "Parses and checks every *.rules file below RULES_DIR as one rule set and prints\n"
        "which rule set it is (path, and digest), the diagnostics and a count. Exit 0 when\n"
        "there is no error (warnings allowed), 1 when there are errors, 2 for usage problems.\n\n"
        "--dump-after parse prints each file's syntax tree; --dump-after check prints the\n"
        "resolved program (ids as #n, types, citations, typed condition trees) when the\n"
        "rule set checks without errors. Either comes before the diagnostics.\n");
    app.add_option("RULES_DIR", args->directories, "the rules directory");
    add_value_option(app, "-r,--rules", args->rules, "DIR", "the rules directory, as RULES_DIR");
    add_choice_option(app, "-f,--format", args->format, {"text", "json"}, "FORMAT",
                      "diagnostics as text or json");
    add_color_option(app, args->color);
    add_lang_option(app, args->lang, args->options);
    app.add_flag("--werror", args->werror, "treat warnings as errors (exit 1)");
    add_choice_option(app, "--dump-after", args->dump_after, {"parse", "check"}, "STAGE",
                      "print the syntax trees (parse) or the resolved IR (check)");
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
