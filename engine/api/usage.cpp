// SPDX-License-Identifier: Apache-2.0
// Usage errors of the public API (api/usage.hpp).
#include "api/usage.hpp"

#include <utility>

namespace netral::api {

Diagnostic no_rule_set(std::string_view function, Language language) {
    return base::usage_error(codes::kNoRuleSet, base::msg(codes::kNoRuleSet, function),
                             base::msg("E7010.hint"), language);
}

Diagnostic no_facts(std::string_view function, Language language) {
    return base::usage_error(codes::kNoFacts, base::msg(codes::kNoFacts, function),
                             base::msg("E7011.hint"), language);
}

Diagnostic other_rule_set(Language language) {
    return base::usage_error(codes::kOtherRuleSet, base::msg(codes::kOtherRuleSet),
                             base::msg("E7005.hint"), language);
}

}  // namespace netral::api
