// SPDX-License-Identifier: Apache-2.0
// Test cases: an incident file whose reserved `expect` block states the outcome a lawyer
// expects. run_case() reads the file, evaluates it and compares; coverage() says which rules,
// brief rows and articles a set of cases leaves unexercised. `netral test` is built on these;
// the format and the comparison rules are in docs/testing.md. Only standard-library types.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "netral/netral.hpp"

namespace netral {

/// How a test case ended.
enum class CaseStatus {
    Passed,   ///< the decision matches every expectation
    Failed,   ///< it differs; see CaseResult::mismatches
    Invalid,  ///< the incident or its `expect` block is invalid; see CaseResult::diagnostics
};

/// The result of one test case. A plain value.
struct CaseResult {
    std::string path;  ///< the incident's Source::path
    CaseStatus status = CaseStatus::Invalid;
    /// Failed: what differs, one text each (`category expected heavy, got medium`), in the
    /// order of docs/testing.md.
    std::vector<std::string> mismatches;
    /// Failed: the first point where the trails differ, naming a rule id and its file:line.
    std::string first_difference;
    std::vector<Diagnostic> diagnostics;  ///< Invalid: why (also warnings otherwise)
    std::string text;                     ///< the diagnostics rendered with carets
    std::optional<Decision> decision;     ///< the decision, when the case was evaluated
    /// The case was run (it passed or failed); false exactly when `diagnostics` holds an error.
    bool ok() const { return status != CaseStatus::Invalid; }
};

/// Reads `incident` against `rules` (its facts as load_incident() does, and its `expect` block
/// strictly), evaluates it with the as-of date and parameters the block gives, and compares.
/// A null `rules` makes the case Invalid (E7010). Never throws for bad input. Thread-safe;
/// deterministic when the block gives `as_of` or the incident does not depend on the date.
/// The diagnostics are in `language`.
CaseResult run_case(std::shared_ptr<const RuleSet> rules, const Source& incident,
                    const IncidentLimits& limits = {}, Language language = Language::Indonesian);

/// A rule (one version) that no case exercised.
struct UncoveredRule {
    std::string id;     ///< rule id
    std::string row;    ///< its brief row, may be empty
    Location location;  ///< the rule block
};

/// What a set of cases leaves unexercised, in declaration order. Definitions: docs/testing.md.
struct CoverageReport {
    std::size_t rules = 0;         ///< rules counted (each version is one)
    std::size_t rows = 0;          ///< distinct brief rows of those rules
    std::size_t citations = 0;     ///< distinct articles those rules cite or refer under
    std::size_t unobservable = 0;  ///< rules that only `set` derived facts (not counted)
    std::vector<UncoveredRule> uncovered_rules;
    std::vector<std::string> uncovered_rows;
    std::vector<std::string> uncovered_citations;

    bool complete() const {
        return uncovered_rules.empty() && uncovered_rows.empty() && uncovered_citations.empty();
    }
};

/// Coverage of `rules` by the decisions of `cases` (cases without a decision are skipped). The
/// cases must have been run against `rules`. Pure and deterministic; thread-safe.
CoverageReport coverage(const RuleSet& rules, const std::vector<CaseResult>& cases);

}  // namespace netral
