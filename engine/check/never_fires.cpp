// SPDX-License-Identifier: Apache-2.0
// W5010: a rule whose binder filter and `when` condition, taken as a conjunction of atoms,
// contain two atoms over one path that cannot hold together never fires. Atoms that cannot be
// normalized are compared by text, which still catches `x and not x`.
#include "check/atoms.hpp"
#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/expr_text.hpp"
#include "check/passes.hpp"

namespace netral::check {

void check_never_fires(const ir::Program& program, base::DiagnosticSink& sink) {
    for (const ir::Rule& rule : program.rules) {
        std::vector<Atom> atoms = rule_atoms(program, rule);
        auto pair = contradiction(atoms);
        if (!pair) continue;
        const Atom& first = atoms[pair->first];
        const Atom& second = atoms[pair->second];
        // Atoms name the bound variable `$` so rules can be compared; say its real name here.
        std::string path = first.path;
        if (rule.binder && !path.empty() && path[0] == '$') {
            path = program.vars[rule.binder->var.index()].name + path.substr(1);
        }
        base::Diagnostic& d =
            sink.warning(codes::kNeverFires, rule.name_span, base::msg("W5010", rule.name, path));
        d.notes.push_back({program.span_of(first.expr),
                           base::msg("note.check.here", expr_text(program, first.expr))});
        d.notes.push_back({program.span_of(second.expr),
                           base::msg("W5010.note", expr_text(program, second.expr))});
        d.hint = base::msg("W5010.hint");
    }
}

}  // namespace netral::check
