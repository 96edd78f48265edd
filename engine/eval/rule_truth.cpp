// SPDX-License-Identifier: Apache-2.0
// Whether a rule holds for the current bindings: its version is in force on the date it is
// judged by, its `for … where` filter holds and its `when` condition holds — each three-valued.
// Conjunction is Kleene's, so a rule whose indexed conjuncts are known to hold has the truth of
// the rest of them.
#include "eval/evaluator.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

int Evaluator::in_force(const ir::Rule& rule) {
    if (!rule.in_force) return kTrue;
    const ir::InForce& clause = *rule.in_force;
    std::optional<ir::ExprId> by = clause.judged_by;
    if (!by) by = in_.program.ruleset.judged_by;
    if (!by) return kTrue;  // the checker requires a date (E3016)
    Value date = eval(*by);
    if (date.kind != ValueKind::Date) return kUnknown;
    facts::Day from = clause.period.from ? static_cast<facts::Day>(ir::to_days(*clause.period.from))
                                         : facts::DaySpan::kOpenLow;
    facts::Day until = clause.period.until
                           ? static_cast<facts::Day>(ir::to_days(*clause.period.until))
                           : facts::DaySpan::kOpenHigh;
    if (date.days.first >= from && date.days.last <= until) return kTrue;
    if (date.days.last < from || date.days.first > until) return kFalse;
    return kUnknown;
}

int Evaluator::rule_truth(const ir::Rule& rule) {
    int result = in_force(rule);
    if (result == kFalse) return kFalse;
    if (rule.binder && rule.binder->filter) {
        int t = truth(*rule.binder->filter);
        if (t == kFalse) return kFalse;
        if (t == kUnknown) result = kUnknown;
    }
    if (rule.condition) {
        int t = truth(*rule.condition);
        if (t == kFalse) return kFalse;
        if (t == kUnknown) result = kUnknown;
    }
    return result;
}

int Evaluator::residual_truth(const ir::Rule& rule, const ir::ExprId* first,
                              const ir::ExprId* last) {
    int result = in_force(rule);
    if (result == kFalse) return kFalse;
    for (; first != last; ++first) {
        int t = truth(*first);
        if (t == kFalse) return kFalse;
        if (t == kUnknown) result = kUnknown;
    }
    return result;
}

}  // namespace netral::eval
