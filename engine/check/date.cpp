// SPDX-License-Identifier: Apache-2.0
// Date validity and day counting (Howard Hinnant's days_from_civil algorithm).
#include "check/date.hpp"

#include <cstdio>

namespace netral::check::ir {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int fields[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t k = 0; k < lengths[f]; ++k) {
            char c = text[starts[f] + k];
            if (c < '0' || c > '9') return std::nullopt;
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    Date date{fields[0], fields[1], fields[2]};
    if (!is_valid(date)) return std::nullopt;
    return date;
}

bool is_valid(const Date& date) {
    if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12) return false;
    return date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

std::int64_t to_days(const Date& date) {
    std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t yoe = y - era * 400;
    std::int64_t mp = (date.month + 9) % 12;
    std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date from_days(std::int64_t days) {
    days += 719468;
    std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    std::int64_t doe = days - era * 146097;
    std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    std::int64_t mp = (5 * doy + 2) / 153;
    int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

std::string to_string(const Date& date) {
    // Printed for every date a trail shows: digits by hand, not through snprintf's parser.
    if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 ||
        date.day > 99) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
        return buffer;
    }
    std::string out(10, '-');
    auto put = [&out](std::size_t at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        }
    };
    put(0, date.year, 4);
    put(5, date.month, 2);
    put(8, date.day, 2);
    return out;
}

bool overlaps(const Period& a, const Period& b) {
    // Disjoint exactly when one ends before the other starts.
    if (a.until && b.from && *a.until < *b.from) return false;
    if (b.until && a.from && *b.until < *a.from) return false;
    return true;
}

}  // namespace netral::check::ir
