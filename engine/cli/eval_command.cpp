// SPDX-License-Identifier: Apache-2.0
// `netral eval INCIDENT...` and `netral explain INCIDENT [--why-not TARGET]`: compile the rule
// set, read each incident, evaluate it and print the decision (text, JSON or Markdown). Decisions
// go to standard output; diagnostics about the rules or an incident go to standard error.
#include <ostream>

#include "base/read_file.hpp"
#include "cli/commands.hpp"
#include "netral/evaluate.hpp"

namespace netral::cli {
namespace {

std::vector<OptionSpec> eval_specs(bool explain) {
    std::vector<OptionSpec> specs = {
        {"--rules", true, {}, "the rules directory (default: $NETRAL_RULES, else bundled)", "DIR"},
        {"--format",
         true,
         {"text", "json", "markdown"},
         "text (default), json or markdown",
         "FORMAT"},
        {"--lang", true, {"id", "en"}, "language of text and markdown: id (default) or en", "LANG"},
        {"--as-of", true, {}, "evaluation date YYYY-MM-DD (default: today, UTC)", "DATE"},
        {"--param",
         true,
         {},
         "choose a parameter's value, e.g. medium_types=pp53_delays",
         "NAME=VALUE",
         true},
    };
    if (explain) {
        specs.push_back({"--why-not",
                         true,
                         {},
                         "explain why a rule id or ladder step (e.g. heavy) was not the result",
                         "TARGET"});
    }
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

void print_help(std::ostream& out, bool explain) {
    if (explain) {
        out << "Usage: netral explain INCIDENT [--why-not TARGET] [OPTIONS]\n\n"
               "Evaluates one incident and prints the decision with its whole justification\n"
               "trail. With --why-not, also shows for each rule that could have given TARGET\n"
               "(a rule id, a category such as heavy, or a sanction such as\n"
               "medium.allowance_cut_6m) which of its conditions failed, the values seen, and\n"
               "which values would have made them hold.\n\n";
    } else {
        out << "Usage: netral eval INCIDENT... [OPTIONS]\n\n"
               "Evaluates each incident file (YAML, or JSON) against the rule set and prints\n"
               "its decision: outcome, tracks, findings with their rules and articles, referrals\n"
               "and review items, with the justification trail.\n\n";
    }
    out << "Exit 0 when every incident was evaluated, 1 when the rules or an incident are\n"
           "invalid (diagnostics on standard error), 2 for usage problems.\n\n"
        << options_help(eval_specs(explain));
}

int run(const Invocation& invocation, bool explain) {
    const char* name = explain ? "explain" : "eval";
    std::string error;
    auto specs = eval_specs(explain);
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, name, error);
    if (parsed->help) {
        print_help(invocation.out, explain);
        return kExitOk;
    }
    if (parsed->positional.empty()) return usage_error(invocation, name, "no incident file given");
    if (explain && parsed->positional.size() > 1) {
        return usage_error(invocation, name, "explain takes one incident file");
    }
    CheckOptions check_options;
    if (!front_end_options(*parsed, check_options, error)) {
        return usage_error(invocation, name, error);
    }
    EvalOptions options;
    options.as_of = parsed->get("--as-of", "");
    options.why_not = parsed->get("--why-not", "");
    if (parsed->has("--param")) {
        for (const std::string& assignment : parsed->values.at("--param")) {
            auto eq = assignment.find('=');
            if (eq == std::string::npos || eq == 0) {
                return usage_error(invocation, name,
                                   "--param takes NAME=VALUE, got `" + assignment + "`");
            }
            options.params.emplace_back(assignment.substr(0, eq), assignment.substr(eq + 1));
        }
    }
    std::vector<std::string> rules_arg;
    if (parsed->has("--rules")) rules_arg.push_back(parsed->get("--rules", ""));
    std::string directory = resolve_rules_dir(rules_arg, invocation.environment);
    if (directory.empty()) {
        return usage_error(invocation, name,
                           "no rules directory given and no bundled rules found; pass --rules "
                           "DIR or set NETRAL_RULES");
    }
    auto sources = load_rule_directory(directory, error, check_options.limits);
    if (!sources) return usage_error(invocation, name, error);
    CompileResult compiled = compile_rules(*sources, check_options);
    if (!compiled.ok()) {
        invocation.err << compiled.text << "netral " << name
                       << ": the rule set has errors; nothing was evaluated\n";
        return kExitErrors;
    }
    std::string format = parsed->get("--format", "text");
    Format out_format =
        format == "json" ? Format::Json : (format == "markdown" ? Format::Markdown : Format::Text);
    Language language =
        parsed->get("--lang", "id") == "en" ? Language::English : Language::Indonesian;
    IncidentLimits limits;
    bool failed = false;
    std::vector<std::string> rendered;
    for (const std::string& path : parsed->positional) {
        std::string text;
        if (!base::read_file_bounded(path, limits.max_bytes, text)) {
            return usage_error(invocation, name, "cannot read `" + path + "`");
        }
        IncidentResult incident = load_incident(compiled.rules, Source{path, std::move(text)},
                                                IncidentFormat::Auto, limits);
        if (!incident.ok()) {
            invocation.err << incident.text;
            failed = true;
            continue;
        }
        EvalResult result = evaluate(*compiled.rules, *incident.facts, options);
        if (!result.ok()) {
            std::string message;
            for (const Diagnostic& d : result.diagnostics) {
                message += (message.empty() ? "" : "; ") + d.message;
                if (!d.hint.empty()) message += " (" + d.hint + ")";
            }
            return usage_error(invocation, name, message);
        }
        rendered.push_back(render(*result.decision, out_format, language));
    }
    // Several JSON decisions form one array: `[`, the documents separated by `,`, `]`.
    bool array = out_format == Format::Json && parsed->positional.size() > 1;
    if (array) invocation.out << "[\n";
    for (std::size_t i = 0; i < rendered.size(); ++i) {
        std::string& text = rendered[i];
        if (array && !text.empty() && text.back() == '\n') text.pop_back();
        if (i > 0) invocation.out << (array ? ",\n" : "\n");
        invocation.out << text;
    }
    if (array) invocation.out << "\n]\n";
    return failed ? kExitErrors : kExitOk;
}

}  // namespace

int run_eval(const Invocation& invocation) { return run(invocation, false); }
int run_explain(const Invocation& invocation) { return run(invocation, true); }

}  // namespace netral::cli
