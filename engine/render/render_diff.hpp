// SPDX-License-Identifier: Apache-2.0
// The renderers of a what-if diff, behind netral::render_diff (include/netral/whatif.hpp).
#pragma once

#include <string>

#include "netral/whatif.hpp"

namespace netral::rendering {

/// Text in `language`: the changes, then only what differs, one item a line.
std::string diff_to_text(const DecisionDiff& diff, Language language);
/// The same as Markdown (a level-2 heading and level-3 sections).
std::string diff_to_markdown(const DecisionDiff& diff, Language language);
/// JSON with both languages; the layout is in docs/whatif.md.
std::string diff_to_json(const DecisionDiff& diff);

}  // namespace netral::rendering
