// SPDX-License-Identifier: Apache-2.0
// The types of the rule language as the checker assigns them to every expression, field, fact
// and derived fact. A Type is a small value: a kind, an element kind for collections, and the
// id of the enum, record or ladder it is about.
#pragma once

#include <cstdint>

#include "check/ids.hpp"

namespace netral::check::ir {

enum class TypeKind : std::uint8_t {
    Error,     ///< an expression that failed to check; suppresses follow-up errors
    Bool,      ///< true or false
    Int,       ///< a non-negative whole number (counts)
    Text,      ///< UTF-8 text
    Date,      ///< a calendar date
    Period,    ///< an inclusive range of dates (`2024-09-25 .. 2024-11-23`)
    IntRange,  ///< an inclusive range of ints; only as the right side of `in`
    Enum,      ///< a value of enum `ref` (params are enums too: Enum::param)
    Record,    ///< a record of type `ref`
    Sanction,  ///< a step of ladder `ref`: a category, or category.sanction
    Set,       ///< a set of `element` values (of `ref` for Enum and Sanction elements)
    List,      ///< a list of records of type `ref` (element is always Record)
};

/// A resolved type. Compare with ==; `ref` is meaningful only for the kinds that name one.
struct Type {
    /// `ref` of a type that names nothing.
    static constexpr std::uint32_t kNoRef = 0xffffffffu;

    TypeKind kind = TypeKind::Error;     ///< the outer kind
    TypeKind element = TypeKind::Error;  ///< element kind of a Set or List; Error otherwise
    std::uint32_t ref = kNoRef;          ///< EnumId, RecordId or LadderId of the type or element

    static constexpr Type error() { return {}; }
    static constexpr Type boolean() { return {TypeKind::Bool, TypeKind::Error, kNoRef}; }
    static constexpr Type integer() { return {TypeKind::Int, TypeKind::Error, kNoRef}; }
    static constexpr Type text() { return {TypeKind::Text, TypeKind::Error, kNoRef}; }
    static constexpr Type date() { return {TypeKind::Date, TypeKind::Error, kNoRef}; }
    static constexpr Type period() { return {TypeKind::Period, TypeKind::Error, kNoRef}; }
    static constexpr Type int_range() { return {TypeKind::IntRange, TypeKind::Error, kNoRef}; }
    static constexpr Type enumeration(EnumId id) {
        return {TypeKind::Enum, TypeKind::Error, id.value};
    }
    static constexpr Type record(RecordId id) {
        return {TypeKind::Record, TypeKind::Error, id.value};
    }
    static constexpr Type sanction(LadderId id) {
        return {TypeKind::Sanction, TypeKind::Error, id.value};
    }
    static constexpr Type list_of(RecordId id) {
        return {TypeKind::List, TypeKind::Record, id.value};
    }
    /// A set of scalar values of type `element` (itself not a collection).
    static constexpr Type set_of(Type element) {
        return {TypeKind::Set, element.kind, element.ref};
    }

    /// The element type of a Set or List; error() for other kinds.
    constexpr Type element_type() const {
        if (kind != TypeKind::Set && kind != TypeKind::List) return error();
        return {element, TypeKind::Error, ref};
    }
    constexpr bool is_error() const { return kind == TypeKind::Error; }
    constexpr bool is_collection() const { return kind == TypeKind::Set || kind == TypeKind::List; }
    /// True when `<` and friends apply: ints, dates, enums (declaration order), ladder steps.
    constexpr bool is_ordered() const {
        return kind == TypeKind::Int || kind == TypeKind::Date || kind == TypeKind::Enum ||
               kind == TypeKind::Sanction;
    }
    constexpr EnumId enum_id() const { return EnumId(ref); }
    constexpr RecordId record_id() const { return RecordId(ref); }
    constexpr LadderId ladder_id() const { return LadderId(ref); }

    friend constexpr bool operator==(const Type&, const Type&) = default;
};

}  // namespace netral::check::ir
