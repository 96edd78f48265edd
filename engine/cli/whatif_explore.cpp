// SPDX-License-Identifier: Apache-2.0
// The explore mode of `netral whatif` (docs/whatif.md, "Explore"): search the changes of single
// facts, or pairs, that move the outcome category, bounded by --budget evaluations.
#include "cli/whatif_explore.hpp"

#include <algorithm>
#include <ostream>
#include <thread>

#include "netral/explore.hpp"

namespace netral::cli {

std::vector<OptionSpec> explore_option_specs() {
    return {
        {"--explore",
         false,
         {},
         "search the changes of one fact (or two) that move the category",
         ""},
        {"--depth",
         true,
         {"1", "2"},
         "with --explore: 1 (single changes, default) or 2 (pairs)",
         "N"},
        {"--budget", true, {}, "with --explore: at most N variants evaluated (default 10000)", "N"},
    };
}

std::string explore_usage_problem(const ParsedArgs& parsed) {
    if (!parsed.has("--explore")) {
        for (const char* option : {"--depth", "--budget"}) {
            if (parsed.has(option)) return std::string(option) + " needs --explore";
        }
        return {};
    }
    for (const char* option : {"--set", "--unset", "--base-param", "--base-as-of"}) {
        if (parsed.has(option)) {
            return std::string(option) +
                   " cannot be combined with --explore, which makes its "
                   "own changes";
        }
    }
    if (parsed.has("--budget")) {
        auto budget = parse_count(parsed.get("--budget", ""));
        if (!budget || *budget == 0) {
            return "--budget takes a positive whole number, got `" + parsed.get("--budget", "") +
                   "`";
        }
    }
    return {};
}

int run_explore(const Invocation& invocation, const ParsedArgs& parsed,
                const std::shared_ptr<const Facts>& facts, const EvalOptions& eval) {
    ExploreOptions options;
    options.eval = eval;
    options.depth = parsed.get("--depth", "1") == "2" ? 2 : 1;
    if (parsed.has("--budget")) options.budget = *parse_count(parsed.get("--budget", ""));
    options.threads = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
    ExploreResult result = explore(facts, options);
    if (!result.ok()) {
        std::string message;
        for (const Diagnostic& d : result.diagnostics) {
            message += (message.empty() ? "" : "; ") + d.message;
            if (!d.hint.empty()) message += " (" + d.hint + ")";
        }
        return usage_error(invocation, "whatif", message);
    }
    std::string format = parsed.get("--format", "text");
    Format out_format =
        format == "json" ? Format::Json : (format == "markdown" ? Format::Markdown : Format::Text);
    Language language =
        parsed.get("--lang", "id") == "en" ? Language::English : Language::Indonesian;
    invocation.out << render_explore(result, out_format, language);
    return kExitOk;
}

}  // namespace netral::cli
