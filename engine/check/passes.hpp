// SPDX-License-Identifier: Apache-2.0
// The checker's passes, in the order checker.cpp runs them. Building passes read the syntax and
// fill the IR under construction; analysis passes only read the IR. Every pass reports through
// the context's sink and collects as many errors as it can.
#pragma once

#include <cstddef>

#include "base/diagnostic.hpp"
#include "check/context.hpp"
#include "check/ir.hpp"

namespace netral::check {

// --- building passes (syntax → IR) -----------------------------------------------------------

/// Module declarations (first, once, unique names), imports, and the single ruleset (modules.cpp).
void collect_modules(Context& cx);
/// Clause validity per block kind: allowed, repeated and required clauses (clauses.cpp).
void check_clauses(Context& cx);
/// Declares every named entity in its module's scope; regulations globally (declare.cpp).
void declare_names(Context& cx);
/// Types of record fields, variants, facts, derived signatures, table keys and columns
/// (signatures.cpp).
void resolve_signatures(Context& cx);
/// Field and fact defaults, derived definitions, params, regulations (vocabulary.cpp).
void resolve_vocabulary(Context& cx);
/// Table rows and cells (tables.cpp).
void resolve_tables(Context& cx);
/// Ladders' sanctions, tracks, combine and escalate policies, the ruleset (ladder.cpp).
void resolve_ladders(Context& cx);
/// Rules: binders, conditions, conclusions, reasons, relations, validity (rules.cpp).
void resolve_rules(Context& cx);

/// Texts shown in decisions written in Indonesian only: labels, `because`, `review` and
/// provisional reasons, reasons of inferred citations (W2070) (translations.cpp). Reads the
/// syntax, where each text has its span; builds nothing.
void check_translations(Context& cx);

// --- analysis passes (IR only) ---------------------------------------------------------------

/// Derived facts defined neither by `= expr` nor by rules, or by both (definitions.cpp).
void check_definitions(const ir::Program& program, base::DiagnosticSink& sink);
/// Rule versions: overlapping periods (E5020), gaps (W5021), duplicates (E2001) (validity.cpp).
void check_versions(const ir::Program& program, base::DiagnosticSink& sink);
/// Dependency cycles (E4001), relation cycles (E4002), odd exceptions (W4003) (graph_checks.cpp).
/// Also bounds the nesting of derived facts through their definitions (and the rules that set
/// them) by `max_depth` (E9002), since evaluation recurses through it.
void check_graph(const ir::Program& program, base::DiagnosticSink& sink, std::size_t max_depth);
/// Rules that mark findings provisional: a reason in every language given (E5040), no other
/// conclusion (E5041), no `exception to` / `prevails over` (E5042) (provisional.cpp).
void check_provisional(const ir::Program& program, base::DiagnosticSink& sink);
/// Rules whose condition is provably contradictory (W5010) (never_fires.cpp).
void check_never_fires(const ir::Program& program, base::DiagnosticSink& sink);
/// Unrelated rules concluding differently where one implies the other (E5030) (conflicts.cpp);
/// the search spends at most `max_comparisons` work units, then stops with W5031.
void check_conflicts(const ir::Program& program, base::DiagnosticSink& sink,
                     std::size_t max_comparisons);

}  // namespace netral::check
