// SPDX-License-Identifier: Apache-2.0
// The explore mode of `netral whatif` (docs/whatif.md, "Explore"): search the changes of single
// facts, or pairs, that move the outcome category, bounded by --budget evaluations.
#include "cli/whatif_explore.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <limits>
#include <ostream>
#include <thread>

#include "cli/shared_options.hpp"
#include "netral/explore.hpp"

namespace netral::cli {

void add_explore_options(CLI::App& app, WhatifArgs& args) {
    app.add_flag("--explore", args.explore,
                 "search the changes of one fact (or two) that move the category");
    add_choice_option(app, "--depth", args.depth, {"1", "2"}, "N",
                      "with --explore: 1 (single changes) or 2 (pairs)");
    add_count_option(app, "--budget", args.budget, 1, std::numeric_limits<std::size_t>::max(), "N",
                     "with --explore: at most N variants evaluated");
}

std::string explore_usage_problem(const WhatifArgs& args) {
    if (!args.explore) {
        for (const char* option : {"--depth", "--budget"}) {
            if (args.has(option)) return std::string(option) + " needs --explore";
        }
        return {};
    }
    for (const char* option : {"--set", "--unset", "--base-param", "--base-as-of"}) {
        if (args.has(option)) {
            return std::string(option) +
                   " cannot be combined with --explore, which makes its "
                   "own changes";
        }
    }
    return {};
}

int run_explore(const Invocation& invocation, const WhatifArgs& args,
                const std::shared_ptr<const Facts>& facts, const EvalOptions& eval) {
    ExploreOptions options;
    options.eval = eval;
    options.depth = args.depth == "2" ? 2 : 1;
    options.budget = args.budget;
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
    invocation.out << render_explore(result, parse_format(args.format).value(),
                                     parse_language(args.lang).value());
    return kExitOk;
}

}  // namespace netral::cli
