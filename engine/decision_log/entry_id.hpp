// SPDX-License-Identifier: Apache-2.0
// The id and time stamp of a new log entry, read from one clock reading so they agree.
#pragma once

#include <chrono>
#include <string>

namespace netral::decision_log {

/// `time` as RFC 3339 UTC with milliseconds: `2024-12-01T09:30:00.123Z`.
std::string rfc3339(std::chrono::system_clock::time_point time);

/// A UUIDv7 (RFC 9562) for `time`: 48 bits of Unix milliseconds, then random bits, written in
/// lower-case hex with dashes, so ids sort by time (to the millisecond) and do not collide
/// across processes. Thread-safe.
std::string uuid_v7(std::chrono::system_clock::time_point time);

/// True for a YYYY-MM-DD date of the proleptic Gregorian calendar.
bool is_date(std::string_view text);

}  // namespace netral::decision_log
