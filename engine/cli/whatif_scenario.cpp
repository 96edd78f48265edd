// SPDX-License-Identifier: Apache-2.0
// `netral whatif SCENARIO.yaml`: a scenario file (a top-level `scenario:` or `variants:` key)
// instead of an incident. The file states the base, the variants, their parameters and as-of
// dates, so only the rules and the output options apply; the work is run_scenario() and
// render_scenario() (include/netral/scenario.hpp). Kept apart from whatif_command.cpp, which
// only hands over.
#include "cli/whatif_scenario.hpp"

#include <ostream>

#include "base/read_file.hpp"
#include "cli/load_rules.hpp"
#include "netral/scenario.hpp"

namespace netral::cli {

namespace {

/// Options of the single-incident form that a scenario file states itself.
const char* const kIncidentOnly[] = {"--set",   "--unset",      "--param",
                                     "--as-of", "--base-param", "--base-as-of"};

}  // namespace

std::optional<std::string> read_scenario_file(const std::string& path) {
    IncidentLimits limits;
    std::string text;
    if (!base::read_file_bounded(path, limits.max_bytes, text)) return std::nullopt;
    if (!looks_like_scenario(text)) return std::nullopt;
    return text;
}

int run_whatif_scenario(const Invocation& invocation, const WhatifArgs& args,
                        const std::string& path, std::string text) {
    const char* name = "whatif";
    for (const char* option : kIncidentOnly) {
        if (args.has(option)) {
            return usage_error(invocation, name,
                               std::string(option) + " does not apply to a scenario file `" + path +
                                   "`; its variants state their changes");
        }
    }
    CompiledRules compiled = compile_rules_option(
        invocation, {name, args.rules, args.options, args.color, "nothing was evaluated"});
    if (!compiled.rules) return compiled.exit_code;
    const std::shared_ptr<const RuleSet>& rules = compiled.rules;
    invocation.err << rule_set_line(compiled.location, rules->digest());
    // The base incident is read from disk here, relative to the scenario file (the library
    // opens no file).
    ScenarioBase base;
    base.loader = [](const std::string& base_path,
                     std::size_t max_bytes) -> std::optional<std::string> {
        std::string base_text;
        if (!base::read_file_bounded(base_path, max_bytes, base_text)) return std::nullopt;
        return base_text;
    };
    ScenarioResult result = run_scenario(rules, Source{path, std::move(text)}, base,
                                         IncidentLimits{}, args.options.language);
    if (!result.ok()) {
        invocation.err << result.text;
        return kExitErrors;
    }
    invocation.out << render_scenario(result, parse_format(args.format).value(),
                                      parse_language(args.lang).value());
    return kExitOk;
}

}  // namespace netral::cli
