// SPDX-License-Identifier: Apache-2.0
// Structured log lines of the service: one JSON object per line on the log stream, with the
// time (UTC) and the event first. Log lines are for operators and stay in English
// (docs/decisions.md). Thread-safe.
#pragma once

#include <iosfwd>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace netral::serve {

/// One field of a log line: a text, or a number written as it is.
struct LogField {
    std::string name;
    std::string value;
    bool number = false;  ///< write `value` unquoted
};

class Logger {
public:
    explicit Logger(std::ostream& out) : out_(out) {}
    /// Writes `{"time":…,"level":level,"event":event,…fields}` and a new line, flushed.
    void write(std::string_view level, std::string_view event, const std::vector<LogField>& fields);

private:
    std::ostream& out_;
    std::mutex mutex_;  ///< one line at a time
};

/// A text field.
inline LogField text_field(std::string name, std::string value) {
    return {std::move(name), std::move(value), false};
}
/// A number field.
template <typename Number>
LogField number_field(std::string name, Number value) {
    return {std::move(name), std::to_string(value), true};
}

}  // namespace netral::serve
