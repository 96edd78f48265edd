// SPDX-License-Identifier: Apache-2.0
// A compiled match over the rules of one group: those ranging over one collection, or those
// over the incident's top-level facts (whose one "element" is the incident). Every conjunct
// that tests one scalar of the subject against constants (plan/indexable.hpp) is compiled
// away: for each scalar tested, its domain is split at the constants the rules compare it
// with, and each interval holds the bitset of the rules whose tests on that scalar hold there
// (a rule that does not test the scalar has its bit set everywhere). An element's candidates
// are the AND of its scalars' bitsets: a few word operations per 64 rules, whatever the shape
// of the tests. Only the residual conjuncts (derived facts, relations between fields,
// quantifiers…) are evaluated per candidate.
//
// Three-valued logic stays exact. A scalar whose value is unknown makes each test on it
// unknown: it narrows nothing, and a candidate testing it is at most unknown. A scalar the
// index cannot key (an inexact date, a default to compute, a value of another kind) narrows
// nothing either, and a candidate testing it is evaluated whole, as if there were no index.
#pragma once

#include <cstdint>
#include <vector>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "plan/indexable.hpp"

namespace netral::plan {

/// How much of a candidate the index decided.
enum class Match : std::uint8_t {
    Holds,    ///< every indexed test holds: its truth is that of the residual conjuncts
    Unknown,  ///< no indexed test fails, some read unknown values: at most unknown
    Whole,    ///< an indexed test reads a value the index cannot key: evaluate the whole rule
};

/// A rule that may hold for an element.
struct Candidate {
    std::uint32_t position = 0;  ///< into the rules given to RuleIndex::build
    Match match = Match::Holds;
};

class RuleIndex {
public:
    /// Compiles the `where` and `when` conjuncts of `rules` (all of one group) that test the
    /// subject against constants. For Subject::Element every rule has a binder.
    void build(const check::ir::Program& program, const facts::Layout& layout,
               const std::vector<check::ir::RuleId>& rules, Subject subject);

    /// Replaces `out` with the rules that may hold for the subject whose slots are `slots` (an
    /// element's, or Incident::facts), in increasing position. `words` is scratch space, kept
    /// by the caller so that repeated calls do not allocate. Thread-safe (const).
    void candidates(const std::vector<facts::Slot>& slots, std::vector<Candidate>& out,
                    std::vector<std::uint64_t>& words) const;

    /// The conjuncts of the rule at `position` left to evaluate when it is a candidate with
    /// Match::Holds or Match::Unknown, in source order (`where` first, then `when`).
    const check::ir::ExprId* residual_begin(std::uint32_t position) const {
        return residual_.data() + residual_first_[position];
    }
    const check::ir::ExprId* residual_end(std::uint32_t position) const {
        return residual_.data() + residual_first_[position + 1];
    }

    std::size_t rule_count() const { return rule_count_; }
    /// Number of compiled tests (for plan dumps, tests and benchmarks).
    std::size_t test_count() const { return test_count_; }
    /// Number of scalars tested, and of intervals over all of them.
    std::size_t scalar_count() const { return scalars_.size(); }
    std::size_t interval_count() const;

private:
    /// One scalar tested by some rule.
    struct Scalar {
        std::uint32_t slot = 0;                         ///< into the subject's slots
        facts::ValueKind kind = facts::ValueKind::Int;  ///< a keyed value's kind
        bool computed_default = false;   ///< absent values take a default the index cannot know
        std::vector<std::int64_t> cuts;  ///< ascending: interval i starts at cuts[i - 1]
        std::size_t first_row = 0;       ///< into bits_: a row per interval, then `tested`
    };
    const std::uint64_t* row(std::size_t index) const { return bits_.data() + index * words_; }

    std::size_t rule_count_ = 0;
    std::size_t words_ = 0;  ///< 64-bit words per bitset
    std::size_t test_count_ = 0;
    std::vector<Scalar> scalars_;
    std::vector<std::uint64_t> bits_;  ///< rows of words_ words; row 0: every rule
    std::vector<check::ir::ExprId> residual_;
    std::vector<std::uint32_t> residual_first_;  ///< by position, plus one past the last
};

}  // namespace netral::plan
