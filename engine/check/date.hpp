// SPDX-License-Identifier: Apache-2.0
// Calendar dates of the rule language (proleptic Gregorian, no time of day) and the day
// arithmetic the checker needs for validity periods. Shared with the evaluator.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netral::check::ir {

/// A calendar date. Ordered chronologically; only valid dates appear in a checked program.
struct Date {
    int year = 0;   ///< four-digit year
    int month = 0;  ///< 1-12
    int day = 0;    ///< 1 to the length of the month

    friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

/// True when month and day exist in that year (2023-02-30 is not valid; 2024-02-29 is).
bool is_valid(const Date& date);

/// Days in a month of a year (1-12); February counts leap years.
int days_in_month(int year, int month);

/// A valid `YYYY-MM-DD`, or none (wrong shape, or a day that does not exist).
std::optional<Date> parse_date(std::string_view text);

/// Days since 1970-01-01 (negative before). Requires a valid date.
std::int64_t to_days(const Date& date);

/// The date `days` after 1970-01-01.
Date from_days(std::int64_t days);

/// `YYYY-MM-DD`.
std::string to_string(const Date& date);

/// An inclusive range of dates; an absent bound is open (since ever / for ever).
struct Period {
    std::optional<Date> from;   ///< first day, inclusive; none means unbounded below
    std::optional<Date> until;  ///< last day, inclusive; none means unbounded above
};

/// True when the two periods share at least one day.
bool overlaps(const Period& a, const Period& b);

}  // namespace netral::check::ir
