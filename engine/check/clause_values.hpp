// SPDX-License-Identifier: Apache-2.0
// Resolution of the clauses many blocks share: citations (citations.cpp), `status`, and
// `in force from … until … by …` (clause_values.cpp). Each reports its own errors.
#pragma once

#include <optional>
#include <vector>

#include "check/context.hpp"
#include "check/resolve_expr.hpp"

namespace netral::check {

/// Checks a citation: declared regulation (E5005), locator order and shape (E5004).
std::optional<ir::Citation> resolve_citation(Context& cx, const syntax::Citation& citation);
/// Every `cite` clause of a block that checks.
std::vector<ir::Citation> resolve_citations(Context& cx,
                                            const std::vector<syntax::Clause>& clauses);

/// The `status` word (E5003 with did-you-mean when unknown).
std::optional<ir::Status> resolve_status(Context& cx, const syntax::WordClause& clause);
/// The block's `status` clause, if it has one that checks.
std::optional<ir::Status> find_status(Context& cx, const std::vector<syntax::Clause>& clauses);

/// `in force [from D] [until D] [by EXPR]`: valid dates (E3010), from ≤ until (E3011), and
/// `by` as a date expression resolved by `resolver` (so it may use the rule's variables).
ir::InForce resolve_in_force(Context& cx, ExprResolver& resolver,
                             const syntax::InForceClause& clause);

}  // namespace netral::check
