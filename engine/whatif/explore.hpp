// SPDX-License-Identifier: Apache-2.0
// The search behind the public explore() (include/netral/explore.hpp): the single changes of an
// incident (whatif/explore_candidates.hpp) and, at depth 2, pairs of them, each evaluated by id
// against the same plan, grouped by the outcome category they reach.
#pragma once

#include "eval/evaluate.hpp"
#include "facts/incident.hpp"
#include "netral/explore.hpp"
#include "whatif/rule_set_view.hpp"

namespace netral::whatif {

/// Searches the changes of `incident` that change its outcome category. `eval_options` are the
/// options of every evaluation, made by read_options() (descriptions off: variants are compared
/// by id); `options` gives the depth, the budget and the threads (its `eval` is not read).
/// Deterministic whatever the number of threads. Thread-safe; joins every thread it starts before
/// it returns.
ExploreResult explore(const RuleSetView& rules, const facts::Incident& incident,
                      const eval::Options& eval_options, const ExploreOptions& options);

}  // namespace netral::whatif
