// SPDX-License-Identifier: Apache-2.0
// The expected outcome of a test case: the reserved `expect` block of an incident file, read
// strictly against the rule set (every category, sanction, track, rule id, citation and
// parameter it names must be declared). Generic: it knows the shape of a Decision, not the law.
// The format is described in docs/testing.md.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "io/document.hpp"

namespace netral::cases {

/// What `expect` says. An absent optional key is not compared.
struct Expectation {
    std::string category;  ///< outcome category (required): a declared category, or `none`
    bool review = false;   ///< whether a human must decide (required)
    /// Candidate sanctions of the outcome, `category.sanction`, mildest first; exact list.
    std::optional<std::vector<std::string>> sanctions;
    /// The outcome track's recommended sanction; empty for `none` (no recommendation).
    std::optional<std::string> recommended;
    /// Whether the outcome rests on provisional findings only (`then provisional`).
    std::optional<bool> provisional;
    /// The outcome's possible categories over the days of inexact dates, mildest first; exact
    /// list (`[]` when no inexact date changes the outcome).
    std::optional<std::vector<std::string>> possible;
    /// Kinds of the review items (`status`, `missing`, …); exact set.
    std::optional<std::vector<std::string>> review_kinds;
    /// Rule ids of the findings that stand (not displaced); exact set.
    std::optional<std::vector<std::string>> findings;
    /// Rule ids of the findings an exception or a prevailing rule displaced; exact set.
    std::optional<std::vector<std::string>> displaced;
    /// Citations the standing findings must make (a finding's rule cites each of them, or a more
    /// precise citation under it); subset: other citations may appear too.
    std::vector<std::string> citations;
    /// Citations the decision must not rest on: none of them, nor a more precise one, may be cited
    /// in force (a citation the decision shows as not in force on the judged date does not count).
    std::vector<std::string> uncited;
    /// Citations the decision must make marked as inferred (`cite … inferred`); subset.
    std::vector<std::string> inferred;
    /// Provisions of the referrals, as canonical citation texts; exact set.
    std::optional<std::vector<std::string>> referrals;
    /// Tracks whose recommendation another track's absorbs (a sanction with `absorbs`); exact set.
    std::optional<std::vector<std::string>> absorbed;
    /// Track → category for the tracks listed; tracks not listed are not compared.
    std::vector<std::pair<std::string, std::string>> tracks;
    std::string as_of;  ///< `YYYY-MM-DD` for the run; empty means today, as `netral eval`
    /// Parameter choices for the run, in the order written.
    std::vector<std::pair<std::string, std::string>> params;
};

/// The review-item kinds the evaluator produces (eval/), in the order the docs list them.
const std::vector<std::string>& review_kinds();

/// Reads the `expect` entry of `document`'s top-level map (spans into file `file`). Reports to
/// `sink` (E8001–E8009, with did-you-mean hints) a missing block, unknown keys, values of the
/// wrong kind, and names the rule set does not declare. Returns none when an error was
/// reported. Never throws for bad input.
std::optional<Expectation> read_expectation(const check::ir::Program& program,
                                            const io::Document& document, base::FileId file,
                                            base::DiagnosticSink& sink);

/// True when a cited text `actual` matches an expected citation `expected`: equal, or more
/// precise (`expected` followed by further locators, `… Pasal 14` matches `… Pasal 14 huruf i`).
bool citation_matches(const std::string& expected, const std::string& actual);

}  // namespace netral::cases
