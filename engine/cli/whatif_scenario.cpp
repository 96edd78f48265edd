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

int run_whatif_scenario(const Invocation& invocation, const ParsedArgs& parsed,
                        const std::string& path, std::string text) {
    const char* name = "whatif";
    for (const char* option : kIncidentOnly) {
        if (parsed.has(option)) {
            return usage_error(invocation, name,
                               std::string(option) + " does not apply to a scenario file `" + path +
                                   "`; its variants state their changes");
        }
    }
    std::string error;
    CheckOptions check_options;
    if (!front_end_options(parsed, check_options, error)) {
        return usage_error(invocation, name, error);
    }
    int rules_exit = kExitOk;
    std::shared_ptr<const RuleSet> rules = compile_rules_option(
        invocation, name, parsed, check_options, "nothing was evaluated", rules_exit);
    if (!rules) return rules_exit;
    ScenarioResult result = run_scenario(rules, Source{path, std::move(text)});
    if (!result.ok()) {
        invocation.err << result.text;
        return kExitErrors;
    }
    std::string format = parsed.get("--format", "text");
    Format out_format =
        format == "json" ? Format::Json : (format == "markdown" ? Format::Markdown : Format::Text);
    Language language =
        parsed.get("--lang", "id") == "en" ? Language::English : Language::Indonesian;
    invocation.out << render_scenario(result, out_format, language);
    return kExitOk;
}

}  // namespace netral::cli
