// SPDX-License-Identifier: Apache-2.0
// What the benchmarks share: the bundled rule pack and the typical incident, loaded once
// through the public API (outside any timed loop), and small helpers to check results before
// timing. Failures throw std::runtime_error with the engine's diagnostics.
#pragma once

#include <memory>
#include <string>

#include "netral/evaluate.hpp"

namespace netral::bench {

/// The bundled pack (rules/), compiled once per process.
std::shared_ptr<const RuleSet> bundled_rules();

/// examples/<name> loaded against the bundled pack with load_incident.
std::shared_ptr<const Facts> example_facts(const std::string& name);

/// evaluate() with the fixed as-of date; throws when it returns no decision.
Decision evaluate_or_throw(const RuleSet& rules, const Facts& facts, bool trail,
                           bool describe = true);

/// Throws std::runtime_error(what) unless `condition`.
void require(bool condition, const std::string& what);

/// A benchmark program's main: runs `check` (results must agree before anything is timed;
/// on failure prints `program: what` and returns 1), then the registered benchmarks.
int run_checked(int argc, char** argv, const char* program, void (*check)());

}  // namespace netral::bench
