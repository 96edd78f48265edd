// SPDX-License-Identifier: Apache-2.0
// The checker's front door: turns the syntax trees of one rule set into a resolved, typed
// ir::Program, or into diagnostics. Runs the named passes of passes.hpp in order.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "base/diagnostic.hpp"
#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "syntax/ast.hpp"

namespace netral::check {

/// Limits and switches of one check run.
struct CheckOptions {
    std::size_t max_identifier = 128;  ///< bytes in one declared name; a longer one is E9003
    std::size_t max_depth = 64;        ///< nesting in reason placeholders, parsed here (E9002)
    std::size_t max_rules = 100000;    ///< rule blocks in the rule set; more is E9005
    bool find_conflicts = true;        ///< run the E5030 analysis (quadratic in rules per track)
    /// Work limit of the E5030 search (pairs of rules, atoms and set values compared); reaching
    /// it stops the search with W5031. About a second of work; no real rule set comes close.
    std::size_t max_conflict_comparisons = 50'000'000;
    bool find_never_fires = true;      ///< run the W5010 analysis
};

/// Checks all modules of one rule set together (one syntax::Module per file, in any order).
/// Adds diagnostics to `sink` (several per run; stops early once the sink is saturated).
/// Returns the program only when this run added no errors; warnings do not prevent it.
/// The syntax trees and sources are only read; the result does not refer to them.
std::optional<ir::Program> check(const base::SourceMap& sources,
                                 const std::vector<syntax::Module>& modules,
                                 base::DiagnosticSink& sink, const CheckOptions& options = {});

}  // namespace netral::check
