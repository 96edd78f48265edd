// SPDX-License-Identifier: Apache-2.0
// Dense typed ids for the resolved IR. Every entity of an ir::Program lives in a vector owned by
// the program, and an id is its index there; the tag type keeps a FactId from being used as a
// RuleId. Ids are only meaningful for the program that issued them.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>

namespace netral::check::ir {

/// An index into one of ir::Program's vectors, typed by `Tag`.
template <typename Tag>
struct Id {
    /// The value of an id that names nothing (default-constructed).
    static constexpr std::uint32_t kInvalid = 0xffffffffu;

    std::uint32_t value = kInvalid;  ///< index into the owning vector; kInvalid when unset

    constexpr Id() = default;
    constexpr explicit Id(std::uint32_t index) : value(index) {}
    /// Builds an id from a vector size or index.
    static constexpr Id from_index(std::size_t index) {
        return Id(static_cast<std::uint32_t>(index));
    }

    constexpr std::size_t index() const { return value; }
    constexpr bool valid() const { return value != kInvalid; }

    friend constexpr auto operator<=>(Id, Id) = default;
};

using ModuleId = Id<struct ModuleTag>;          ///< ir::Program::modules
using RegulationId = Id<struct RegulationTag>;  ///< ir::Program::regulations
using EnumId = Id<struct EnumTag>;              ///< ir::Program::enums
using RecordId = Id<struct RecordTag>;          ///< ir::Program::records
using FieldId = Id<struct FieldTag>;            ///< ir::Program::fields (all records together)
using FactId = Id<struct FactTag>;              ///< ir::Program::facts
using DerivedId = Id<struct DerivedTag>;        ///< ir::Program::derived
using ParamId = Id<struct ParamTag>;            ///< ir::Program::params
using TableId = Id<struct TableTag>;            ///< ir::Program::tables
using LadderId = Id<struct LadderTag>;          ///< ir::Program::ladders
using CategoryId = Id<struct CategoryTag>;      ///< ir::Program::categories (all ladders)
using SanctionId = Id<struct SanctionTag>;      ///< ir::Program::sanctions (all categories)
using TrackId = Id<struct TrackTag>;            ///< ir::Program::tracks
using RuleId = Id<struct RuleTag>;              ///< ir::Program::rules (each version separately)
using VarId = Id<struct VarTag>;    ///< ir::Program::vars (binders, quantifiers, params)
using ExprId = Id<struct ExprTag>;  ///< ir::Program::exprs and its side tables

}  // namespace netral::check::ir
