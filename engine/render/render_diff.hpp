// SPDX-License-Identifier: Apache-2.0
// The renderers of a what-if diff, behind netral::render_diff (include/netral/whatif.hpp), and of
// a scenario's diffs, behind netral::render_scenario (include/netral/scenario.hpp).
#pragma once

#include <string>

#include "netral/scenario.hpp"
#include "netral/whatif.hpp"

namespace netral::rendering {

/// Text in `language`: the changes, then only what differs, one item a line.
std::string diff_to_text(const DecisionDiff& diff, Language language);
/// The same as Markdown (a level-2 heading and level-3 sections).
std::string diff_to_markdown(const DecisionDiff& diff, Language language);
/// JSON with both languages; the layout is in docs/whatif.md.
std::string diff_to_json(const DecisionDiff& diff);
/// Text and Markdown of an evaluated scenario, in `language` (include/netral/scenario.hpp).
std::string scenario_to_text(const ScenarioResult& result, Language language);
std::string scenario_to_markdown(const ScenarioResult& result, Language language);
/// The same as JSON with both languages (docs/whatif.md).
std::string scenario_to_json(const ScenarioResult& result);

}  // namespace netral::rendering
