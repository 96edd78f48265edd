// SPDX-License-Identifier: Apache-2.0
// Usage errors of the public API (api/usage.hpp).
#include "api/usage.hpp"

#include <utility>

namespace netral::api {

Diagnostic usage_error(std::string_view code, std::string message, std::string hint) {
    Diagnostic d;
    d.code = std::string(code);
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

Diagnostic no_rule_set(std::string_view function) {
    return usage_error(codes::kNoRuleSet, std::string(function) + ": no rule set given",
                       "pass the rule set compile_rules() returned");
}

Diagnostic no_facts(std::string_view function) {
    return usage_error(codes::kNoFacts, std::string(function) + ": no facts given",
                       "pass the facts load_incident() or FactsBuilder::finish() returned");
}

std::string usage_text(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        out += d.severity == Severity::Error ? "error[" : "warning[";
        out += d.code + "]: " + d.message + "\n";
        if (!d.hint.empty()) out += "hint: " + d.hint + "\n";
    }
    return out;
}

}  // namespace netral::api
