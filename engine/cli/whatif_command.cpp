// SPDX-License-Identifier: Apache-2.0
// `netral whatif INCIDENT --set PATH=VALUE --unset PATH …`: evaluate an incident as it is and
// with some facts changed (and possibly other parameters or another as-of date), and print what
// differs — outcome, tracks, findings with the condition that flipped, citations, review items.
// The diff goes to standard output; diagnostics about the rules, the incident or a change go to
// standard error.
#include <ostream>

#include "base/read_file.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/whatif_explore.hpp"
#include "cli/whatif_scenario.hpp"
#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"

namespace netral::cli {
namespace {

std::vector<OptionSpec> whatif_specs() {
    std::vector<OptionSpec> specs = {
        {"--set", true, {}, "change a fact, e.g. acts[rally-1].state_facility=none", "PATH=VALUE",
         true},
        {"--unset", true, {}, "leave a fact out: its default, else unknown", "PATH", true},
        {"--param", true, {}, "choose a parameter's value for the changed side", "NAME=VALUE",
         true},
        {"--as-of", true, {}, "evaluation date of the changed side (default: today, UTC)",
         "DATE"},
        {"--base-param", true, {}, "choose a parameter's value for the base side", "NAME=VALUE",
         true},
        {"--base-as-of", true, {}, "evaluation date of the base side (default: --as-of)", "DATE"},
        {"--rules", true, {}, "the rules directory (default: $NETRAL_RULES, else bundled)", "DIR"},
        {"--format", true, {"text", "json", "markdown"}, "text (default), json or markdown",
         "FORMAT"},
        {"--lang", true, {"id", "en"}, "language of text and markdown: id (default) or en", "LANG"},
    };
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    for (OptionSpec& spec : explore_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

void print_help(std::ostream& out) {
    out << "Usage: netral whatif INCIDENT [--set PATH=VALUE]... [--unset PATH]... [OPTIONS]\n"
           "       netral whatif SCENARIO [--rules DIR] [--format FORMAT] [--lang LANG]\n"
           "       netral whatif INCIDENT --explore [--depth 1|2] [--budget N] [OPTIONS]\n\n"
           "Evaluates the incident as it is and with the changes, and prints what differs:\n"
           "the outcome, tracks, findings that newly fired or stopped firing with the\n"
           "condition that flipped and its two values, citations, referrals and review items.\n"
           "PATH is `fact`, `record.field` or `list[ID].field` (ID: an item's id or 0-based\n"
           "position), e.g. person.status, acts[rally-1].state_facility, acts[0].date.\n"
           "Values are written as in an incident file. See docs/whatif.md.\n\n"
           "A SCENARIO file (top-level `scenario:` and `variants:`) names a base incident and\n"
           "variants of it; the output is a table, one row per variant, then each diff.\n\n"
           "--explore searches the changes of one fact (with --depth 2, of two) that raise or\n"
           "lower the outcome category, with the rule that makes the difference.\n\n"
           "Exit 0 when both sides were evaluated, 1 when the rules, the incident or a change\n"
           "are invalid (diagnostics on standard error), 2 for usage problems.\n\n"
        << options_help(whatif_specs());
}

/// `NAME=VALUE` pairs of a repeatable option; false (and `error`) on a malformed one.
bool assignments(const ParsedArgs& parsed, const std::string& option,
                 std::vector<std::pair<std::string, std::string>>& out, std::string& error) {
    if (!parsed.has(option)) return true;
    for (const std::string& assignment : parsed.values.at(option)) {
        auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0) {
            error = option + " takes NAME=VALUE, got `" + assignment + "`";
            return false;
        }
        out.emplace_back(assignment.substr(0, eq), assignment.substr(eq + 1));
    }
    return true;
}

}  // namespace

int run_whatif(const Invocation& invocation) {
    const char* name = "whatif";
    std::string error;
    auto specs = whatif_specs();
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, name, error);
    if (parsed->help) {
        print_help(invocation.out);
        return kExitOk;
    }
    if (parsed->positional.size() != 1) {
        return usage_error(invocation, name,
                           parsed->positional.empty() ? "no incident file given"
                                                      : "whatif takes one incident file");
    }
    if (auto scenario = read_scenario_file(parsed->positional.front())) {
        return run_whatif_scenario(invocation, *parsed, parsed->positional.front(),
                                   std::move(*scenario));
    }
    CheckOptions check_options;
    if (!front_end_options(*parsed, check_options, error)) {
        return usage_error(invocation, name, error);
    }
    std::vector<Change> changes;
    if (parsed->has("--set")) {
        const auto& sets = parsed->values.at("--set");
        for (std::size_t i = 0; i < sets.size(); ++i) {
            auto eq = sets[i].find('=');
            if (eq == std::string::npos) {
                return usage_error(invocation, name,
                                   "--set takes PATH=VALUE, got `" + sets[i] +
                                       "` (use --unset PATH to leave a fact out)");
            }
            changes.push_back({sets[i].substr(0, eq), sets[i].substr(eq + 1),
                               "--set #" + std::to_string(i + 1)});
        }
    }
    if (parsed->has("--unset")) {
        const auto& unsets = parsed->values.at("--unset");
        for (std::size_t i = 0; i < unsets.size(); ++i) {
            changes.push_back({unsets[i], std::nullopt, "--unset #" + std::to_string(i + 1)});
        }
    }
    EvalOptions after_options;
    EvalOptions before_options;
    after_options.as_of = parsed->get("--as-of", "");
    before_options.as_of = parsed->get("--base-as-of", after_options.as_of);
    if (!assignments(*parsed, "--param", after_options.params, error) ||
        !assignments(*parsed, "--base-param", before_options.params, error)) {
        return usage_error(invocation, name, error);
    }
    if (std::string problem = explore_usage_problem(*parsed); !problem.empty()) {
        return usage_error(invocation, name, problem);
    }
    bool exploring = parsed->has("--explore");
    if (!exploring && changes.empty() && after_options.params.empty() && before_options.params.empty() &&
        before_options.as_of == after_options.as_of) {
        return usage_error(invocation, name,
                           "nothing to compare: give --set, --unset, --param or --as-of");
    }

