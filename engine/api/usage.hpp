// SPDX-License-Identifier: Apache-2.0
// Errors in how the public API was called (codes E7xxx, docs/errors.md): a bad evaluation option,
// facts of another rule set, a null handle. They have no place in a file, so their text is the
// `error[E7010]: …` line and hint without a location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/message.hpp"
#include "base/public_diagnostic.hpp"
#include "netral/netral.hpp"

namespace netral::api {

namespace codes {
inline constexpr std::string_view kOtherRuleSet = "E7005";   // facts of another rule set
inline constexpr std::string_view kNoRuleSet = "E7010";      // a null RuleSet
inline constexpr std::string_view kNoFacts = "E7011";        // a null Facts
inline constexpr std::string_view kNoChangeSet = "E7012";    // a null ChangeSet
inline constexpr std::string_view kBuilderSpent = "E7013";   // FactsBuilder::finish() twice
inline constexpr std::string_view kUnknownOption = "E7020";       // not an option of a request
inline constexpr std::string_view kOptionKind = "E7021";          // an option's value of the wrong kind
inline constexpr std::string_view kUnknownOptionValue = "E7022";  // no such format, language or detail
}  // namespace codes

/// `function: no rule set given` (E7010), for a null std::shared_ptr<const RuleSet>.
Diagnostic no_rule_set(std::string_view function, Language language);
/// `function: no facts given` (E7011), for a null std::shared_ptr<const Facts>.
Diagnostic no_facts(std::string_view function, Language language);
/// Facts read against another rule set than the one they are evaluated with (E7005).
Diagnostic other_rule_set(Language language);

}  // namespace netral::api
