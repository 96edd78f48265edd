// SPDX-License-Identifier: Apache-2.0
// Recognising indexable tests and the arithmetic of their key sets (see indexable.hpp). Each
// recognised form mirrors the evaluator (eval/expr_eval.cpp) on a keyed value: comparisons of
// Int, Date and Enum values order by key, Bool values only compare for equality, `in a .. b`
// holds for ints and dates within the bounds, and `not`, `or` and `!=` take the complement or
// the union. Levels are left out: the evaluator orders them by rank, which distinct steps may
// share, so equality of keys is not equality of levels.
#include "plan/indexable.hpp"

#include <algorithm>
#include <limits>

namespace netral::plan {

namespace ir = check::ir;

namespace {

constexpr std::int64_t kLowest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kHighest = std::numeric_limits<std::int64_t>::max();

/// A constant's key, if the expression is a constant of a keyed kind.
std::optional<std::int64_t> constant_key(const ir::Program& p, ir::ExprId id) {
    const ir::Expr& e = p.expr(id);
    if (const auto* c = std::get_if<ir::EnumConst>(&e)) return c->value;
    if (const auto* c = std::get_if<ir::IntConst>(&e)) return c->value;
    if (const auto* c = std::get_if<ir::BoolConst>(&e)) return c->value ? 1 : 0;
    if (const auto* c = std::get_if<ir::DateConst>(&e)) return ir::to_days(c->value);
    return std::nullopt;
}

/// The value kind a keyed scalar of `type` has, if the type is keyed.
std::optional<facts::ValueKind> keyed_kind(const ir::Type& type) {
    switch (type.kind) {
        case ir::TypeKind::Bool:
            return facts::ValueKind::Bool;
        case ir::TypeKind::Int:
            return facts::ValueKind::Int;
        case ir::TypeKind::Date:
            return facts::ValueKind::Date;
        case ir::TypeKind::Enum:
            return facts::ValueKind::Enum;
        case ir::TypeKind::Error:
        case ir::TypeKind::Text:
        case ir::TypeKind::Period:
        case ir::TypeKind::IntRange:
        case ir::TypeKind::Record:
        case ir::TypeKind::Sanction:
        case ir::TypeKind::Set:
        case ir::TypeKind::List:
            return std::nullopt;
    }
    return std::nullopt;
}

/// The scalar an expression reads, when it reads one keyed scalar of the subject directly.
struct Operand {
    std::uint32_t id = 0;
    facts::ValueKind kind = facts::ValueKind::Int;
};

std::optional<Operand> subject_operand(const ir::Program& p, ir::ExprId id, Subject subject,
                                       ir::VarId var) {
    const ir::Expr& e = p.expr(id);
    switch (subject) {
        case Subject::Element: {
            const auto* member = std::get_if<ir::Member>(&e);
            if (member == nullptr || member->fields.size() != 1) return std::nullopt;
            const auto* ref = std::get_if<ir::VarRef>(&p.expr(member->object));
            if (ref == nullptr || ref->var != var) return std::nullopt;
            ir::FieldId field = member->fields.front();
            auto kind = keyed_kind(p.fields[field.index()].type);
            if (!kind) return std::nullopt;
            return Operand{field.value, *kind};
        }
        case Subject::Incident: {
            const auto* ref = std::get_if<ir::FactRef>(&e);
            if (ref == nullptr) return std::nullopt;
            auto kind = keyed_kind(p.facts[ref->fact.index()].type);
            if (!kind) return std::nullopt;
            return Operand{ref->fact.value, *kind};
        }
    }
    return std::nullopt;
}

KeyRanges normalize(KeyRanges ranges) {
    std::sort(ranges.begin(), ranges.end());
    KeyRanges out;
    for (auto [low, high] : ranges) {
        if (low > high) continue;
        if (!out.empty() && (out.back().second == kHighest || low <= out.back().second + 1)) {
            out.back().second = std::max(out.back().second, high);
        } else {
            out.emplace_back(low, high);
        }
    }
    return out;
}

KeyRanges complement(const KeyRanges& ranges) {
    KeyRanges out;
    std::int64_t next = kLowest;
    bool open = true;  // keys from `next` on are not yet covered
    for (auto [low, high] : ranges) {
        if (low > next) out.emplace_back(next, low - 1);
        if (high == kHighest) {
            open = false;
            break;
        }
        next = high + 1;
    }
    if (open) out.emplace_back(next, kHighest);
    return out;
}

std::optional<KeyTest> compare_test(const ir::Program& p, const ir::Compare& cmp, Subject subject,
                                    ir::VarId var) {
    auto operand = subject_operand(p, cmp.lhs, subject, var);
    auto key = constant_key(p, cmp.rhs);
    ir::CompareOp op = cmp.op;
    if (!operand || !key) {  // constant on the left: mirror the operator
        operand = subject_operand(p, cmp.rhs, subject, var);
        key = constant_key(p, cmp.lhs);
        if (!operand || !key) return std::nullopt;
        switch (op) {
            case ir::CompareOp::Lt:
                op = ir::CompareOp::Gt;
                break;
            case ir::CompareOp::Le:
                op = ir::CompareOp::Ge;
                break;
            case ir::CompareOp::Gt:
                op = ir::CompareOp::Lt;
                break;
            case ir::CompareOp::Ge:
                op = ir::CompareOp::Le;
                break;
            case ir::CompareOp::Eq:
            case ir::CompareOp::Ne:
                break;
        }
    }
    const std::int64_t k = *key;
    const bool ordered = operand->kind != facts::ValueKind::Bool;
    KeyTest test{operand->id, operand->kind, {}};
    switch (op) {
        case ir::CompareOp::Eq:
            test.keys = {{k, k}};
            return test;
        case ir::CompareOp::Ne:
            test.keys = complement({{k, k}});
            return test;
        case ir::CompareOp::Lt:
            if (!ordered) return std::nullopt;
            if (k != kLowest) test.keys = {{kLowest, k - 1}};
            return test;
        case ir::CompareOp::Le:
            if (!ordered) return std::nullopt;
            test.keys = {{kLowest, k}};
            return test;
        case ir::CompareOp::Gt:
            if (!ordered) return std::nullopt;
            if (k != kHighest) test.keys = {{k + 1, kHighest}};
            return test;
        case ir::CompareOp::Ge:
            if (!ordered) return std::nullopt;
            test.keys = {{k, kHighest}};
            return test;
    }
    return std::nullopt;
}

std::optional<KeyTest> in_test(const ir::Program& p, const ir::In& in, Subject subject,
                               ir::VarId var) {
    auto operand = subject_operand(p, in.element, subject, var);
    if (!operand) return std::nullopt;
    KeyTest test{operand->id, operand->kind, {}};
    const ir::Expr& container = p.expr(in.container);
    if (const auto* set = std::get_if<ir::SetOf>(&container)) {
        for (ir::ExprId element : set->elements) {
            auto key = constant_key(p, element);
            if (!key) return std::nullopt;
            test.keys.emplace_back(*key, *key);
        }
    } else if (const auto* range = std::get_if<ir::Range>(&container)) {
        // The evaluator decides `in a .. b` for ints and dates only.
        if (operand->kind != facts::ValueKind::Int && operand->kind != facts::ValueKind::Date) {
            return std::nullopt;
        }
        auto low = constant_key(p, range->low);
        auto high = constant_key(p, range->high);
        if (!low || !high) return std::nullopt;
        test.keys.emplace_back(*low, *high);
    } else {
        return std::nullopt;
    }
    test.keys = normalize(std::move(test.keys));
    if (in.negated) test.keys = complement(test.keys);
    return test;
}

}  // namespace

KeyRanges intersect(const KeyRanges& a, const KeyRanges& b) {
    KeyRanges out;
    for (auto [a_low, a_high] : a) {
        for (auto [b_low, b_high] : b) {
            std::int64_t low = std::max(a_low, b_low);
            std::int64_t high = std::min(a_high, b_high);
            if (low <= high) out.emplace_back(low, high);
        }
    }
    return normalize(std::move(out));
}

std::optional<KeyTest> key_test(const ir::Program& p, ir::ExprId id, Subject subject,
                                ir::VarId var) {
    const ir::Expr& e = p.expr(id);
    if (const auto* cmp = std::get_if<ir::Compare>(&e)) return compare_test(p, *cmp, subject, var);
    if (const auto* in = std::get_if<ir::In>(&e)) return in_test(p, *in, subject, var);
    if (const auto* negation = std::get_if<ir::Not>(&e)) {
        auto test = key_test(p, negation->operand, subject, var);
        if (test) test->keys = complement(test->keys);
        return test;
    }
    if (const auto* any = std::get_if<ir::Or>(&e)) {
        // Alternatives on one scalar: the union of their keys.
        std::optional<KeyTest> test;
        for (ir::ExprId operand : any->operands) {
            auto part = key_test(p, operand, subject, var);
            if (!part || (test && test->id != part->id)) return std::nullopt;
            if (!test) {
                test = std::move(part);
            } else {
                test->keys.insert(test->keys.end(), part->keys.begin(), part->keys.end());
            }
        }
        if (test) test->keys = normalize(std::move(test->keys));
        return test;
    }
    // A bare boolean scalar: holds when it is true.
    auto operand = subject_operand(p, id, subject, var);
    if (operand && operand->kind == facts::ValueKind::Bool) {
        return KeyTest{operand->id, operand->kind, {{1, 1}}};
    }
    return std::nullopt;
}

bool index_key(const facts::Value& value, facts::ValueKind kind, std::int64_t& key) {
    if (value.kind != kind) return false;
    switch (value.kind) {
        case facts::ValueKind::Bool:
            key = value.boolean ? 1 : 0;
            return true;
        case facts::ValueKind::Int:
            key = value.integer;
            return true;
        case facts::ValueKind::Enum:
            key = value.index;
            return true;
        case facts::ValueKind::Date:
            if (!value.days.exact()) return false;
            key = value.days.first;
            return true;
        case facts::ValueKind::Unknown:
        case facts::ValueKind::Text:
        case facts::ValueKind::Level:
        case facts::ValueKind::Record:
        case facts::ValueKind::List:
        case facts::ValueKind::Period:
        case facts::ValueKind::IntRange:
        case facts::ValueKind::Set:
            return false;
    }
    return false;
}

}  // namespace netral::plan
