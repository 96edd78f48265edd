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
            sink.error(codes::kDeriveUndefined, derived.span,
                       "derived fact " + quote(derived.name) + " is never defined")
                .hint = "give it `= expression`, or set it from a rule with `then set " +
                        derived.name + (derived.param ? "(x)" : "") + " = …`";
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
                                                 "derived fact " + quote(derived.name) +
                                                     " has a defining expression; rule " +
                                                     quote(rule.name) + " cannot also set it");
                d.notes.push_back({derived.span, "defined here"});
                d.hint = "remove `= …` from the declaration, or remove this conclusion";
            }
        }
    }
}

}  // namespace netral::check
