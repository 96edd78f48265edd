// SPDX-License-Identifier: Apache-2.0
// Calendar dates: printing, parsing and day numbers agree with one another.
#include <doctest/doctest.h>

#include <string>

#include "check/date.hpp"

namespace ir = netral::check::ir;

TEST_CASE("dates print as YYYY-MM-DD, zero-padded") {
    CHECK(ir::to_string(ir::Date{2024, 9, 5}) == "2024-09-05");
    CHECK(ir::to_string(ir::Date{1, 1, 1}) == "0001-01-01");
    CHECK(ir::to_string(ir::Date{9999, 12, 31}) == "9999-12-31");
    CHECK(ir::to_string(ir::Date{1970, 1, 1}) == "1970-01-01");
}

TEST_CASE("every day from 1900 to 2100 prints, parses and numbers back to itself") {
    for (std::int64_t day = ir::to_days(ir::Date{1900, 1, 1});
         day <= ir::to_days(ir::Date{2100, 12, 31}); ++day) {
        std::string text = ir::to_string(ir::from_days(day));
        auto parsed = ir::parse_date(text);
        REQUIRE_MESSAGE(parsed.has_value(), text);
        REQUIRE(ir::to_days(*parsed) == day);
    }
}
