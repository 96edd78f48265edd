// SPDX-License-Identifier: Apache-2.0
// Two decisions of one incident compared field by field (the public diff(), whatif.hpp).
#pragma once

#include <optional>
#include <string>

#include "netral/whatif.hpp"

namespace netral::whatif {

/// Compares two decisions of one incident (see netral::diff). Pure; thread-safe.
DecisionDiff diff(const Decision& before, const Decision& after);

/// A change as DecisionDiff::changes lists it: `PATH=VALUE`, or `unset PATH` without a value.
std::string describe_change(const std::string& path, const std::optional<std::string>& value);

}  // namespace netral::whatif
