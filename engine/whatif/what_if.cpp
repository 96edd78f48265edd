// SPDX-License-Identifier: Apache-2.0
// One what-if (whatif/what_if.hpp): both decisions with their trails, then the why-not traces
// of the rules present on one side only.
#include "whatif/what_if.hpp"

#include <set>
#include <utility>

#include "eval/evaluate.hpp"
#include "eval/options.hpp"
#include "whatif/diff.hpp"

namespace netral::whatif {

void read_side_options(const RuleSetView& rules, const EvalOptions& options,
                       const std::string& source, eval::Options& out,
                       std::vector<Diagnostic>& diagnostics) {
    EvalOptions side = options;
    side.trail = true;
    side.describe = true;
    side.why_not.clear();
    read_options(rules, side, source, out, diagnostics);
}

WhatIfResult what_if(const RuleSetView& rules, const facts::Incident& before,
                     const eval::Options& before_options, const facts::Incident& after,
                     const eval::Options& after_options, std::vector<std::string> changes,
                     Language language) {
    WhatIfResult result;
    eval::Stopped stopped;
    auto refuse = [&] {
        result.before.reset();
        result.after.reset();
        result.diagnostics.push_back(eval::stopped_error(stopped, language));
        return result;
    };
    result.before = evaluate(rules, before, before_options, &stopped);
    if (!result.before) return refuse();
    result.after = evaluate(rules, after, after_options, &stopped);
    if (!result.after) return refuse();
    // A rule present on one side only: the other side's why-not trace of it names the flip.
    DecisionDiff first = whatif::diff(*result.before, *result.after);
    std::set<std::string> wanted_before;
    std::set<std::string> wanted_after;
    for (const FindingDiff& f : first.findings) {
        switch (f.kind) {
            case FindingChange::Added:
                wanted_before.insert(f.rule);
                break;
            case FindingChange::Removed:
                wanted_after.insert(f.rule);
                break;
            case FindingChange::Changed:
                break;
        }
    }
    // False when a bound stopped a trace.
    auto gather = [&](const facts::Incident& incident, eval::Options options,
                      const std::set<std::string>& ids, Decision& into) {
        // As evaluate() reads a why-not target: described, traced, no examine-all.
        options.describe = true;
        options.trail = true;
        options.examine_all = false;
        for (const std::string& id : ids) {
            if (!eval::is_why_not_target(rules.program, id)) continue;
            options.why_not = id;
            std::optional<Decision> traced = evaluate(rules, incident, options, &stopped);
            if (!traced) return false;
            for (Finding& f : traced->why_not) into.why_not.push_back(std::move(f));
        }
        return true;
    };
    Decision before_traced = *result.before;
    Decision after_traced = *result.after;
    if (!gather(before, before_options, wanted_before, before_traced)) return refuse();
    if (!gather(after, after_options, wanted_after, after_traced)) return refuse();
    result.diff = whatif::diff(before_traced, after_traced);
    result.diff.changes = std::move(changes);
    return result;
}

}  // namespace netral::whatif
