// SPDX-License-Identifier: Apache-2.0
// What the what-if stage reads of a compiled rule set: the checked program, the slot layout,
// the plan, the rule files and the identity the decisions carry. The api builds it from the
// state behind a public RuleSet, so this stage never sees the public handles.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "eval/evaluate.hpp"
#include "facts/layout.hpp"
#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "plan/plan.hpp"

namespace netral::whatif {

/// A compiled rule set, borrowed: every reference must outlive the calls it is given to.
struct RuleSetView {
    const check::ir::Program& program;      ///< checked, immutable
    const facts::Layout& layout;            ///< slots of record fields
    const plan::Plan& plan;                 ///< the evaluation plan of `program`
    const base::SourceMap& sources;         ///< the rule files
    const std::string& digest;              ///< "sha256:<hex>", copied into decisions
    const std::vector<RuleRef>& rule_refs;  ///< every rule described once
};

/// Reads `options` (eval/options.hpp) for an evaluation of the incident read from `source`
/// against `rules`; bad options add diagnostics and leave `out` unusable.
void read_options(const RuleSetView& rules, const EvalOptions& options, const std::string& source,
                  eval::Options& out, std::vector<Diagnostic>& diagnostics);

/// Evaluates `incident` with options made by read_options(); none when a work or time limit of
/// `options` was passed, and then `stopped` (when given) says which.
std::optional<Decision> evaluate(const RuleSetView& rules, const facts::Incident& incident,
                                 const eval::Options& options, eval::Stopped* stopped = nullptr);

}  // namespace netral::whatif
