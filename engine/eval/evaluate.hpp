// SPDX-License-Identifier: Apache-2.0
// Evaluates one incident against a plan into a Decision (include/netral/decision.hpp). The
// semantics — rules in force, exceptions and prevailing rules, findings per track, combination,
// escalation, referrals and review — are all read from the program; nothing here knows the law.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eval/budget.hpp"
#include "eval/evaluator.hpp"
#include "netral/decision.hpp"

namespace netral::eval {

struct Options {
    facts::Day as_of = 0;
    std::vector<std::uint32_t> params;  ///< by ParamId: value index
    std::vector<bool> params_chosen;    ///< by ParamId
    bool trail = true;
    bool describe = true;  ///< false: ids only (see EvalOptions::describe)
    std::string why_not;  ///< resolved target: a rule id or a ladder step, or ""
    bool examine_all = false;  ///< with no target: every rule giving a finding (EvalOptions)
    std::string source;   ///< the incident's path, copied to the decision
    std::string digest;   ///< the rule set's digest
    const std::vector<RuleRef>* rule_refs = nullptr;  ///< see Inputs::rule_refs
    std::uint64_t work_limit = 0;                     ///< most steps (expression nodes); 0: none
    std::chrono::milliseconds time_limit{0};          ///< longest wall-clock time; 0: none
    std::optional<std::chrono::steady_clock::time_point> deadline;  ///< EvalOptions::deadline
    Budget* budget = nullptr;  ///< set by evaluate() for its passes when bounded
};

/// Why evaluate() gave no decision: a bound of Options was passed.
struct Stopped {
    Limit limit = Limit::Work;                ///< the bound passed
    std::uint64_t steps = 0;                  ///< steps counted when it stopped
    std::uint64_t work_limit = 0;             ///< as given
    std::chrono::milliseconds time_limit{0};  ///< as given
};

/// Evaluates `incident`; when it holds inexact dates (a month, a year) whose days give
/// different outcomes, also evaluates each stretch of days where the outcome may change and
/// reports the range (Decision::inexact, inexact.cpp). With a work or time limit in `options`,
/// every pass counts against one budget; when a bound is passed there is no decision, and
/// `stopped` (when given) says which.
std::optional<Decision> evaluate(const ir::Program& program, const plan::Plan& plan,
                                 const base::SourceMap& rule_sources,
                                 const facts::Incident& incident, const Options& options,
                                 Stopped* stopped = nullptr);

/// One evaluation of `incident` as it is: an inexact date is every day of its span, and a
/// comparison it leaves undecided is unknown (evaluate.cpp).
Decision evaluate_once(const ir::Program& program, const plan::Plan& plan,
                       const base::SourceMap& rule_sources, const facts::Incident& incident,
                       const Options& options);

/// Most evaluations evaluate() spends on the stretches of inexact dates; beyond it the
/// decision is judged over the whole spans and says so (InexactDates::too_many).
inline constexpr std::size_t kMaxDatePieces = 64;

/// Whether `target` names a rule id or a ladder step (`heavy`, `medium.allowance_cut_6m`).
bool is_why_not_target(const ir::Program& program, const std::string& target);

}  // namespace netral::eval
