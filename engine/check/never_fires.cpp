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
        base::Diagnostic& d = sink.warning(
            codes::kNeverFires, rule.name_span,
            "rule " + quote(rule.name) + " never fires: its condition contradicts itself on " +
                quote(path));
        d.notes.push_back(
            {program.span_of(first.expr), quote(expr_text(program, first.expr)) + " here"});
        d.notes.push_back(
            {program.span_of(second.expr),
             "cannot hold together with " + quote(expr_text(program, second.expr)) + " here"});
        d.hint = "remove or correct one of the two conditions";
    }
}

}  // namespace netral::check
