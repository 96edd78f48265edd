// SPDX-License-Identifier: Apache-2.0
// Condition traces: a rule's conditions re-evaluated node by node for the trail, each node with
// its result and the values it read (with their origins); derived facts show the values their
// definition read. For why-not, failed leaves also say which values would have made them hold.
#pragma once

#include "eval/describe.hpp"

namespace netral::eval {

/// Traces a Bool expression in the current bindings. With `hints`, failed (or unknown) leaves
/// get `would_hold` texts.
ConditionTrace trace_condition(Describer& describer, Evaluator& evaluator, ir::ExprId id,
                               bool hints);

}  // namespace netral::eval
