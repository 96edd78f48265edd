// SPDX-License-Identifier: Apache-2.0
// Builds and queries the compiled match of rule_index.hpp.
#include "plan/rule_index.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <map>
#include <optional>

namespace netral::plan {

namespace ir = check::ir;

namespace {

constexpr std::int64_t kLowest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kHighest = std::numeric_limits<std::int64_t>::max();

/// The most bitset words one scalar may take (16 MiB). A scalar compared with more distinct
/// constants than that allows at this many rules is left to evaluation: its tests become
/// residual conjuncts, so memory stays bounded whatever the rules compare with.
constexpr std::size_t kMaxScalarWords = std::size_t{1} << 21;

/// What a slot past the end of a subject's slots holds.
constexpr facts::Slot kNoSlot{};

void conjuncts(const ir::Program& p, ir::ExprId id, std::vector<ir::ExprId>& out) {
    if (const auto* conj = std::get_if<ir::And>(&p.expr(id))) {
        for (ir::ExprId operand : conj->operands) conjuncts(p, operand, out);
        return;
    }
    out.push_back(id);
}

/// A conjunct of a rule and, when it is a recognised test, the scalar it tests.
struct Part {
    ir::ExprId expr;
    std::optional<std::uint32_t> scalar;  ///< id of the scalar tested (KeyTest::id)
};

/// What all the rules' tests on one scalar need.
struct ScalarTests {
    facts::ValueKind kind = facts::ValueKind::Int;
    std::vector<std::pair<std::uint32_t, KeyRanges>> tests;  ///< (position, keys), one per rule
    std::vector<std::int64_t> cuts;
};

std::size_t interval_of(const std::vector<std::int64_t>& cuts, std::int64_t key) {
    return static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), key) - cuts.begin());
}

}  // namespace

