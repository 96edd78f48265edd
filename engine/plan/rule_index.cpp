// SPDX-License-Identifier: Apache-2.0
// Builds and queries the counting index of rule_index.hpp.
#include "plan/rule_index.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

namespace netral::plan {

namespace ir = check::ir;

namespace {

constexpr std::int64_t kLowest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kHighest = std::numeric_limits<std::int64_t>::max();

/// A constant's index key, if the expression is a constant scalar.
std::optional<std::int64_t> constant_key(const ir::Program& p, ir::ExprId id) {
    const ir::Expr& e = p.expr(id);
    if (const auto* c = std::get_if<ir::EnumConst>(&e)) return c->value;
    if (const auto* c = std::get_if<ir::IntConst>(&e)) return c->value;
    if (const auto* c = std::get_if<ir::BoolConst>(&e)) return c->value ? 1 : 0;
    if (const auto* c = std::get_if<ir::DateConst>(&e)) return ir::to_days(c->value);
    if (const auto* c = std::get_if<ir::LevelConst>(&e)) {
        facts::Value v = facts::Value::of_level(
            c->level.category.value,
            c->level.sanction ? c->level.sanction->value : facts::kNoSanction);
        std::int64_t key = 0;
        index_key(v, key);
        return key;
    }
    return std::nullopt;
}

/// The field a `var.field` expression reads, when it reads exactly one field of `var`.
std::optional<ir::FieldId> bound_field(const ir::Program& p, ir::ExprId id, ir::VarId var) {
    const auto* member = std::get_if<ir::Member>(&p.expr(id));
    if (member == nullptr || member->fields.size() != 1) return std::nullopt;
    const auto* ref = std::get_if<ir::VarRef>(&p.expr(member->object));
    if (ref == nullptr || ref->var != var) return std::nullopt;
    return member->fields.front();
}

struct Test {
    ir::FieldId field;
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;  ///< accepted [low, high]
};

/// Recognises an indexable conjunct.
std::optional<Test> indexable(const ir::Program& p, ir::ExprId id, ir::VarId var) {
    const ir::Expr& e = p.expr(id);
    if (const auto* cmp = std::get_if<ir::Compare>(&e)) {
        auto field = bound_field(p, cmp->lhs, var);
        auto key = constant_key(p, cmp->rhs);
        ir::CompareOp op = cmp->op;
        if (!field || !key) {  // constant on the left: mirror the operator
            field = bound_field(p, cmp->rhs, var);
            key = constant_key(p, cmp->lhs);
            if (!field || !key) return std::nullopt;
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
                default:
                    break;
            }
        }
        ir::TypeKind kind = p.type_of(cmp->lhs).kind;
        bool ordered_as_key =
            kind == ir::TypeKind::Int || kind == ir::TypeKind::Date || kind == ir::TypeKind::Enum;
        std::int64_t k = *key;
        switch (op) {
            case ir::CompareOp::Eq:
                return Test{*field, {{k, k}}};
            case ir::CompareOp::Ne:
                return std::nullopt;
            case ir::CompareOp::Lt:
                if (!ordered_as_key || k == kLowest) return std::nullopt;
                return Test{*field, {{kLowest, k - 1}}};
            case ir::CompareOp::Le:
                if (!ordered_as_key) return std::nullopt;
                return Test{*field, {{kLowest, k}}};
            case ir::CompareOp::Gt:
                if (!ordered_as_key || k == kHighest) return std::nullopt;
                return Test{*field, {{k + 1, kHighest}}};
            case ir::CompareOp::Ge:
                if (!ordered_as_key) return std::nullopt;
                return Test{*field, {{k, kHighest}}};
        }
        return std::nullopt;
    }
    if (const auto* in = std::get_if<ir::In>(&e)) {
        if (in->negated) return std::nullopt;
        auto field = bound_field(p, in->element, var);
        if (!field) return std::nullopt;
        const ir::Expr& container = p.expr(in->container);
        Test test{*field, {}};
        if (const auto* set = std::get_if<ir::SetOf>(&container)) {
            for (ir::ExprId element : set->elements) {
                auto key = constant_key(p, element);
                if (!key) return std::nullopt;
                test.ranges.emplace_back(*key, *key);
            }
            return test;
        }
        if (const auto* range = std::get_if<ir::Range>(&container)) {
            auto low = constant_key(p, range->low);
            auto high = constant_key(p, range->high);
            if (!low || !high) return std::nullopt;
            test.ranges.emplace_back(*low, *high);
            return test;
        }
    }
    return std::nullopt;
}

void conjuncts(const ir::Program& p, ir::ExprId id, std::vector<ir::ExprId>& out) {
    if (const auto* conj = std::get_if<ir::And>(&p.expr(id))) {
        for (ir::ExprId operand : conj->operands) conjuncts(p, operand, out);
        return;
    }
    out.push_back(id);
}

}  // namespace

