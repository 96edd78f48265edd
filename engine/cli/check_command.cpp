// SPDX-License-Identifier: Apache-2.0
// `netral check [RULES_DIR]`: parse and check a rule set, print its diagnostics, and with
// `--dump-after parse|check` the syntax trees or the resolved IR first.
#include <ostream>

#include "api/front_end.hpp"
#include "check/ir_dump.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "syntax/dump.hpp"

namespace netral::cli {
namespace {

std::vector<OptionSpec> check_specs() {
    std::vector<OptionSpec> specs = {
        {"--format", true, {"text", "json"}, "diagnostics as text (default) or JSON", "FORMAT"},
        {"--color", true, {"auto", "always", "never"}, "colour text output (default auto)", "WHEN"},
        {"--werror", false, {}, "treat warnings as errors (exit 1)", ""},
        {"--dump-after",
         true,
         {"parse", "check"},
         "print the syntax trees (parse) or the resolved IR (check)",
         "STAGE"},
    };
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

void print_check_help(std::ostream& out) {
    out << "Usage: netral check [RULES_DIR] [OPTIONS]\n\n"
           "Parses and checks every *.rules file below RULES_DIR as one rule set and prints\n"
           "the diagnostics. Exit 0 when there is no error (warnings allowed), 1 when there\n"
           "are errors, 2 for usage problems.\n\n"
           "--dump-after parse prints each file's syntax tree; --dump-after check prints the\n"
           "resolved program (ids as #n, types, citations, typed condition trees) when the\n"
           "rule set checks without errors. Either comes before the diagnostics.\n\n"
        << options_help(check_specs());
}

}  // namespace

int run_check(const Invocation& invocation) {
    std::string error;
    auto specs = check_specs();
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, "check", error);
    if (parsed->help) {
        print_check_help(invocation.out);
        return kExitOk;
    }
    auto input = load_rules(invocation, "check", *parsed);
    if (!input) return kExitUsage;
    const CheckOptions& options = input->options;
    const std::vector<Source>& sources = input->sources;

    std::string dump_after = parsed->get("--dump-after", "");
    bool dump_parse = dump_after == "parse";
    api::FrontEnd front_end(options.limits.max_errors);
    api::run_front_end(front_end, sources, options,
                       dump_parse ? api::Stage::Parse : api::Stage::Check);
    if (dump_parse) {
        for (const syntax::Module& module : front_end.modules) {
            invocation.out << "# " << front_end.sources.file(module.file).path() << "\n"
                           << syntax::dump(module);
        }
    }
    // The IR exists only when checking found no error; otherwise the diagnostics say why.
    if (dump_after == "check" && front_end.program) {
        invocation.out << check::dump_ir(*front_end.program);
    }
    std::vector<base::Diagnostic> diagnostics = front_end.sink.sorted();
    std::size_t errors = front_end.sink.error_count();
    std::size_t warnings = front_end.sink.warning_count();
    bool failed = errors > 0 || (parsed->has("--werror") && warnings > 0);
    if (parsed->get("--format", "text") == "json") {
        invocation.out << "{\"files\":" << sources.size() << ",\"errors\":" << errors
                       << ",\"warnings\":" << warnings << ",\"diagnostics\":"
                       << base::render_json(diagnostics, front_end.sources);
        invocation.out << "}\n";
    } else {
        std::string when = parsed->get("--color", "auto");
        bool no_color_env = invocation.environment.getenv &&
                            invocation.environment.getenv("NO_COLOR").has_value();
        bool color = when == "always" ||
                     (when == "auto" && invocation.environment.stdout_is_terminal && !no_color_env);
        invocation.out << base::render_text(diagnostics, front_end.sources, color);
        invocation.out << "checked " << sources.size() << (sources.size() == 1 ? " file" : " files")
                       << ": " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
                       << (warnings == 1 ? " warning" : " warnings") << "\n";
    }
    return failed ? kExitErrors : kExitOk;
}

}  // namespace netral::cli
