// SPDX-License-Identifier: Apache-2.0
#include "decision_log/entry_id.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <mutex>
#include <random>
#include <string_view>

namespace netral::decision_log {

std::string rfc3339(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    auto ms = floor<milliseconds>(time);
    auto day = floor<days>(ms);
    year_month_day date{day};
    hh_mm_ss clock{ms - day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", int(date.year()),
                       unsigned(date.month()), unsigned(date.day()), clock.hours().count(),
                       clock.minutes().count(), clock.seconds().count(),
                       clock.subseconds().count());
}

std::string uuid_v7(std::chrono::system_clock::time_point time) {
    static std::mutex mutex;
    static std::mt19937_64 random{std::random_device{}()};
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    {
        std::lock_guard lock(mutex);
        a = random();
        b = random();
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch());
    std::uint64_t unix_ms = static_cast<std::uint64_t>(ms.count()) & 0xffffffffffffULL;
    // version 7 in the 4 bits after the time, variant 0b10 at the top of the last 64 bits
    std::uint64_t high = (unix_ms << 16) | 0x7000ULL | (a & 0x0fffULL);
    std::uint64_t low = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xffff,
                       high & 0xffff, low >> 48, low & 0xffffffffffffULL);
}

bool is_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    std::chrono::year_month_day date{std::chrono::year(number(0, 4)),
                                     std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                     std::chrono::day(static_cast<unsigned>(number(8, 2)))};
    return date.ok();
}

}  // namespace netral::decision_log