    int rules_exit = kExitOk;
    std::shared_ptr<const RuleSet> rules = compile_rules_option(
        invocation, name, *parsed, check_options, "nothing was evaluated", rules_exit);
    if (!rules) return rules_exit;
    const std::string& path = parsed->positional.front();
    IncidentLimits limits;
    std::string text;
    if (!base::read_file_bounded(path, limits.max_bytes, text)) {
        return usage_error(invocation, name, "cannot read `" + path + "`");
    }
    IncidentResult incident =
        load_incident(rules, Source{path, std::move(text)}, IncidentFormat::Auto, limits);
    if (!incident.ok()) {
        invocation.err << incident.text;
        return kExitErrors;
    }
    if (exploring) return run_explore(invocation, *parsed, incident.facts, after_options);
    ChangeResult resolved = resolve_changes(incident.facts, changes);
    if (!resolved.ok()) {
        invocation.err << resolved.text;
        return kExitErrors;
    }
    std::shared_ptr<const Facts> after = apply_changes(resolved.changes).facts;
    WhatIfResult result = what_if(*rules, *incident.facts, before_options, *after,
                                  after_options, resolved.changes.get());
    if (!result.ok()) {
        std::string message;
        for (const Diagnostic& d : result.diagnostics) {
            message += (message.empty() ? "" : "; ") + d.message;
            if (!d.hint.empty()) message += " (" + d.hint + ")";
        }
        return usage_error(invocation, name, message);
    }
    std::string format = parsed->get("--format", "text");
    Format out_format =
        format == "json" ? Format::Json : (format == "markdown" ? Format::Markdown : Format::Text);
    Language language =
        parsed->get("--lang", "id") == "en" ? Language::English : Language::Indonesian;
    invocation.out << render_diff(result.diff, out_format, language);
    return kExitOk;
}

}  // namespace netral::cli
