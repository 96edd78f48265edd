// SPDX-License-Identifier: Apache-2.0
// Derived facts are defined exactly one way: by `= expr`, or by rules' `then set`.
#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/passes.hpp"

namespace netral::check {

void check_definitions(const ir::Program& program, base::DiagnosticSink& sink) {
    for (std::size_t i = 0; i < program.derived.size(); ++i) {
        const ir::Derived& derived = program.derived[i];
        if (!derived.value && derived.set_by.empty()) {
            sink.error(codes::kDeriveUndefined, derived.span, base::msg("E2050", derived.name))
                .hint = base::msg("E2050.hint", derived.name + (derived.param ? "(x)" : ""));
            continue;
        }
        if (!derived.value) continue;
        for (std::size_t r = 0; r < derived.set_by.size(); ++r) {
            ir::RuleId rule_id = derived.set_by[r];
            if (r > 0 && derived.set_by[r - 1] == rule_id) continue;  // one report per rule
            const ir::Rule& rule = program.rules[rule_id.index()];
            for (const ir::Conclusion& conclusion : rule.conclusions) {
                const auto* set = std::get_if<ir::SetDerived>(&conclusion);
                if (set == nullptr || set->derived.index() != i) continue;
                base::Diagnostic& d = sink.error(codes::kDeriveTwice, set->span,
                                                 base::msg("E2051", derived.name, rule.name));
                d.notes.push_back({derived.span, base::msg("E2051.note")});
                d.hint = base::msg("E2051.hint");
            }
        }
    }
}

}  // namespace netral::check
