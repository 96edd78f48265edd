// SPDX-License-Identifier: Apache-2.0
// A counting index over the simple tests of the rules that range over one collection. For each
// field of the element record, tests of the form `x.field == constant`, `x.field in {constants}`
// and `x.field in low .. high` (and `<`, `>` against a constant) are indexed by value; an element
// then visits only the rules all of whose indexed tests it passes, in the spirit of a Rete alpha
// network with a counting join. Rules without an indexable test are candidates for every
// element. The index only narrows: every candidate's whole condition is still evaluated, so the
// index never changes a result, only the work done.
#pragma once

#include <cstdint>
#include <vector>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"

namespace netral::plan {

/// Per-evaluation scratch for RuleIndex::candidates; reused across elements so that visiting an
/// element allocates nothing once the vectors have grown.
struct IndexScratch {
    std::vector<std::uint32_t> counters;  ///< by rule position; zero between calls
    std::vector<std::uint32_t> touched;   ///< positions whose counter is non-zero
};

class RuleIndex {
public:
    /// Indexes the `where` and `when` conjuncts of `rules` that test one field of the bound
    /// record against constants.
    void build(const check::ir::Program& program, const facts::Layout& layout,
               const std::vector<check::ir::RuleId>& rules);

    /// Replaces `out` with the positions (into the rules given to build) of the rules that may
    /// fire for `element`, in increasing order. A field whose value is unknown or an inexact
    /// date passes every test on it (the evaluation decides).
    void candidates(const facts::Instance& element, IndexScratch& scratch,
                    std::vector<std::uint32_t>& out) const;

    std::size_t rule_count() const { return required_.size(); }
    /// Number of indexed tests (for plan dumps and benchmarks).
    std::size_t test_count() const;

private:
    struct Posting {
        std::int64_t low = 0;    ///< the value, or the first of a range
        std::int64_t high = 0;   ///< the last of a range (== low for a value)
        std::uint32_t rule = 0;  ///< position of the rule
    };
    struct FieldIndex {
        std::uint32_t slot = 0;            ///< the field's slot in the element
        std::vector<Posting> points;       ///< single values, sorted by value
        std::vector<Posting> ranges;       ///< ranges, sorted by low
        std::int64_t max_width = 0;        ///< largest high - low among ranges
        std::vector<std::uint32_t> rules;  ///< every rule with a test on this field
    };
    std::vector<FieldIndex> fields_;
    std::vector<std::uint32_t> required_;   ///< by rule: indexed tests it must pass
    std::vector<std::uint32_t> unindexed_;  ///< rules with no indexed test, ascending
};

/// The integer a scalar value is indexed by (enum index, int, day, bool, packed ladder step);
/// false when the value cannot be indexed (unknown, inexact date, text).
bool index_key(const facts::Value& value, std::int64_t& key);

}  // namespace netral::plan
