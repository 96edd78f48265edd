// SPDX-License-Identifier: Apache-2.0
// Compares a test case's expectation with the decision the engine made: which stated results
// differ, and the first point where the trails differ, named by rule id and file:line.
#pragma once

#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "cases/expectation.hpp"
#include "check/ir.hpp"
#include "netral/decision.hpp"

namespace netral::cases {

/// The comparison of one case.
struct Verdict {
    /// Results that differ, in the order of docs/testing.md (`category expected heavy, got
    /// medium`); empty when the case passes.
    std::vector<std::string> mismatches;
    /// The first point where the trails differ (see docs/testing.md); empty when the case passes.
    std::string first_difference;

    bool passed() const { return mismatches.empty(); }
};

/// Compares `decision` with `expected`. `sources` are the rule files of `program` (to name the
/// place of a rule that did not fire). Pure and deterministic.
Verdict compare(const check::ir::Program& program, const base::SourceMap& sources,
                const Expectation& expected, const Decision& decision);

}  // namespace netral::cases