void RuleIndex::build(const ir::Program& p, const facts::Layout& layout,
                      const std::vector<ir::RuleId>& rules, Subject subject) {
    rule_count_ = rules.size();
    words_ = (rule_count_ + 63) / 64;
    test_count_ = 0;
    scalars_.clear();
    bits_.clear();
    residual_.clear();
    residual_first_.clear();

    // Every rule's conjuncts; the tests on one scalar of one rule index as one, the keys all
    // of them accept (`x >= 3 and x <= 7`).
    std::vector<std::vector<Part>> parts(rules.size());
    std::map<std::uint32_t, ScalarTests> by_scalar;  // scalar id → its tests
    for (std::uint32_t pos = 0; pos < rules.size(); ++pos) {
        const ir::Rule& rule = p.rules[rules[pos].index()];
        std::vector<ir::ExprId> exprs;
        if (rule.binder && rule.binder->filter) conjuncts(p, *rule.binder->filter, exprs);
        if (rule.condition) conjuncts(p, *rule.condition, exprs);
        const bool bound = subject == Subject::Incident || rule.binder.has_value();
        const ir::VarId var = rule.binder ? rule.binder->var : ir::VarId{};
        for (ir::ExprId expr : exprs) {
            std::optional<KeyTest> test;
            if (bound) test = key_test(p, expr, subject, var);
            if (!test) {
                parts[pos].push_back({expr, std::nullopt});
                continue;
            }
            parts[pos].push_back({expr, test->id});
            ScalarTests& scalar = by_scalar[test->id];
            scalar.kind = test->kind;
            if (!scalar.tests.empty() && scalar.tests.back().first == pos) {
                scalar.tests.back().second = intersect(scalar.tests.back().second, test->keys);
            } else {
                scalar.tests.emplace_back(pos, std::move(test->keys));
            }
        }
    }

    // The cuts of each scalar; one too finely cut for its memory share is not indexed.
    for (auto it = by_scalar.begin(); it != by_scalar.end();) {
        std::vector<std::int64_t>& cuts = it->second.cuts;
        for (const auto& [pos, keys] : it->second.tests) {
            for (auto [low, high] : keys) {
                if (low != kLowest) cuts.push_back(low);
                if (high != kHighest) cuts.push_back(high + 1);
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        if ((cuts.size() + 2) * words_ > kMaxScalarWords) {
            it = by_scalar.erase(it);
        } else {
            ++it;
        }
    }

    residual_first_.push_back(0);
    for (std::uint32_t pos = 0; pos < rules.size(); ++pos) {
        for (const Part& part : parts[pos]) {
            if (!part.scalar || by_scalar.count(*part.scalar) == 0) residual_.push_back(part.expr);
        }
        residual_first_.push_back(static_cast<std::uint32_t>(residual_.size()));
    }

    // Row 0: every rule. Then per scalar a row per interval and the row of rules testing it.
    bits_.assign(words_, ~std::uint64_t{0});
    if (rule_count_ % 64 != 0) bits_.back() = (std::uint64_t{1} << (rule_count_ % 64)) - 1;
    auto set = [&](std::size_t row, std::uint32_t pos) {
        bits_[row * words_ + pos / 64] |= std::uint64_t{1} << (pos % 64);
    };
    for (auto& [id, tests] : by_scalar) {
        Scalar scalar;
        scalar.kind = tests.kind;
        if (subject == Subject::Element) {
            scalar.slot = layout.field_slot[id];
            scalar.computed_default = p.fields[id].default_value.has_value();
        } else {
            scalar.slot = id;
            scalar.computed_default = p.facts[id].default_value.has_value();
        }
        scalar.cuts = std::move(tests.cuts);
        const std::size_t intervals = scalar.cuts.size() + 1;
        scalar.first_row = bits_.size() / words_;
        const std::size_t tested = scalar.first_row + intervals;
        bits_.resize(bits_.size() + (intervals + 1) * words_, 0);
        for (const auto& [pos, keys] : tests.tests) set(tested, pos);
        // Untested rules pass everywhere; a tested rule where one of its key ranges lies.
        for (std::size_t i = 0; i < intervals; ++i) {
            for (std::size_t w = 0; w < words_; ++w) {
                bits_[(scalar.first_row + i) * words_ + w] = bits_[w] & ~bits_[tested * words_ + w];
            }
        }
        for (const auto& [pos, keys] : tests.tests) {
            for (auto [low, high] : keys) {
                std::size_t last = interval_of(scalar.cuts, high);
                for (std::size_t i = interval_of(scalar.cuts, low); i <= last; ++i) {
                    set(scalar.first_row + i, pos);
                }
            }
        }
        test_count_ += tests.tests.size();
        scalars_.push_back(std::move(scalar));
    }
}

std::size_t RuleIndex::interval_count() const {
    std::size_t total = 0;
    for (const Scalar& scalar : scalars_) total += scalar.cuts.size() + 1;
    return total;
}

void RuleIndex::candidates(const std::vector<facts::Slot>& slots, std::vector<Candidate>& out,
                           std::vector<std::uint64_t>& words) const {
    out.clear();
    // words: the candidates, then the rules reading unknown values, then those to evaluate whole.
    words.assign(3 * words_, 0);
    std::uint64_t* all = words.data();
    std::uint64_t* unknown = all + words_;
    std::uint64_t* whole = unknown + words_;
    std::copy(row(0), row(0) + words_, all);
    bool uncertain = false;
    for (const Scalar& scalar : scalars_) {
        // Slots that stop short of the layout read as unknown, never past their end.
        const facts::Slot& slot = scalar.slot < slots.size() ? slots[scalar.slot] : kNoSlot;
        std::int64_t key = 0;
        if (index_key(slot.value, scalar.kind, key)) {
            const std::uint64_t* bits = row(scalar.first_row + interval_of(scalar.cuts, key));
            for (std::size_t w = 0; w < words_; ++w) all[w] &= bits[w];
            continue;
        }
        // Mirrors Evaluator::field_value / fact_value: an absent value may take a default.
        const bool computed = slot.value.is_unknown() &&
                              slot.origin.kind == facts::OriginKind::Default &&
                              scalar.computed_default;
        std::uint64_t* mask = slot.value.is_unknown() && !computed ? unknown : whole;
        const std::uint64_t* tested = row(scalar.first_row + scalar.cuts.size() + 1);
        for (std::size_t w = 0; w < words_; ++w) mask[w] |= tested[w];
        uncertain = true;
    }
    for (std::size_t w = 0; w < words_; ++w) {
        for (std::uint64_t bits = all[w]; bits != 0; bits &= bits - 1) {
            const int bit = std::countr_zero(bits);
            const std::uint64_t one = std::uint64_t{1} << bit;
            Match match = Match::Holds;
            if (uncertain) {
                if ((whole[w] & one) != 0) {
                    match = Match::Whole;
                } else if ((unknown[w] & one) != 0) {
                    match = Match::Unknown;
                }
            }
            out.push_back({static_cast<std::uint32_t>(w * 64 + bit), match});
        }
    }
}

}  // namespace netral::plan
