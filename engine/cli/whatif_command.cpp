// SPDX-License-Identifier: Apache-2.0
// `netral whatif INCIDENT --set PATH=VALUE --unset PATH …`: evaluate an incident as it is and
// with some facts changed (and possibly other parameters or another as-of date), and print what
// differs — outcome, tracks, findings with the condition that flipped, citations, review items.
// The diff goes to standard output; diagnostics about the rules, the incident or a change go to
// standard error.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "base/read_file.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"
#include "cli/whatif_explore.hpp"
#include "cli/whatif_scenario.hpp"
#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"

namespace netral::cli {
namespace {

/// `NAME=VALUE` pairs of a repeatable option; false (and `error`) on a malformed one.
bool assignments(const std::vector<std::string>& values, const std::string& option,
                 std::vector<std::pair<std::string, std::string>>& out, std::string& error) {
    for (const std::string& assignment : values) {
        auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0) {
            error = option + " takes NAME=VALUE, got `" + assignment + "`";
            return false;
        }
        out.emplace_back(assignment.substr(0, eq), assignment.substr(eq + 1));
    }
    return true;
}

int run(const Invocation& invocation, const WhatifArgs& args) {
    const char* name = "whatif";
    std::string error;
    if (args.inputs.size() != 1) {
        return usage_error(
            invocation, name,
            args.inputs.empty() ? "no incident file given" : "whatif takes one incident file");
    }
    const std::string& path = args.inputs.front();
    if (auto scenario = read_scenario_file(path)) {
        return run_whatif_scenario(invocation, args, path, std::move(*scenario));
    }
    std::vector<Change> changes;
    for (std::size_t i = 0; i < args.sets.size(); ++i) {
        const std::string& set = args.sets[i];
        auto eq = set.find('=');
        if (eq == std::string::npos) {
            return usage_error(
                invocation, name,
                "--set takes PATH=VALUE, got `" + set + "` (use --unset PATH to leave a fact out)");
        }
        changes.push_back(
            {set.substr(0, eq), set.substr(eq + 1), "--set #" + std::to_string(i + 1)});
    }
    for (std::size_t i = 0; i < args.unsets.size(); ++i) {
        changes.push_back({args.unsets[i], std::nullopt, "--unset #" + std::to_string(i + 1)});
    }
    EvalOptions after_options;
    EvalOptions before_options;
    after_options.as_of = args.as_of;
    after_options.language = args.options.language;
    before_options.language = args.options.language;
    before_options.as_of = args.base_as_of.empty() ? args.as_of : args.base_as_of;
    if (!assignments(args.params, "--param", after_options.params, error) ||
        !assignments(args.base_params, "--base-param", before_options.params, error)) {
        return usage_error(invocation, name, error);
    }
    if (std::string problem = explore_usage_problem(args); !problem.empty()) {
        return usage_error(invocation, name, problem);
    }
    bool exploring = args.explore;
    if (!exploring && changes.empty() && after_options.params.empty() &&
        before_options.params.empty() && before_options.as_of == after_options.as_of) {
        return usage_error(invocation, name,
                           "nothing to compare: give --set, --unset, --param or --as-of");
    }

    CompiledRules compiled = compile_rules_option(
        invocation, {name, args.rules, args.options, args.color, "nothing was evaluated"});
    if (!compiled.rules) return compiled.exit_code;
    const std::shared_ptr<const RuleSet>& rules = compiled.rules;
    // Standard output is the diff alone: the rule set is named on standard error.
    invocation.err << rule_set_line(compiled.location, rules->digest());
    IncidentLimits limits;
    std::string text;
    if (!base::read_file_bounded(path, limits.max_bytes, text)) {
        return usage_error(invocation, name, "cannot read `" + path + "`");
    }
    IncidentResult incident = load_incident(rules, Source{path, std::move(text)},
                                            IncidentFormat::Auto, limits, args.options.language);
    if (!incident.ok()) {
        invocation.err << incident.text;
        return kExitErrors;
    }
    if (exploring) return run_explore(invocation, args, incident.facts, after_options);
    ChangeResult resolved = resolve_changes(incident.facts, changes, args.options.language);
    if (!resolved.ok()) {
        invocation.err << resolved.text;
        return kExitErrors;
    }
    std::shared_ptr<const Facts> after =
        apply_changes(resolved.changes, args.options.language).facts;
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
    invocation.out << render_diff(result.diff, parse_format(args.format).value(),
                                  parse_language(args.lang).value());
    return kExitOk;
}

}  // namespace

Runner define_whatif(CLI::App& app) {
    auto args = std::make_shared<WhatifArgs>();
    app.footer(
        "Usage: netral whatif INCIDENT [--set PATH=VALUE]... [--unset PATH]... [OPTIONS]\n"
        "       netral whatif SCENARIO [--rules DIR] [--format FORMAT] [--lang LANG]\n"
        "       netral whatif INCIDENT --explore [--depth 1|2] [--budget N] [OPTIONS]\n\n"
        "Evaluates the incident as it is and with the changes, and prints what differs:\n"
        "the outcome, tracks, findings that newly fired or stopped firing with the\n"
        "condition that flipped and its two values, citations, referrals and review items.\n"
        "PATH is `fact`, `record.field` or `list[ID].field` (ID: an item's id or its\n"
        "position from 1), e.g. person.status, acts[rally-1].state_facility, acts[1].date.\n"
        "Values are written as in an incident file. See docs/whatif.md.\n\n"
        "A SCENARIO file (top-level `scenario:` and `variants:`) names a base incident and\n"
        "variants of it; the output is a table, one row per variant, then each diff.\n\n"
        "--explore searches the changes of one fact (with --depth 2, of two) that raise or\n"
        "lower the outcome category, with the rule that makes the difference.\n\n"
        "The rule set used (path and digest) is named on standard error. Exit 0 when both\n"
        "sides were evaluated, 1 when the rules, the incident or a change are invalid\n"
        "(diagnostics on standard error), 2 for usage problems.\n");
    app.add_option("INCIDENT", args->inputs, "the incident or scenario file");
    add_repeated_option(app, "--set", args->sets, "PATH=VALUE",
                        "change a fact, e.g. acts[rally-1].state_facility=none");
    add_repeated_option(app, "--unset", args->unsets, "PATH",
                        "leave a fact out: its default, else unknown");
    add_repeated_option(app, "--param", args->params, "NAME=VALUE",
                        "choose a parameter's value for the changed side");
    add_value_option(app, "--as-of", args->as_of, "DATE",
                     "evaluation date of the changed side (default: today, UTC)");
    add_repeated_option(app, "--base-param", args->base_params, "NAME=VALUE",
                        "choose a parameter's value for the base side");
    add_value_option(app, "--base-as-of", args->base_as_of, "DATE",
                     "evaluation date of the base side (default: --as-of)");
    add_rules_option(app, args->rules);
    add_format_option(app, args->format, {Format::Text, Format::Json, Format::Markdown}, {},
                      "text, json or markdown");
    add_lang_option(app, args->lang, args->options);
    add_color_option(app, args->color);
    add_front_end_options(app, args->options);
    add_explore_options(app, *args);
    CLI::App* self = &app;
    return [args, self](const Invocation& invocation) {
        // Which options were given decides among the forms (scenario, explore, changes).
        args->given.clear();
        for (const CLI::Option* option : self->get_options()) {
            if (option->count() > 0 && !option->get_lnames().empty()) {
                args->given.push_back("--" + option->get_lnames().front());
            }
        }
        return run(invocation, *args);
    };
}

}  // namespace netral::cli
