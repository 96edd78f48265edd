// SPDX-License-Identifier: Apache-2.0
// E5030: two rules with no exception / prevails relation between them that bind the same
// collection, can be in force together, and conclude differently on one track (or set one
// derived fact to different constants), where one rule's condition provably implies the
// other's. Then both fire together and the rule set does not say which wins. Only pairs with
// a shared conclusion target are compared; what cannot be proved is left to run time.
// Comparing pairs is quadratic, so each target's rules are first split by the value one path
// is fixed to (`$.kind == k7`): rules fixing a path to different values never hold together,
// so only rules within one value, and rules not fixing it, are compared. The search also has a
// work limit; reaching it is W5031. On a track whose combine block declares `overlaps resolved`,
// two findings at ordinal levels above the lowest are not compared: the heaviest strategy says
// which one wins.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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
    bool too_long = false;            ///< more atoms than contradiction() compares: not compared
    std::string collection;           ///< binder collection text; empty without binder
    std::optional<ir::VarId> binder;  ///< the binder variable, printed as `$`
    std::vector<ir::RuleId> related;  ///< targets of its exception / prevails relations, sorted
    std::size_t weight = 0;           ///< atoms plus their values: the cost of comparing them
};

/// One conclusion on a shared target, with the texts `differ` compares computed once (a text
/// costs its length, and each conclusion meets every other one on its target).
struct Entry {
    std::size_t rule = 0;              ///< index into program.rules
    std::size_t conclusion = 0;        ///< index into its conclusions
    std::vector<std::string> args;     ///< set derived: argument texts, binder printed as `$`
    std::optional<std::string> value;  ///< set derived: the value's text when it is constant
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
bool differ(const ir::Conclusion& a, const Entry& ea, const ir::Conclusion& b, const Entry& eb) {
    if (const auto* fa = std::get_if<ir::Finding>(&a)) {
        return !(fa->level == std::get<ir::Finding>(b).level);
    }
    for (std::size_t i = 0; i < ea.args.size() && i < eb.args.size(); ++i) {
        if (ea.args[i] != eb.args[i]) return false;
    }
    if (!ea.value || !eb.value) return false;
    return *ea.value != *eb.value;
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

bool related(const RuleView& a, ir::RuleId b) {
    return std::binary_search(a.related.begin(), a.related.end(), b);
}

/// Work units (of the search's limit) spent comparing two rules' atoms both ways: each atom of one
/// against each atom of the other, with their set values.
std::size_t cost(const RuleView& a, const RuleView& b) {
    return 1 + a.atoms.size() * b.weight + b.atoms.size() * a.weight;
}

/// Calls `visit(i, j)` (i < j) for the pairs of `entries` that can hold together and conclude
/// differently, as far as cheap facts tell, until it returns false. Rules fixing one path to
/// different values never hold together: the path that leaves the fewest pairs splits the
/// entries by value, and entries not fixing it meet every other entry. Within a split, only
/// entries with different conclusion keys (`key`) meet; an empty key never differs.
template <typename Visit>
void visit_candidate_pairs(const std::vector<Entry>& entries, const std::vector<RuleView>& views,
                           const std::vector<std::string>& key, Visit visit) {
    std::map<std::string, std::map<Constant, std::size_t>> fixing;  // path → value → rules
    for (const Entry& entry : entries) {
        for (const Atom& atom : views[entry.rule].atoms) {
            if (atom.op == AtomOp::Eq) ++fixing[atom.path][atom.values.front()];
        }
    }
    const std::string* split = nullptr;
    double n = static_cast<double>(entries.size());
    double fewest = n * (n - 1) / 2;  // every pair
    for (const auto& [path, values] : fixing) {
        double pairs = 0;
        double fixed = 0;
        for (const auto& [value, count] : values) {
            double g = static_cast<double>(count);
            pairs += g * (g - 1) / 2;
            fixed += g;
        }
        double open = n - fixed;
        pairs += open * fixed + open * (open - 1) / 2;
        if (pairs < fewest) {
            fewest = pairs;
            split = &path;
        }
    }
    std::map<Constant, std::vector<std::size_t>> by_value;
    std::vector<bool> open(entries.size(), split == nullptr);
    if (split != nullptr) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Constant* value = nullptr;
            for (const Atom& atom : views[entries[i].rule].atoms) {
                if (atom.op == AtomOp::Eq && atom.path == *split) value = &atom.values.front();
            }
            if (value != nullptr) {
                by_value[*value].push_back(i);
            } else {
                open[i] = true;
            }
        }
    }
    // Within one value: pairs across different conclusion keys only.
    for (const auto& [value, group] : by_value) {
        std::map<std::string, std::vector<std::size_t>> by_key;
        for (std::size_t i : group) {
            if (!key[i].empty()) by_key[key[i]].push_back(i);
        }
        for (auto first = by_key.begin(); first != by_key.end(); ++first) {
            for (auto second = std::next(first); second != by_key.end(); ++second) {
                for (std::size_t i : first->second) {
                    for (std::size_t j : second->second) {
                        if (!visit(std::min(i, j), std::max(i, j))) return;
                    }
                }
            }
        }
    }
    // Entries not fixing the path meet every other entry (each pair once).
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!open[i] || key[i].empty()) continue;
        for (std::size_t j = 0; j < entries.size(); ++j) {
            if (j == i || key[j].empty() || key[j] == key[i] || (open[j] && j < i)) continue;
            if (!visit(std::min(i, j), std::max(i, j))) return;
        }
    }
}

