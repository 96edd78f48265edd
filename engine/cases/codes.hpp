// SPDX-License-Identifier: Apache-2.0
// The diagnostic codes of test-case expectations (the `expect` block of an incident file), each
// stable and documented in docs/errors.md ("Test expectations").
#pragma once

#include <string_view>

namespace netral::cases::codes {

inline constexpr std::string_view kNoExpect = "E8001";         // the file has no `expect` block
inline constexpr std::string_view kUnknownKey = "E8002";       // key not part of `expect`
inline constexpr std::string_view kWrongShape = "E8003";       // value of the wrong kind
inline constexpr std::string_view kUnknownLevel = "E8004";     // category, sanction or track
inline constexpr std::string_view kUnknownRule = "E8005";      // rule id not declared
inline constexpr std::string_view kUnknownCitation = "E8006";  // citation no rule makes
inline constexpr std::string_view kUnknownReview = "E8007";    // review kind the engine lacks
inline constexpr std::string_view kUnknownParam = "E8008";     // parameter or value
inline constexpr std::string_view kMissingKey = "E8009";       // `category` or `review` absent

}  // namespace netral::cases::codes
