// SPDX-License-Identifier: Apache-2.0
// Normalization of conditions into atoms, and the two questions asked of atoms: can two of
// them hold together, and does one imply the other. Every answer errs on the side of "unknown"
// (no contradiction, no implication), so the analyses only report what is provable.
#include "check/atoms.hpp"

#include <algorithm>
#include <limits>

#include "check/expr_text.hpp"
#include "check/ir_walk.hpp"

namespace netral::check {

namespace {

bool ordered(ir::TypeKind kind) {
    return kind == ir::TypeKind::Int || kind == ir::TypeKind::Date || kind == ir::TypeKind::Enum;
}

std::optional<Constant> constant_of(const ir::Program& program, ir::ExprId id) {
    const ir::Expr& expr = program.expr(id);
    if (const auto* b = std::get_if<ir::BoolConst>(&expr)) {
        return Constant{ir::TypeKind::Bool, ir::Type::kNoRef, b->value ? 1 : 0, {}};
    }
    if (const auto* i = std::get_if<ir::IntConst>(&expr)) {
        return Constant{ir::TypeKind::Int, ir::Type::kNoRef, i->value, {}};
    }
    if (const auto* d = std::get_if<ir::DateConst>(&expr)) {
        return Constant{ir::TypeKind::Date, ir::Type::kNoRef, ir::to_days(d->value), {}};
    }
    if (const auto* e = std::get_if<ir::EnumConst>(&expr)) {
        return Constant{ir::TypeKind::Enum, e->type.value, e->value, {}};
    }
    if (const auto* t = std::get_if<ir::TextConst>(&expr)) {
        return Constant{ir::TypeKind::Text, ir::Type::kNoRef, 0, t->value};
    }
    if (const auto* l = std::get_if<ir::LevelConst>(&expr)) {
        ir::LadderId ladder = program.categories[l->level.category.index()].ladder;
        return Constant{ir::TypeKind::Sanction, ladder.value, 0, level_text(program, l->level)};
    }
    return std::nullopt;
}

Constant boolean(bool value) { return {ir::TypeKind::Bool, ir::Type::kNoRef, value ? 1 : 0, {}}; }

class Normalizer {
public:
    Normalizer(const ir::Program& program, std::optional<ir::VarId> binder, std::vector<Atom>& out)
        : program_(program), binder_(binder), out_(out) {}

    void add(ir::ExprId id, bool negated) {
        const ir::Expr& expr = program_.expr(id);
        if (const auto* n = std::get_if<ir::Not>(&expr)) return add(n->operand, !negated);
        if (const auto* a = std::get_if<ir::And>(&expr); a != nullptr && !negated) {
            for (ir::ExprId operand : a->operands) add(operand, false);
            return;
        }
        // A conjunct that failed to check says nothing: every Invalid part prints alike, so as
        // an atom it would contradict or imply unrelated failed conjuncts. Leaving it out only
        // weakens the analyses (fewer contradictions), which also run after errors.
        if (has_invalid(id)) return;
        if (const auto* c = std::get_if<ir::Compare>(&expr)) {
            if (add_compare(*c, negated, id)) return;
        }
        if (const auto* in = std::get_if<ir::In>(&expr)) {
            if (add_in(*in, negated != in->negated, id)) return;
        }
        opaque(id, negated);
    }

private:
    bool has_invalid(ir::ExprId id) const {
        bool found = false;
        for_each_node<ir::Invalid>(program_, id, [&](ir::ExprId, const ir::Invalid&) {
            found = true;
        });
        return found;
    }

    void opaque(ir::ExprId id, bool negated) {
        out_.push_back({text(id), AtomOp::Eq, {boolean(!negated)}, id});
    }
    std::string text(ir::ExprId id) const { return expr_text(program_, id, binder_); }

