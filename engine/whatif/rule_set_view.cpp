// SPDX-License-Identifier: Apache-2.0
// Options and evaluation over a borrowed rule set (whatif/rule_set_view.hpp).
#include "whatif/rule_set_view.hpp"

#include "eval/options.hpp"

namespace netral::whatif {

void read_options(const RuleSetView& rules, const EvalOptions& options, const std::string& source,
                  eval::Options& out, std::vector<Diagnostic>& diagnostics) {
    eval::read_options(rules.program, options, out, diagnostics);
    out.source = source;
    out.digest = rules.digest;
    out.rule_refs = &rules.rule_refs;
}

std::optional<Decision> evaluate(const RuleSetView& rules, const facts::Incident& incident,
                                 const eval::Options& options, eval::Stopped* stopped) {
    return eval::evaluate(rules.program, rules.plan, rules.sources, incident, options, stopped);
}

}  // namespace netral::whatif
