// SPDX-License-Identifier: Apache-2.0
// Rule versions: several rules with one id (in one module) are versions of one rule when each
// has an `in force` clause. Their periods may not overlap (E5020); days between consecutive
// versions are reported (W5021). The same id without `in force` is a duplicate (E2001), and so is
// the same id in two modules: a decision names its rules by id alone, so both would fire as one.
#include <algorithm>
#include <map>

#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

/// Sorts by start date, open starts first.
bool starts_before(const ir::Rule& a, const ir::Rule& b) {
    const auto& x = a.in_force->period.from;
    const auto& y = b.in_force->period.from;
    if (!x || !y) return !x && y;
    return *x < *y;
}

/// A period's first day, or the word for an open start.
base::MessageArg period_from(const ir::Period& period) {
    if (period.from) return {ir::to_string(*period.from), false, {}};
    return base::word("word.check.period_start");
}

/// A period's last day, or the word for an open end.
base::MessageArg period_until(const ir::Period& period) {
    if (period.until) return {ir::to_string(*period.until), false, {}};
    return base::word("word.check.period_end");
}

void check_group(const ir::Program& program, const std::vector<ir::RuleId>& group,
                 base::DiagnosticSink& sink) {
    const ir::Rule& first = program.rules[group.front().index()];
    bool all_versions = std::all_of(group.begin(), group.end(), [&](ir::RuleId id) {
        return program.rules[id.index()].in_force.has_value();
    });
    if (!all_versions) {
        for (std::size_t i = 1; i < group.size(); ++i) {
            const ir::Rule& rule = program.rules[group[i].index()];
            base::Diagnostic& d =
                sink.error(codes::kDuplicate, rule.name_span,
                           base::msg("E2001", base::word("word.check.kind_rule"), rule.name));
            d.notes.push_back({first.name_span, base::msg("note.check.first_declared")});
            d.hint = base::msg("E2001.hint_versions");
        }
        return;
    }
    for (std::size_t i = 0; i < group.size(); ++i) {
        for (std::size_t j = i + 1; j < group.size(); ++j) {
            const ir::Rule& a = program.rules[group[i].index()];
            const ir::Rule& b = program.rules[group[j].index()];
            if (!ir::overlaps(a.in_force->period, b.in_force->period)) continue;
            sink.error(codes::kVersionOverlap, b.in_force->span,
                       base::msg("E5020", b.name, period_from(b.in_force->period),
                                 period_until(b.in_force->period), period_from(a.in_force->period),
                                 period_until(a.in_force->period)))
                .notes.push_back({a.in_force->span, base::msg("E5020.note")});
        }
    }
    std::vector<const ir::Rule*> sorted;
    for (ir::RuleId id : group) sorted.push_back(&program.rules[id.index()]);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ir::Rule* a, const ir::Rule* b) { return starts_before(*a, *b); });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const ir::Period& before = sorted[i - 1]->in_force->period;
        const ir::Period& after = sorted[i]->in_force->period;
        if (!before.until || !after.from || !(*before.until < *after.from)) continue;
        std::int64_t gap = ir::to_days(*after.from) - ir::to_days(*before.until) - 1;
        if (gap <= 0) continue;
        sink.warning(codes::kVersionGap, sorted[i]->in_force->span,
                     base::msg("W5021", sorted[i]->name, gap,
                               ir::to_string(ir::from_days(ir::to_days(*before.until) + 1)),
                               ir::to_string(ir::from_days(ir::to_days(*after.from) - 1))))
            .notes.push_back({sorted[i - 1]->in_force->span, base::msg("W5021.note")});
    }
}

}  // namespace

void check_versions(const ir::Program& program, base::DiagnosticSink& sink) {
    std::map<std::pair<ir::ModuleId, std::string>, std::vector<ir::RuleId>> groups;
    // The first rule of each id, in declaration order, to catch the id in a second module.
    std::map<std::string, ir::RuleId> first_of_id;
    for (std::size_t i = 0; i < program.rules.size(); ++i) {
        const ir::Rule& rule = program.rules[i];
        auto id = ir::RuleId::from_index(i);
        groups[{rule.module, rule.name}].push_back(id);
        first_of_id.emplace(rule.name, id);
    }
    for (const auto& [key, group] : groups) {
        if (group.size() > 1) check_group(program, group, sink);
        // One report per other module (its versions are checked above, among themselves).
        const ir::Rule& here = program.rules[group.front().index()];
        const ir::Rule& first = program.rules[first_of_id.at(key.second).index()];
        if (first.module == here.module) continue;
        base::Diagnostic& d = sink.error(
            codes::kDuplicate, here.name_span,
            base::msg("E2001.modules", here.name, program.modules[here.module.index()].name,
                      program.modules[first.module.index()].name));
        d.notes.push_back({first.name_span, base::msg("note.check.first_declared")});
        d.hint = base::msg("E2001.hint_modules");
    }
}

}  // namespace netral::check