bool index_key(const facts::Value& value, std::int64_t& key) {
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
        case facts::ValueKind::Level:
            key = (static_cast<std::int64_t>(value.index) << 32) |
                  static_cast<std::int64_t>(value.sanction);
            return true;
        default:
            return false;
    }
}

void RuleIndex::build(const ir::Program& p, const facts::Layout& layout,
                      const std::vector<ir::RuleId>& rules) {
    fields_.clear();
    required_.assign(rules.size(), 0);
    unindexed_.clear();
    std::map<std::uint32_t, std::size_t> field_at;  // FieldId value → fields_ index
    for (std::uint32_t pos = 0; pos < rules.size(); ++pos) {
        const ir::Rule& rule = p.rules[rules[pos].index()];
        std::vector<ir::ExprId> parts;
        if (rule.binder && rule.binder->filter) conjuncts(p, *rule.binder->filter, parts);
        if (rule.condition) conjuncts(p, *rule.condition, parts);
        std::vector<std::uint32_t> seen_fields;
        for (ir::ExprId part : parts) {
            if (!rule.binder) break;
            auto test = indexable(p, part, rule.binder->var);
            if (!test) continue;
            // One test per field and rule: a second test on the field stays for evaluation.
            if (std::find(seen_fields.begin(), seen_fields.end(), test->field.value) !=
                seen_fields.end()) {
                continue;
            }
            seen_fields.push_back(test->field.value);
            auto [it, added] = field_at.try_emplace(test->field.value, fields_.size());
            if (added) {
                fields_.emplace_back();
                fields_.back().slot = layout.field_slot[test->field.index()];
            }
            FieldIndex& index = fields_[it->second];
            for (auto [low, high] : test->ranges) {
                Posting posting{low, high, pos};
                if (low == high) {
                    index.points.push_back(posting);
                } else {
                    index.ranges.push_back(posting);
                    // Saturating: an open-ended range makes the scan bound meaningless anyway.
                    std::int64_t width = kHighest;
                    if (low >= 0 || high < kHighest + low) width = high - low;
                    index.max_width = std::max(index.max_width, width);
                }
            }
            index.rules.push_back(pos);
            ++required_[pos];
        }
        if (required_[pos] == 0) unindexed_.push_back(pos);
    }
    auto by_low = [](const Posting& a, const Posting& b) {
        return a.low != b.low ? a.low < b.low : a.rule < b.rule;
    };
    for (FieldIndex& index : fields_) {
        std::sort(index.points.begin(), index.points.end(), by_low);
        std::sort(index.ranges.begin(), index.ranges.end(), by_low);
        // A set listing one value twice must count once.
        index.points.erase(std::unique(index.points.begin(), index.points.end(),
                                       [](const Posting& a, const Posting& b) {
                                           return a.low == b.low && a.rule == b.rule;
                                       }),
                           index.points.end());
    }
}

std::size_t RuleIndex::test_count() const {
    std::size_t n = 0;
    for (const FieldIndex& index : fields_) n += index.rules.size();
    return n;
}

void RuleIndex::candidates(const facts::Instance& element, IndexScratch& scratch,
                           std::vector<std::uint32_t>& out) const {
    out.clear();
    if (scratch.counters.size() < required_.size()) scratch.counters.resize(required_.size(), 0);
    auto hit = [&](std::uint32_t rule) {
        if (scratch.counters[rule]++ == 0) scratch.touched.push_back(rule);
        if (scratch.counters[rule] == required_[rule]) out.push_back(rule);
    };
    for (const FieldIndex& index : fields_) {
        std::int64_t key = 0;
        if (!index_key(element.slots[index.slot].value, key)) {
            for (std::uint32_t rule : index.rules) hit(rule);
            continue;
        }
        auto first = std::lower_bound(index.points.begin(), index.points.end(), key,
                                      [](const Posting& p, std::int64_t k) { return p.low < k; });
        for (auto it = first; it != index.points.end() && it->low == key; ++it) hit(it->rule);
        if (index.ranges.empty()) continue;
        // Ranges starting after key cannot hold it; those starting more than max_width before
        // it cannot reach it.
        auto end = std::upper_bound(index.ranges.begin(), index.ranges.end(), key,
                                    [](std::int64_t k, const Posting& p) { return k < p.low; });
        auto begin = index.ranges.begin();
        // A saturated width (an open-ended range) bounds nothing: scan from the start.
        if (index.max_width != kHighest && key > kLowest + index.max_width) {
            std::int64_t from = key - index.max_width;
            begin = std::lower_bound(index.ranges.begin(), end, from,
                                     [](const Posting& p, std::int64_t k) { return p.low < k; });
        }
        for (auto it = begin; it != end; ++it) {
            if (it->high >= key) hit(it->rule);
        }
    }
    for (std::uint32_t rule : scratch.touched) scratch.counters[rule] = 0;
    scratch.touched.clear();
    out.insert(out.end(), unindexed_.begin(), unindexed_.end());
    std::sort(out.begin(), out.end());
}

}  // namespace netral::plan
