// SPDX-License-Identifier: Apache-2.0
// The JSON values of a what-if diff, for the renderers that embed diffs (scenarios). Internal to
// engine/render, which alone links Boost.JSON.
#pragma once

#include <boost/json/value.hpp>

#include "netral/whatif.hpp"

namespace netral::rendering {

/// The JSON value diff_to_json() writes (docs/whatif.md).
boost::json::value diff_json(const DecisionDiff& diff);

/// One outcome side as in a diff's JSON: category, sanctions, recommended, review, provisional.
boost::json::value outcome_side_json(const OutcomeSide& side);

}  // namespace netral::rendering
