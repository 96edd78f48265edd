// SPDX-License-Identifier: Apache-2.0
// `netral whatif INCIDENT --explore [--depth 1|2] [--budget N]`: the options and the run of the
// explore mode of the whatif command, kept apart from the change-and-compare mode.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/whatif_args.hpp"
#include "netral/evaluate.hpp"

namespace netral::cli {

/// Declares the options the explore mode adds to `netral whatif`, into `args`.
void add_explore_options(CLI::App& app, WhatifArgs& args);

/// A usage problem of the explore options (--depth or --budget without --explore, or
/// --explore together with changes), or empty. Called before anything is loaded.
std::string explore_usage_problem(const WhatifArgs& args);

/// Explores `facts` with the command's --as-of and --param, and prints the result in the chosen
/// format and language. Returns the exit code.
int run_explore(const Invocation& invocation, const WhatifArgs& args,
                const std::shared_ptr<const Facts>& facts, const EvalOptions& eval);

}  // namespace netral::cli
