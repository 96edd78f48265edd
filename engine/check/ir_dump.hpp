// SPDX-License-Identifier: Apache-2.0
// A stable, readable text dump of a whole resolved ir::Program (`netral check --dump-after
// check`), used by the IR golden tests to pin down what the checker builds: every entity with
// its id (`#n`), resolved types, citations in canonical form and typed expression trees.
#pragma once

#include <string>

#include "check/ir.hpp"

namespace netral::check {

/// The program as text: the ruleset, then one section per entity kind (modules, regulations,
/// enums, records, facts, derived facts, params, tables, tracks, ladders, combine and escalate
/// policies, rules, variables), each entity in id order and each section omitted when empty.
/// Deterministic: the same program always gives the same text. Spans are not printed, so the
/// dump does not change when only layout or comments of the rule files change. Expects a
/// program as check() returns it (every id resolved); an Invalid expression prints as
/// `invalid`. Thread-safe: only reads the program.
std::string dump_ir(const ir::Program& program);

}  // namespace netral::check