    bool add_compare(const ir::Compare& compare, bool negated, ir::ExprId id) {
        auto left = constant_of(program_, compare.lhs);
        auto right = constant_of(program_, compare.rhs);
        if (left.has_value() == right.has_value()) return false;
        ir::CompareOp op = compare.op;
        ir::ExprId path = compare.lhs;
        Constant value = right ? *right : *left;
        if (left) {  // constant on the left: mirror the operator
            path = compare.rhs;
            if (op == ir::CompareOp::Lt)
                op = ir::CompareOp::Gt;
            else if (op == ir::CompareOp::Le)
                op = ir::CompareOp::Ge;
            else if (op == ir::CompareOp::Gt)
                op = ir::CompareOp::Lt;
            else if (op == ir::CompareOp::Ge)
                op = ir::CompareOp::Le;
        }
        if (negated) {
            switch (op) {
                case ir::CompareOp::Eq:
                    op = ir::CompareOp::Ne;
                    break;
                case ir::CompareOp::Ne:
                    op = ir::CompareOp::Eq;
                    break;
                case ir::CompareOp::Lt:
                    op = ir::CompareOp::Ge;
                    break;
                case ir::CompareOp::Le:
                    op = ir::CompareOp::Gt;
                    break;
                case ir::CompareOp::Gt:
                    op = ir::CompareOp::Le;
                    break;
                case ir::CompareOp::Ge:
                    op = ir::CompareOp::Lt;
                    break;
            }
        }
        if (value.kind == ir::TypeKind::Bool && op == ir::CompareOp::Ne) {
            op = ir::CompareOp::Eq;
            value.number = 1 - value.number;
        }
        Atom atom{text(path), AtomOp::Eq, {value}, id};
        switch (op) {
            case ir::CompareOp::Eq:
                break;
            case ir::CompareOp::Ne:
                atom.op = AtomOp::Ne;
                break;
            default: {
                if (!ordered(value.kind)) return false;
                bool lower = op == ir::CompareOp::Gt || op == ir::CompareOp::Ge;
                atom.op = lower ? AtomOp::Lower : AtomOp::Upper;
                // Strict bounds become inclusive ones; at the ends of int64 no such bound exists
                // (`x > 9223372036854775807`), and the conjunct stays opaque.
                std::int64_t& bound = atom.values[0].number;
                constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
                constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
                if (op == ir::CompareOp::Gt && bound == kMax) return false;
                if (op == ir::CompareOp::Lt && bound == kMin) return false;
                if (op == ir::CompareOp::Gt) bound += 1;
                if (op == ir::CompareOp::Lt) bound -= 1;
            }
        }
        out_.push_back(std::move(atom));
        return true;
    }

    bool add_in(const ir::In& in, bool negated, ir::ExprId id) {
        if (constant_of(program_, in.element)) return false;
        const ir::Expr& container = program_.expr(in.container);
        if (const auto* set = std::get_if<ir::SetOf>(&container)) {
            Atom atom{text(in.element), negated ? AtomOp::NotIn : AtomOp::In, {}, id};
            for (ir::ExprId element : set->elements) {
                auto value = constant_of(program_, element);
                if (!value) return false;
                atom.values.push_back(std::move(*value));
            }
            // Sorted and unique, so lookups are binary searches (a set of thousands of elements
            // was deduplicated and searched linearly: quadratic).
            std::sort(atom.values.begin(), atom.values.end());
            atom.values.erase(std::unique(atom.values.begin(), atom.values.end()),
                              atom.values.end());
            out_.push_back(std::move(atom));
            return true;
        }
        if (const auto* range = std::get_if<ir::Range>(&container); range != nullptr && !negated) {
            auto low = constant_of(program_, range->low);
            auto high = constant_of(program_, range->high);
            if (!low || !high || !ordered(low->kind)) return false;
            out_.push_back({text(in.element), AtomOp::Lower, {*low}, id});
            out_.push_back({text(in.element), AtomOp::Upper, {*high}, id});
            return true;
        }
        return false;
    }

