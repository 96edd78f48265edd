// SPDX-License-Identifier: Apache-2.0
// The public reference API (include/netral/reference.hpp) over engine/cases/reference.hpp.
#include "api/impl.hpp"
#include "cases/incident_keys.hpp"
#include "cases/reference.hpp"
#include "netral/reference.hpp"

namespace netral {

std::string rule_set_reference(const RuleSet& rules, const std::vector<CaseResult>& cases,
                               const ReferenceOptions& options) {
    const RuleSetState& rs = state(rules);
    std::vector<cases::ReferenceCase> evaluated;
    for (const CaseResult& c : cases) {
        if (c.decision) evaluated.push_back({c.path, &*c.decision});
    }
    cases::ReferenceHeader header{rs.digest, options.command};
    return cases::reference_markdown(rs.program, rs.sources, header, evaluated);
}

std::string incident_reference(const RuleSet& rules, const ReferenceOptions& options) {
    return cases::incident_keys_markdown(state(rules).program, {options.command});
}

}  // namespace netral
