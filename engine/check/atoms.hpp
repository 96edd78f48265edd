// SPDX-License-Identifier: Apache-2.0
// Conditions as conjunctions of atoms `path op constant(s)`, the common ground of the
// never-fires (W5010) and conflict (E5030) analyses. Only what can be proved from atoms over
// the same path is used; anything else becomes an opaque atom compared by its text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/ir.hpp"

namespace netral::check {

/// A constant of a comparable kind. Equal constants have equal fields.
struct Constant {
    ir::TypeKind kind = ir::TypeKind::Error;  ///< Bool, Int, Date, Enum, Text or Sanction
    std::uint32_t ref = ir::Type::kNoRef;     ///< enum or ladder id
    std::int64_t number = 0;                  ///< bool, int, days since 1970, enum value index
    std::string text;                         ///< text value, or the level's text

    friend bool operator==(const Constant&, const Constant&) = default;
    /// Any total order: it keeps the values of a set sorted, so lookups are binary searches.
    friend auto operator<=>(const Constant&, const Constant&) = default;
};

enum class AtomOp : std::uint8_t {
    Eq,     ///< path == values[0]
    Ne,     ///< path != values[0]
    Lower,  ///< path >= values[0] (strict bounds of discrete kinds are made inclusive)
    Upper,  ///< path <= values[0]
    In,     ///< path in values
    NotIn,  ///< path not in values
};

/// One conjunct, normalized. Non-normalizable conjuncts are `text == true` (or false when
/// negated), so `x and not x` still contradicts.
struct Atom {
    std::string path;              ///< canonical text of the non-constant side
    AtomOp op = AtomOp::Eq;        ///< relation to the constant(s)
    std::vector<Constant> values;  ///< one constant, or the set for In / NotIn (sorted, unique)
    ir::ExprId expr;               ///< the conjunct it came from (for notes)

    /// True when both state the same thing about the same path.
    bool same_as(const Atom& other) const {
        return path == other.path && op == other.op && values == other.values;
    }
};

/// The atoms of `filter ∧ condition` (either may be absent), binder variable printed as `$`.
std::vector<Atom> atoms_of(const ir::Program& program, std::optional<ir::ExprId> filter,
                           std::optional<ir::ExprId> condition, std::optional<ir::VarId> binder);

/// The atoms of a rule's binder filter and `when` condition.
std::vector<Atom> rule_atoms(const ir::Program& program, const ir::Rule& rule);

/// Conjuncts compared pairwise by contradiction(): beyond them a condition is not searched
/// further, so hostile conditions of thousands of conjuncts cost linear time, not quadratic.
inline constexpr std::size_t kMaxComparedAtoms = 256;

/// Two atoms over the same path that cannot both hold, if any: indexes into `atoms`. Only the
/// first kMaxComparedAtoms atoms are compared (a contradiction found is still a real one).
std::optional<std::pair<std::size_t, std::size_t>> contradiction(const std::vector<Atom>& atoms);
/// The same for `first` followed by `second`, without copying them; indexes count from the
/// start of `first`.
std::optional<std::pair<std::size_t, std::size_t>> contradiction(const std::vector<Atom>& first,
                                                                 const std::vector<Atom>& second);

/// True when `specific` holding implies `general` holds (same path; equal, set-subsumed or
/// bound-subsumed).
bool implies(const Atom& specific, const Atom& general);

}  // namespace netral::check