    const ir::Program& program_;
    std::optional<ir::VarId> binder_;
    std::vector<Atom>& out_;
};

/// Whether the sorted `values` hold `value`.
bool contains(const std::vector<Constant>& values, const Constant& value) {
    return std::binary_search(values.begin(), values.end(), value);
}

/// Whether `value` satisfies `atom`; none when that cannot be told (kinds differ).
std::optional<bool> satisfies(const Constant& value, const Atom& atom) {
    const Constant& bound = atom.values.empty() ? value : atom.values.front();
    switch (atom.op) {
        case AtomOp::Eq:
            return value == bound;
        case AtomOp::Ne:
            return !(value == bound);
        case AtomOp::In:
            return contains(atom.values, value);
        case AtomOp::NotIn:
            return !contains(atom.values, value);
        case AtomOp::Lower:
        case AtomOp::Upper:
            if (value.kind != bound.kind || value.ref != bound.ref || !ordered(value.kind)) {
                return std::nullopt;
            }
            return atom.op == AtomOp::Lower ? value.number >= bound.number
                                            : value.number <= bound.number;
    }
    return std::nullopt;
}

/// Whether every value in `values` satisfies (want = true) or fails (want = false) `atom`.
bool all_are(const std::vector<Constant>& values, const Atom& atom, bool want) {
    return std::all_of(values.begin(), values.end(), [&](const Constant& value) {
        auto result = satisfies(value, atom);
        return result && *result == want;
    });
}

bool conflicting(const Atom& a, const Atom& b) {
    if (a.op == AtomOp::Eq) return satisfies(a.values.front(), b) == std::optional<bool>(false);
    if (b.op == AtomOp::Eq) return satisfies(b.values.front(), a) == std::optional<bool>(false);
    if (a.op == AtomOp::In) return all_are(a.values, b, false);
    if (b.op == AtomOp::In) return all_are(b.values, a, false);
    if (a.op == AtomOp::Lower && b.op == AtomOp::Upper) {
        return satisfies(a.values.front(), b) == std::optional<bool>(false);
    }
    if (a.op == AtomOp::Upper && b.op == AtomOp::Lower) {
        return satisfies(b.values.front(), a) == std::optional<bool>(false);
    }
    return false;
}

}  // namespace

std::vector<Atom> atoms_of(const ir::Program& program, std::optional<ir::ExprId> filter,
                           std::optional<ir::ExprId> condition, std::optional<ir::VarId> binder) {
    std::vector<Atom> out;
    Normalizer normalizer(program, binder, out);
    if (filter) normalizer.add(*filter, false);
    if (condition) normalizer.add(*condition, false);
    return out;
}

std::vector<Atom> rule_atoms(const ir::Program& program, const ir::Rule& rule) {
    std::optional<ir::ExprId> filter;
    std::optional<ir::VarId> var;
    if (rule.binder) {
        filter = rule.binder->filter;
        var = rule.binder->var;
    }
    return atoms_of(program, filter, rule.condition, var);
}

std::optional<std::pair<std::size_t, std::size_t>> contradiction(const std::vector<Atom>& atoms) {
    return contradiction(atoms, {});
}

std::optional<std::pair<std::size_t, std::size_t>> contradiction(const std::vector<Atom>& first,
                                                                 const std::vector<Atom>& second) {
    auto at = [&](std::size_t i) -> const Atom& {
        return i < first.size() ? first[i] : second[i - first.size()];
    };
    std::size_t compared = std::min(first.size() + second.size(), kMaxComparedAtoms);
    for (std::size_t i = 0; i < compared; ++i) {
        for (std::size_t j = i + 1; j < compared; ++j) {
            if (at(i).path == at(j).path && conflicting(at(i), at(j))) return std::pair{i, j};
        }
    }
    return std::nullopt;
}

bool implies(const Atom& specific, const Atom& general) {
    if (specific.path != general.path) return false;
    if (specific.same_as(general)) return true;
    switch (specific.op) {
        case AtomOp::Eq:
            return satisfies(specific.values.front(), general) == std::optional(true);
        case AtomOp::In:
            return all_are(specific.values, general, true);
        case AtomOp::NotIn:
            // x ∉ S implies x ∉ G when G ⊆ S, and x ≠ v when v ∈ S.
            if (general.op == AtomOp::NotIn) {
                return std::all_of(general.values.begin(), general.values.end(),
                                   [&](const Constant& v) { return contains(specific.values, v); });
            }
            return general.op == AtomOp::Ne && contains(specific.values, general.values.front());
        case AtomOp::Ne:
            return general.op == AtomOp::NotIn && general.values.size() == 1 &&
                   general.values.front() == specific.values.front();
        case AtomOp::Lower:
        case AtomOp::Upper: {
            // x >= L implies x >= L' when L >= L' (and x ≠ v for v < L); likewise for upper.
            const Constant& bound = specific.values.front();
            if (general.op == specific.op) {
                return satisfies(bound, general) == std::optional(true);
            }
            if (general.op == AtomOp::Ne || general.op == AtomOp::NotIn) {
                return all_are(general.values, specific, false);
            }
            return false;
        }
    }
    return false;
}

}  // namespace netral::check
