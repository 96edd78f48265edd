// SPDX-License-Identifier: Apache-2.0
// Usage errors of the public API (api/usage.hpp).
#include "api/usage.hpp"

#include <utility>

namespace netral::api {

Diagnostic usage_error(std::string_view code, const base::Message& message,
                       const base::Message& hint, Language language) {
    Diagnostic d;
    d.code = std::string(code);
    d.message = base::render(message, language);
    d.hint = base::render(hint, language);
    return d;
}

Diagnostic no_rule_set(std::string_view function, Language language) {
    return usage_error(codes::kNoRuleSet, base::msg(codes::kNoRuleSet, function),
                       base::msg("E7010.hint"), language);
}

Diagnostic no_facts(std::string_view function, Language language) {
    return usage_error(codes::kNoFacts, base::msg(codes::kNoFacts, function),
                       base::msg("E7011.hint"), language);
}

std::string usage_text(const std::vector<Diagnostic>& diagnostics, Language language) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        out +=
            base::lookup(language, d.severity == Severity::Error ? "diag.error" : "diag.warning");
        out += "[" + d.code + "]: " + d.message + "\n";
        if (!d.hint.empty())
            out += std::string(base::lookup(language, "diag.hint")) + ": " + d.hint + "\n";
    }
    return out;
}

}  // namespace netral::api
