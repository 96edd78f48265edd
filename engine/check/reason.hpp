// SPDX-License-Identifier: Apache-2.0
// Reason templates of `because` clauses: literal text with `{expr}` placeholders, in Indonesian
// and optionally English.
#pragma once

#include "check/context.hpp"
#include "check/resolve_expr.hpp"

namespace netral::check {

/// Splits each form of a `because` clause into literal pieces and placeholder expressions
/// resolved by `resolver` (so they see the rule's variables). Reports E3020 for unbalanced or
/// empty braces and any syntax error inside a placeholder, and E3021 when the English form's
/// placeholders are not those of the Indonesian form.
ir::Reason resolve_reason(Context& cx, ExprResolver& resolver, const syntax::TextClause& clause);

}  // namespace netral::check
