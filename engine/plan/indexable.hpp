// SPDX-License-Identifier: Apache-2.0
// Recognises the conjuncts of a rule that test one scalar of its subject against constants —
// `x.f == c`, `x.f != c`, `<`/`<=`/`>`/`>=`, `x.f in {…}`, `x.f in a .. b`, a bare boolean
// `x.f`, and `not`/`or` over such tests on one field — and turns each into the set of index
// keys (plan/rule_index.hpp) for which it holds. The subject is the rule's `for` variable, or,
// for a rule without `for`, the incident's top-level facts. A test is recognised only where
// its truth on a keyed value is exactly membership of the key, so the index can stand in for
// evaluating it.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "check/ir.hpp"
#include "facts/value.hpp"

namespace netral::plan {

/// Closed integer intervals [first, second], sorted and disjoint once normalized.
using KeyRanges = std::vector<std::pair<std::int64_t, std::int64_t>>;

/// What a rule's tests read: the fields of its `for` variable, or the top-level facts.
enum class Subject : std::uint8_t {
    Element,   ///< `x.field` of the rule's binder variable; ids are FieldId values
    Incident,  ///< a top-level fact; ids are FactId values
};

/// One recognised test: the scalar it reads and the keys for which it holds.
struct KeyTest {
    std::uint32_t id = 0;                           ///< FieldId or FactId value (see Subject)
    facts::ValueKind kind = facts::ValueKind::Int;  ///< the kind a keyed value has
    KeyRanges keys;                                 ///< normalized
};

/// The test conjunct `id` makes, if it is one the index can decide. `var` is the binder
/// variable for Subject::Element (ignored otherwise).
std::optional<KeyTest> key_test(const check::ir::Program& program, check::ir::ExprId id,
                                Subject subject, check::ir::VarId var);

/// The keys both sets hold (both normalized).
KeyRanges intersect(const KeyRanges& a, const KeyRanges& b);

/// The integer a scalar value of `kind` is indexed by (enum index, int, day, bool); false when
/// it has another kind or is an inexact date, whose tests the index cannot decide.
bool index_key(const facts::Value& value, facts::ValueKind kind, std::int64_t& key);

}  // namespace netral::plan
