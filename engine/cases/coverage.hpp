// SPDX-License-Identifier: Apache-2.0
// Coverage of a rule set by a set of test cases: which rules no case's decision shows, which
// brief rows none of them exercises, and which articles no exercised rule cites.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "netral/decision.hpp"

namespace netral::cases {

/// What the cases leave unexercised. Lists are in declaration order of the rule files.
struct Coverage {
    std::size_t rules = 0;      ///< rules counted (each version is one; see `unobservable`)
    std::size_t rows = 0;       ///< distinct brief rows of those rules
    std::size_t citations = 0;  ///< distinct citations of those rules (`cite` and `then refer`)
    std::vector<check::ir::RuleId> uncovered_rules;  ///< rule versions no decision shows
    std::vector<std::string> uncovered_rows;         ///< rows of no exercised rule
    std::vector<std::string> uncovered_citations;    ///< cited by no exercised rule
    /// Rules whose only conclusions are `then set`: a decision never names them, so they are
    /// not counted.
    std::size_t unobservable = 0;
};

/// A rule version is exercised when a decision names it: as the rule of a finding (displaced
/// or not, applying or possibly applying), of a referral, or of a review item, or as the rule
/// of an exception or prevailing relation that held or may hold. `sources` are the program's rule
/// files (to match the places in the decisions). Pure and deterministic.
Coverage coverage(const check::ir::Program& program, const base::SourceMap& sources,
                  const std::vector<const Decision*>& decisions);

/// The rule versions one decision exercises, indexed by RuleId::index(): the per-case half of
/// coverage(), for reports that say which case exercised which rule. Pure and deterministic.
std::vector<bool> exercised_rules(const check::ir::Program& program, const base::SourceMap& sources,
                                  const Decision& decision);

/// True when the rule has a conclusion other than `then set`, so a decision can name it.
bool observable(const check::ir::Rule& rule);

}  // namespace netral::cases
