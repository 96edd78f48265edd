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

/// The ranges both lists accept (each list's ranges may overlap one another).
std::vector<std::pair<std::int64_t, std::int64_t>> intersect(
    const std::vector<std::pair<std::int64_t, std::int64_t>>& a,
    const std::vector<std::pair<std::int64_t, std::int64_t>>& b) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (auto [a_low, a_high] : a) {
        for (auto [b_low, b_high] : b) {
            std::int64_t low = std::max(a_low, b_low);
            std::int64_t high = std::min(a_high, b_high);
            if (low <= high && std::find(out.begin(), out.end(), std::pair{low, high}) == out.end())
                out.emplace_back(low, high);
        }
    }
    return out;
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

namespace {

/// How much of a field's domain each test accepts: enum and bool fields by their values, other
/// fields by the span of the constants the rules compare them with.
struct Domain {
    std::int64_t low = kHighest;
    std::int64_t high = kLowest;
    double size() const {
        return low > high ? 1.0 : static_cast<double>(high) - static_cast<double>(low) + 1.0;
    }
};

/// The share of the domain `test` accepts, in (0, 1].
double selectivity(const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges,
                   const Domain& domain) {
    double accepted = 0;
    for (auto [low, high] : ranges) {
        std::int64_t from = std::max(low, domain.low);
        std::int64_t to = std::min(high, domain.high);
        accepted += from > to ? 0.5 : static_cast<double>(to) - static_cast<double>(from) + 1.0;
    }
    return std::min(1.0, accepted / domain.size());
}

}  // namespace

void RuleIndex::build(const ir::Program& p, const facts::Layout& layout,
                      const std::vector<ir::RuleId>& rules) {
    fields_.clear();
    checks_.assign(rules.size(), {});
    tests_.clear();
    ranges_.clear();
    unindexed_.clear();

    // Every rule's indexable tests, one per field (a second test on a field stays for
    // evaluation), and the domain of each field tested.
    std::vector<std::vector<Test>> tests(rules.size());
    std::map<std::uint32_t, Domain> domains;  // FieldId value → domain
    for (std::uint32_t pos = 0; pos < rules.size(); ++pos) {
        const ir::Rule& rule = p.rules[rules[pos].index()];
        if (!rule.binder) continue;
        std::vector<ir::ExprId> parts;
        if (rule.binder->filter) conjuncts(p, *rule.binder->filter, parts);
        if (rule.condition) conjuncts(p, *rule.condition, parts);
        for (ir::ExprId part : parts) {
            auto test = indexable(p, part, rule.binder->var);
            if (!test) continue;
            // Two tests on one field (`x >= 3 and x <= 7`) index as one: what both accept.
            auto same = std::find_if(tests[pos].begin(), tests[pos].end(),
                                     [&](const Test& t) { return t.field == test->field; });
            if (same != tests[pos].end()) {
                same->ranges = intersect(same->ranges, test->ranges);
                continue;
            }
            Domain& domain = domains[test->field.value];
            for (auto [low, high] : test->ranges) {
                if (low != kLowest) domain.low = std::min(domain.low, low);
                if (high != kHighest) domain.high = std::max(domain.high, high);
                if (low != kLowest) domain.high = std::max(domain.high, low);
                if (high != kHighest) domain.low = std::min(domain.low, high);
            }
            tests[pos].push_back(std::move(*test));
        }
    }
    for (auto& [field, domain] : domains) {
        const ir::Type& type = p.fields[field].type;
        if (type.kind == ir::TypeKind::Enum && type.ref != ir::Type::kNoRef) {
            domain = {0, static_cast<std::int64_t>(p.enums[type.ref].values.size()) - 1};
        } else if (type.kind == ir::TypeKind::Bool) {
            domain = {0, 1};
        }
    }

    std::map<std::uint32_t, std::size_t> field_at;  // FieldId value → fields_ index
    for (std::uint32_t pos = 0; pos < rules.size(); ++pos) {
        if (tests[pos].empty()) {
            unindexed_.push_back(pos);
            continue;
        }
        // The anchor: the test accepting the least of its domain; values before ranges, then
        // the earlier test, so the choice is deterministic.
        std::size_t anchor = 0;
        double best = 2;
        for (std::size_t t = 0; t < tests[pos].size(); ++t) {
            const Test& test = tests[pos][t];
            double share = selectivity(test.ranges, domains[test.field.value]);
            bool points = std::all_of(test.ranges.begin(), test.ranges.end(),
                                      [](auto r) { return r.first == r.second; });
            if (!points) share *= 1.0001;
            if (share < best) {
                best = share;
                anchor = t;
            }
        }
        const Test& chosen = tests[pos][anchor];
        auto [it, added] = field_at.try_emplace(chosen.field.value, fields_.size());
        if (added) {
            fields_.emplace_back();
            fields_.back().slot = layout.field_slot[chosen.field.index()];
        }
        FieldIndex& index = fields_[it->second];
        for (auto [low, high] : chosen.ranges) {
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
        checks_[pos].first = static_cast<std::uint32_t>(tests_.size());
        for (std::size_t t = 0; t < tests[pos].size(); ++t) {
            if (t == anchor) continue;
            const Test& test = tests[pos][t];
            tests_.push_back({layout.field_slot[test.field.index()],
                              static_cast<std::uint32_t>(ranges_.size()),
                              static_cast<std::uint32_t>(test.ranges.size())});
            ranges_.insert(ranges_.end(), test.ranges.begin(), test.ranges.end());
        }
        checks_[pos].count = static_cast<std::uint32_t>(tests_.size()) - checks_[pos].first;
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
    return checks_.size() - unindexed_.size() + tests_.size();
}

bool RuleIndex::passes_checks(const facts::Instance& element, std::uint32_t rule) const {
    const Check& check = checks_[rule];
    for (std::uint32_t t = check.first; t < check.first + check.count; ++t) {
        const TestRanges& test = tests_[t];
        std::int64_t key = 0;
        if (!index_key(element.slots[test.slot].value, key)) continue;  // evaluation decides
        bool inside = false;
        for (std::uint32_t r = test.first; r < test.first + test.count && !inside; ++r) {
            inside = ranges_[r].first <= key && key <= ranges_[r].second;
        }
        if (!inside) return false;
    }
    return true;
}

void RuleIndex::candidates(const facts::Instance& element, std::vector<std::uint32_t>& out) const {
    out.clear();
    auto hit = [&](std::uint32_t rule) {
        if (passes_checks(element, rule)) out.push_back(rule);
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
    out.insert(out.end(), unindexed_.begin(), unindexed_.end());
    std::sort(out.begin(), out.end());
}

}  // namespace netral::plan
