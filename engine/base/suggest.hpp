// SPDX-License-Identifier: Apache-2.0
// "Did you mean …?" suggestions for unknown names, shared by the checker and the loaders.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/message.hpp"

namespace netral::base {

/// Edit distance with adjacent transpositions (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest candidate within a distance of about a third of the name's length, or none.
/// Ties go to the candidate that comes first, so callers pass candidates in a stable order.
std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& candidates);

/// "did you mean `x`?" (key hint.did_you_mean) or an empty message.
Message did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace netral::base
