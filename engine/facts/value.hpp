// SPDX-License-Identifier: Apache-2.0
// Run-time values of the rule language: what incident facts hold and what expressions evaluate
// to. A Value is a small trivially-copyable tagged struct, so evaluation never allocates for a
// scalar; records, lists and texts are pointers into storage owned by the Incident (or, for
// constant sets, by the plan), which outlives every Value that points into it.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "check/ids.hpp"

namespace netral::facts {

struct Instance;
struct List;

/// Value::sanction of a level that names only its category.
inline constexpr std::uint32_t kNoSanction = 0xffffffffu;

/// Days since 1970-01-01; the whole range of dates the language can write fits.
using Day = std::int32_t;

/// An inclusive range of days. An exact date has first == last; a date given only to the month
/// or the year (`2024-09`, `2024`) is every day of that span. Open period bounds use the
/// extremes of Day.
struct DaySpan {
    static constexpr Day kOpenLow = std::numeric_limits<Day>::min();
    static constexpr Day kOpenHigh = std::numeric_limits<Day>::max();
    Day first = 0;  ///< first day, inclusive
    Day last = 0;   ///< last day, inclusive
    constexpr bool exact() const { return first == last; }
    friend constexpr bool operator==(const DaySpan&, const DaySpan&) = default;
};

enum class ValueKind : std::uint8_t {
    Unknown,   ///< an optional fact without default that the incident leaves out
    Bool,      ///< `boolean`
    Int,       ///< `integer`
    Text,      ///< `text` (points into the incident or the program)
    Date,      ///< `days` (exact or a month/year span)
    Enum,      ///< `index` into the enum of the static type
    Level,     ///< `category` (CategoryId value) and `sanction` (SanctionId value or kInvalid)
    Record,    ///< `record`
    List,      ///< `list`
    Period,    ///< `days` (bounds may be open)
    IntRange,  ///< `low`, `high`
    Set,       ///< `set`: an evaluated SetOf (see eval), by expression id
};

/// One value. Which member is meaningful follows `kind`; the static type (from the checker)
/// says which enum, record or ladder it belongs to, so the value does not repeat it.
struct Value {
    ValueKind kind = ValueKind::Unknown;
    bool boolean = false;
    std::uint32_t index = 0;               ///< Enum: value index. Level: CategoryId. Set: ExprId.
    std::uint32_t sanction = kNoSanction;  ///< Level: SanctionId value, or kNoSanction
    std::int64_t integer = 0;              ///< Int; IntRange low
    std::int64_t high = 0;                 ///< IntRange high
    DaySpan days;                          ///< Date, Period
    std::string_view text;                 ///< Text
    const Instance* record = nullptr;      ///< Record
    const List* list = nullptr;            ///< List
    /// Set read from an incident (`set of` fact or field): its elements in file order, without
    /// repeats, owned by the Incident; null for an evaluated SetOf (then `index` is its ExprId).
    const std::vector<Value>* elements = nullptr;

    static constexpr Value unknown() { return {}; }
    static Value of_bool(bool b) {
        Value v;
        v.kind = ValueKind::Bool;
        v.boolean = b;
        return v;
    }
    static Value of_int(std::int64_t i) {
        Value v;
        v.kind = ValueKind::Int;
        v.integer = i;
        return v;
    }
    static Value of_text(std::string_view t) {
        Value v;
        v.kind = ValueKind::Text;
        v.text = t;
        return v;
    }
    static Value of_date(DaySpan d) {
        Value v;
        v.kind = ValueKind::Date;
        v.days = d;
        return v;
    }
    static Value of_enum(std::uint32_t i) {
        Value v;
        v.kind = ValueKind::Enum;
        v.index = i;
        return v;
    }
    static Value of_level(std::uint32_t category, std::uint32_t sanction) {
        Value v;
        v.kind = ValueKind::Level;
        v.index = category;
        v.sanction = sanction;
        return v;
    }
    static Value of_record(const Instance* r) {
        Value v;
        v.kind = ValueKind::Record;
        v.record = r;
        return v;
    }
    static Value of_list(const List* l) {
        Value v;
        v.kind = ValueKind::List;
        v.list = l;
        return v;
    }
    static Value of_period(DaySpan d) {
        Value v;
        v.kind = ValueKind::Period;
        v.days = d;
        return v;
    }
    static Value of_int_range(std::int64_t low, std::int64_t high) {
        Value v;
        v.kind = ValueKind::IntRange;
        v.integer = low;
        v.high = high;
        return v;
    }
    bool is_unknown() const { return kind == ValueKind::Unknown; }
};

}  // namespace netral::facts
