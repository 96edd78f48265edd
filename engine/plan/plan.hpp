// SPDX-License-Identifier: Apache-2.0
// The evaluation plan: a checked program lowered once into what evaluation reads at run time —
// rules grouped by the collection they range over (or the top-level facts) and their tests of
// constants compiled into a match (plan/rule_index.hpp), table rows addressed by their keys,
// derived facts numbered for memoisation, relations inverted. Immutable after build(); shared
// read-only by every evaluation, from any number of threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/ir.hpp"
#include "facts/layout.hpp"
#include "plan/rule_index.hpp"

namespace netral::plan {

/// The rules that range over one collection (`for x in acts`), or over the whole incident.
struct RuleGroup {
    std::optional<check::ir::FactId> collection;  ///< the list fact; none: whole incident
    std::vector<check::ir::RuleId> rules;         ///< in declaration order
    RuleIndex index;  ///< the compiled match of those rules (none for a binder over no fact)
};

/// A table's rows addressed by their key values: row = rows[mixed-radix number of the keys].
struct TableIndex {
    std::vector<std::uint32_t> radix;  ///< number of values of each key's enum
    std::vector<std::int32_t> rows;    ///< row index, or -1 where no row has those keys
};

struct Plan {
    const check::ir::Program* program = nullptr;
    facts::Layout layout;
    std::vector<RuleGroup> groups;             ///< whole-incident group first, then by fact
    std::vector<std::uint32_t> rule_group;     ///< by RuleId: index into groups
    std::vector<std::uint32_t> rule_position;  ///< by RuleId: position within its group
    std::vector<TableIndex> tables;            ///< by TableId
    /// By DerivedId: memo slot, among the derived facts without parameter (global) or among
    /// those whose parameter has the same record type.
    std::vector<std::uint32_t> derived_slot;
    std::uint32_t global_derived = 0;           ///< derived facts without parameter
    std::vector<std::uint32_t> record_derived;  ///< by RecordId: derived facts taking it
    /// By RuleId: the rules with an `exception to` it, and with a `prevails over` it.
    std::vector<std::vector<check::ir::RuleId>> excepted_by;
    std::vector<std::vector<check::ir::RuleId>> prevailed_by;
    /// By VarId: the variable's slot in an evaluation. Rule, escalation and derived-fact
    /// variables share slot 0 and a quantifier's variable takes one more than the number of
    /// quantifiers around it: variables visible together never share a slot, and every binding
    /// site saves and restores its slot, so an evaluation holds a handful of bindings however
    /// many rules there are.
    std::vector<std::uint32_t> var_slot;
    std::uint32_t var_slots = 1;  ///< number of slots
    /// By ExprId: the expression as source-like text, for trails (computed once, not per
    /// evaluation).
    std::vector<std::string> expr_texts;
};

/// Lowers a checked program. `program` must outlive the plan.
Plan build(const check::ir::Program& program);

}  // namespace netral::plan
