// SPDX-License-Identifier: Apache-2.0
// Reason templates of `because` clauses: literal text with `{expr}` placeholders.
#pragma once

#include "check/context.hpp"
#include "check/resolve_expr.hpp"

namespace netral::check {

/// Splits a reason text into literal pieces and placeholder expressions resolved by
/// `resolver` (so they see the rule's variables). Reports E3020 for unbalanced or empty braces
/// and any syntax error inside a placeholder.
ir::Reason resolve_reason(Context& cx, ExprResolver& resolver, const syntax::StringLit& text);

}  // namespace netral::check
