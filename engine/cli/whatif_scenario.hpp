// SPDX-License-Identifier: Apache-2.0
// The scenario-file form of `netral whatif` (docs/whatif.md, "Scenario files"), which
// the whatif command hands over to when its one file is a scenario.
#pragma once

#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/whatif_args.hpp"

namespace netral::cli {

/// The text of `path` when it is a scenario file (looks_like_scenario()); none when it cannot
/// be read or is not one (then it is read again as an incident, with that path's diagnostics).
std::optional<std::string> read_scenario_file(const std::string& path);

/// Runs `netral whatif SCENARIO` on the scenario `text` read from `path`: the per-incident
/// options (`--set`, `--param`, `--as-of`, …) are usage errors; `--rules`, `--format`, `--lang`
/// and the front-end options apply. Returns the exit code: 0 when every variant was evaluated,
/// 1 when the rules, the scenario, its base incident or a change are invalid, 2 for usage.
int run_whatif_scenario(const Invocation& invocation, const WhatifArgs& args,
                        const std::string& path, std::string text);

}  // namespace netral::cli
