// SPDX-License-Identifier: Apache-2.0
// One what-if: both sides evaluated with their trails, diffed, and for every rule that newly
// fired or stopped firing the other side evaluated again with why-not on it, so the diff can
// name the condition that flipped (the public what_if(), whatif.hpp).
#pragma once

#include <string>
#include <vector>

#include "eval/evaluate.hpp"
#include "facts/incident.hpp"
#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"
#include "whatif/rule_set_view.hpp"

namespace netral::whatif {

/// Reads the options of one side of a what-if: `options` with the trail and descriptions on and
/// no why-not target (what_if() asks for those itself), for the incident read from `source`.
void read_side_options(const RuleSetView& rules, const EvalOptions& options,
                       const std::string& source, eval::Options& out,
                       std::vector<Diagnostic>& diagnostics);

/// Evaluates `before` and `after` with options made by read_side_options() and diffs them;
/// `changes` (as describe_change() writes them) fill DecisionDiff::changes. Each evaluation
/// (the two sides and every why-not trace) is bounded by its options' limits; a passed one gives
/// no decisions and the E7006 error in `language`. Thread-safe.
WhatIfResult what_if(const RuleSetView& rules, const facts::Incident& before,
                     const eval::Options& before_options, const facts::Incident& after,
                     const eval::Options& after_options, std::vector<std::string> changes,
                     Language language);

}  // namespace netral::whatif
