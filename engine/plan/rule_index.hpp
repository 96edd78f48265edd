// SPDX-License-Identifier: Apache-2.0
// An index over the simple tests of the rules that range over one collection. Tests of the form
// `x.field == constant`, `x.field in {constants}` and `x.field in low .. high` (and `<`, `>`
// against a constant) are indexable. Each rule is posted under one of them, its anchor: the test
// an element is least likely to pass, judged by the share of the field's domain it accepts. An
// element looks up its value in each anchored field, and every rule found there is then checked
// against its other indexed tests on a flat array of integer ranges, before any expression is
// evaluated. So an element costs the rules whose anchor it passes, not every rule that shares a
// value of a low-cardinality field with it (a counting join touches those), and nothing grows
// with the rules it does not reach. Rules without an indexable test are candidates for every
// element. The index only narrows: every candidate's whole condition is still evaluated, so the
// index never changes a result, only the work done.
#pragma once

#include <cstdint>
#include <vector>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"

namespace netral::plan {

class RuleIndex {
public:
    /// Indexes the `where` and `when` conjuncts of `rules` that test one field of the bound
    /// record against constants.
    void build(const check::ir::Program& program, const facts::Layout& layout,
               const std::vector<check::ir::RuleId>& rules);

    /// Replaces `out` with the positions (into the rules given to build) of the rules that may
    /// fire for `element`, in increasing order. A field whose value is unknown or an inexact
    /// date passes every test on it (the evaluation decides).
    void candidates(const facts::Instance& element, std::vector<std::uint32_t>& out) const;

    std::size_t rule_count() const { return checks_.size(); }
    /// Number of indexed tests (for plan dumps and benchmarks).
    std::size_t test_count() const;

private:
    struct Posting {
        std::int64_t low = 0;    ///< the value, or the first of a range
        std::int64_t high = 0;   ///< the last of a range (== low for a value)
        std::uint32_t rule = 0;  ///< position of the rule
    };
    /// The rules anchored on one field.
    struct FieldIndex {
        std::uint32_t slot = 0;            ///< the field's slot in the element
        std::vector<Posting> points;       ///< single values, sorted by value
        std::vector<Posting> ranges;       ///< ranges, sorted by low
        std::int64_t max_width = 0;        ///< largest high - low among ranges
        std::vector<std::uint32_t> rules;  ///< every rule anchored here, ascending
    };
    /// A rule's other indexed tests: for each, the field's slot and the accepted key ranges.
    struct Check {
        std::uint32_t first = 0;  ///< into tests_
        std::uint32_t count = 0;
    };
    struct TestRanges {
        std::uint32_t slot = 0;
        std::uint32_t first = 0;  ///< into ranges_
        std::uint32_t count = 0;
    };
    bool passes_checks(const facts::Instance& element, std::uint32_t rule) const;

    std::vector<FieldIndex> fields_;
    std::vector<Check> checks_;                                  ///< by rule position
    std::vector<TestRanges> tests_;                              ///< the tests checks_ refer to
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges_;  ///< accepted [low, high]
    std::vector<std::uint32_t> unindexed_;  ///< rules with no indexed test, ascending
};

/// The integer a scalar value is indexed by (enum index, int, day, bool, packed ladder step);
/// false when the value cannot be indexed (unknown, inexact date, text).
bool index_key(const facts::Value& value, std::int64_t& key);

}  // namespace netral::plan