/// True when the track's combine block declares `overlaps resolved`.
bool overlaps_resolved(const ir::Program& program, ir::TrackId track) {
    const auto& combine = program.tracks[track.index()].combine;
    return combine && program.combines[*combine].overlaps_resolved;
}

/// The lowest ordinal category of the first ladder that has one: the "no sanction" step, as the
/// evaluator's run-time conflict check reads it.
std::optional<ir::CategoryId> lowest_category(const ir::Program& program) {
    for (const ir::Ladder& ladder : program.ladders) {
        for (ir::CategoryId c : ladder.categories) {
            if (program.categories[c.index()].ordinal == 0u) return c;
        }
    }
    return std::nullopt;
}

/// True when the heaviest strategy settles a finding at this level against any other: an
/// ordinal category above the lowest. A "no sanction" finding next to a real level reads as an
/// exemption the strategy would override, and an outcome stands outside the order; the
/// evaluator reports both for review, so `overlaps resolved` does not cover them.
bool settled_by_strategy(const ir::Program& program, const std::optional<ir::CategoryId>& lowest,
                         const ir::Finding& finding) {
    const ir::Category& category = program.categories[finding.level.category.index()];
    return category.ordinal.has_value() && !(lowest && finding.level.category == *lowest);
}

/// Ends the search at its work limit, saying where, so a clean result is never mistaken for a
/// complete one.
void stop(const ir::Rule& at, std::size_t limit, base::DiagnosticSink& sink) {
    base::Diagnostic& d =
        sink.warning(codes::kConflictsUnchecked, at.name_span, base::msg("W5031", limit, at.name));
    d.hint = base::msg("W5031.hint");
}

}  // namespace

