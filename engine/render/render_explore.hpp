// SPDX-License-Identifier: Apache-2.0
// The renderers of an explore result, behind netral::render_explore (include/netral/explore.hpp).
#pragma once

#include <string>

#include "netral/explore.hpp"

namespace netral::rendering {

/// Text in `language`: the base outcome, the search, then one group per category reached.
std::string explore_to_text(const ExploreResult& result, Language language);
/// The same as Markdown (a level-2 heading, a table per category).
std::string explore_to_markdown(const ExploreResult& result, Language language);
/// JSON; the layout is in docs/whatif.md ("Explore").
std::string explore_to_json(const ExploreResult& result);

}  // namespace netral::rendering
