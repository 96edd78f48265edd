// SPDX-License-Identifier: Apache-2.0
// E5030: two rules with no exception / prevails relation between them that bind the same
// collection, can be in force together, and conclude differently on one track (or set one
// derived fact to different constants), where one rule's condition provably implies the
// other's. Then both fire together and the rule set does not say which wins. Only pairs with
// a shared conclusion target are compared; what cannot be proved is left to run time.
#include <map>
#include <set>

#include "check/atoms.hpp"
#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/expr_text.hpp"
#include "check/ir_walk.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

/// What the analysis needs to know about one rule.
struct RuleView {
    std::vector<Atom> atoms;          ///< filter ∧ condition
    bool never = false;               ///< the condition is contradictory (W5010)
    std::string collection;           ///< binder collection text; empty without binder
    std::optional<ir::VarId> binder;  ///< the binder variable, printed as `$`
};

/// The conclusion as written (variables by their own names), for notes.
std::string describe(const ir::Program& program, const ir::Conclusion& conclusion) {
    if (const auto* finding = std::get_if<ir::Finding>(&conclusion)) {
        return program.tracks[finding->track.index()].name + " " +
               level_text(program, finding->level);
    }
    const auto& set = std::get<ir::SetDerived>(conclusion);
    std::string out = "set " + program.derived[set.derived.index()].name;
    if (!set.args.empty()) out += "(" + expr_text(program, set.args.front()) + ")";
    return out + " = " + expr_text(program, set.value);
}

base::Span conclusion_span(const ir::Conclusion& conclusion) {
    return std::visit([](const auto& c) { return c.span; }, conclusion);
}

/// True when the two conclusions on one target differ provably.
bool differ(const ir::Program& program, const ir::Conclusion& a, const RuleView& va,
            const ir::Conclusion& b, const RuleView& vb) {
    if (const auto* fa = std::get_if<ir::Finding>(&a)) {
        return !(fa->level == std::get<ir::Finding>(b).level);
    }
    const auto& sa = std::get<ir::SetDerived>(a);
    const auto& sb = std::get<ir::SetDerived>(b);
    for (std::size_t i = 0; i < sa.args.size() && i < sb.args.size(); ++i) {
        if (expr_text(program, sa.args[i], va.binder) !=
            expr_text(program, sb.args[i], vb.binder)) {
            return false;
        }
    }
    if (!is_constant(program, sa.value) || !is_constant(program, sb.value)) return false;
    return expr_text(program, sa.value) != expr_text(program, sb.value);
}

/// True when every atom of `general` is implied by some atom of `specific`.
bool implied_by(const std::vector<Atom>& general, const std::vector<Atom>& specific) {
    for (const Atom& g : general) {
        bool found = false;
        for (const Atom& s : specific) found = found || implies(s, g);
        if (!found) return false;
    }
    return true;
}

bool related(const ir::Rule& a, ir::RuleId b) {
    for (const ir::Relation& relation : a.relations) {
        for (ir::RuleId target : relation.targets) {
            if (target == b) return true;
        }
    }
    return false;
}

}  // namespace

void check_conflicts(const ir::Program& program, base::DiagnosticSink& sink) {
    std::vector<RuleView> views;
    for (const ir::Rule& rule : program.rules) {
        RuleView view;
        view.atoms = rule_atoms(program, rule);
        view.never = contradiction(view.atoms).has_value();
        if (rule.binder) {
            view.collection = expr_text(program, rule.binder->collection);
            view.binder = rule.binder->var;
        }
        views.push_back(std::move(view));
    }
    // Conclusions by target: a track, or a derived fact.
    std::map<std::pair<int, std::uint32_t>, std::vector<std::pair<std::size_t, std::size_t>>>
        by_target;
    for (std::size_t r = 0; r < program.rules.size(); ++r) {
        const auto& conclusions = program.rules[r].conclusions;
        for (std::size_t c = 0; c < conclusions.size(); ++c) {
            if (const auto* finding = std::get_if<ir::Finding>(&conclusions[c])) {
                by_target[{0, finding->track.value}].emplace_back(r, c);
            } else if (const auto* set = std::get_if<ir::SetDerived>(&conclusions[c])) {
                by_target[{1, set->derived.value}].emplace_back(r, c);
            }
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> reported;
    for (const auto& [target, entries] : by_target) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            for (std::size_t j = i + 1; j < entries.size(); ++j) {
                auto [ra, ca] = entries[i];
                auto [rb, cb] = entries[j];
                const ir::Rule& a = program.rules[ra];
                const ir::Rule& b = program.rules[rb];
                const RuleView& va = views[ra];
                const RuleView& vb = views[rb];
                if (ra == rb || reported.count({ra, rb}) > 0 || va.never || vb.never) continue;
                if (a.name == b.name && a.module == b.module) continue;  // versions
                if (va.collection != vb.collection) continue;
                if (related(a, ir::RuleId::from_index(rb)) ||
                    related(b, ir::RuleId::from_index(ra))) {
                    continue;
                }
                if (a.in_force && b.in_force &&
                    !ir::overlaps(a.in_force->period, b.in_force->period)) {
                    continue;
                }
                if (!differ(program, a.conclusions[ca], va, b.conclusions[cb], vb)) continue;
                bool b_specific = implied_by(va.atoms, vb.atoms);
                bool a_specific = !b_specific && implied_by(vb.atoms, va.atoms);
                if (!a_specific && !b_specific) continue;
                reported.insert({ra, rb});
                const ir::Rule& general = b_specific ? a : b;
                const ir::Rule& specific = b_specific ? b : a;
                const ir::Conclusion& g = b_specific ? a.conclusions[ca] : b.conclusions[cb];
                const ir::Conclusion& s = b_specific ? b.conclusions[cb] : a.conclusions[ca];
                base::Diagnostic& d = sink.error(
                    codes::kConflict, specific.name_span,
                    "rules " + quote(general.name) + " and " + quote(specific.name) +
                        " conflict: whenever " + quote(specific.name) + " applies, " +
                        quote(general.name) + " applies too, and they conclude differently");
                d.notes.push_back({conclusion_span(g), quote(general.name) + " concludes " +
                                                           quote(describe(program, g))});
                d.notes.push_back({conclusion_span(s), quote(specific.name) + " concludes " +
                                                           quote(describe(program, s))});
                d.hint = "declare `exception to " + general.name + "` or `prevails over " +
                         general.name + "` in " + quote(specific.name);
            }
        }
    }
}

}  // namespace netral::check