void check_conflicts(const ir::Program& program, base::DiagnosticSink& sink,
                     std::size_t max_comparisons) {
    std::vector<RuleView> views;
    for (const ir::Rule& rule : program.rules) {
        RuleView view;
        view.atoms = rule_atoms(program, rule);
        view.never = contradiction(view.atoms).has_value();
        // A contradiction past the atoms compared would go unseen, and a rule that never fires
        // "conflicts" with everything it implies: such rules are left out.
        view.too_long = view.atoms.size() > kMaxComparedAtoms;
        if (rule.binder) {
            view.collection = expr_text(program, rule.binder->collection);
            view.binder = rule.binder->var;
        }
        for (const ir::Relation& relation : rule.relations) {
            view.related.insert(view.related.end(), relation.targets.begin(),
                                relation.targets.end());
        }
        std::sort(view.related.begin(), view.related.end());
        for (const Atom& atom : view.atoms) view.weight += 1 + atom.values.size();
        views.push_back(std::move(view));
    }
    // Conclusions by target (a track, or a derived fact) and binder collection: only rules that
    // bind the same collection are compared.
    std::map<std::tuple<int, std::uint32_t, std::string>, std::vector<Entry>> by_target;
    for (std::size_t r = 0; r < program.rules.size(); ++r) {
        const auto& conclusions = program.rules[r].conclusions;
        const RuleView& view = views[r];
        for (std::size_t c = 0; c < conclusions.size(); ++c) {
            if (const auto* finding = std::get_if<ir::Finding>(&conclusions[c])) {
                by_target[{0, finding->track.value, view.collection}].push_back({r, c, {}, {}});
            } else if (const auto* set = std::get_if<ir::SetDerived>(&conclusions[c])) {
                Entry entry{r, c, {}, {}};
                for (ir::ExprId arg : set->args) {
                    entry.args.push_back(expr_text(program, arg, view.binder));
                }
                if (is_constant(program, set->value)) entry.value = expr_text(program, set->value);
                by_target[{1, set->derived.value, view.collection}].push_back(std::move(entry));
            }
        }
    }
    const std::optional<ir::CategoryId> lowest = lowest_category(program);
    std::set<std::pair<std::size_t, std::size_t>> reported;
    std::size_t spent = 0;
    bool stopped = false;
    for (const auto& [target, entries] : by_target) {
        if (stopped) return;
        // What each entry concludes, as compared by `differ`: the ladder step of a finding, the
        // constant a `set` assigns (a non-constant value never provably differs: empty key).
        // On a track declaring `overlaps resolved`, findings its strategy settles share one key
        // (with a space, so no level's text), so only pairs with a finding it does not settle
        // are compared.
        std::vector<std::string> key;
        for (const Entry& entry : entries) {
            const ir::Conclusion& c = program.rules[entry.rule].conclusions[entry.conclusion];
            if (const auto* finding = std::get_if<ir::Finding>(&c)) {
                bool settled = overlaps_resolved(program, finding->track) &&
                               settled_by_strategy(program, lowest, *finding);
                key.push_back(settled ? std::string(" settled")
                                      : level_text(program, finding->level));
            } else {
                key.push_back(entry.value.value_or(""));
            }
        }
        visit_candidate_pairs(entries, views, key, [&](std::size_t i, std::size_t j) {
            const Entry& ea = entries[i];
            const Entry& eb = entries[j];
            std::size_t ra = ea.rule;
            std::size_t rb = eb.rule;
            std::size_t ca = ea.conclusion;
            std::size_t cb = eb.conclusion;
            const ir::Rule& a = program.rules[ra];
            const ir::Rule& b = program.rules[rb];
            const RuleView& va = views[ra];
            const RuleView& vb = views[rb];
            if (sink.saturated()) {
                stopped = true;
                return false;
            }
            if (++spent > max_comparisons) {
                stop(a, max_comparisons, sink);
                stopped = true;
                return false;
            }
            if (ra == rb || reported.count({ra, rb}) > 0 || va.never || vb.never || va.too_long ||
                vb.too_long) {
                return true;
            }
            if (a.name == b.name && a.module == b.module) return true;  // versions
            if (related(va, ir::RuleId::from_index(rb)) ||
                related(vb, ir::RuleId::from_index(ra))) {
                return true;
            }
            if (a.in_force && b.in_force && !ir::overlaps(a.in_force->period, b.in_force->period)) {
                return true;
            }
            if (!differ(a.conclusions[ca], ea, b.conclusions[cb], eb)) return true;
            spent += cost(va, vb);
            if (spent > max_comparisons) {
                stop(a, max_comparisons, sink);
                stopped = true;
                return false;
            }
            bool b_specific = implied_by(va.atoms, vb.atoms);
            bool a_specific = !b_specific && implied_by(vb.atoms, va.atoms);
            if (!a_specific && !b_specific) return true;
            reported.insert({ra, rb});
            const ir::Rule& general = b_specific ? a : b;
            const ir::Rule& specific = b_specific ? b : a;
            const ir::Conclusion& g = b_specific ? a.conclusions[ca] : b.conclusions[cb];
            const ir::Conclusion& s = b_specific ? b.conclusions[cb] : a.conclusions[ca];
            base::Diagnostic& d = sink.error(codes::kConflict, specific.name_span,
                                             base::msg("E5030", general.name, specific.name));
            d.notes.push_back(
                {conclusion_span(g), base::msg("E5030.note", general.name, describe(program, g))});
            d.notes.push_back(
                {conclusion_span(s), base::msg("E5030.note", specific.name, describe(program, s))});
            d.hint = base::msg("E5030.hint", general.name, specific.name);
            return true;
        });
    }
}

}  // namespace netral::check
