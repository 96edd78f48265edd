// SPDX-License-Identifier: Apache-2.0
#include "serve/log.hpp"

#include <chrono>
#include <ctime>
#include <ostream>

#include "render/json_writer.hpp"

namespace netral::serve {

namespace {

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
std::string utc_time() {
    auto now = std::chrono::system_clock::now();
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[40];
    std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
    std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis.count()));
    return text;
}

}  // namespace

void Logger::write(std::string_view level, std::string_view event,
                   const std::vector<LogField>& fields) {
    std::string line = "{\"time\":" + rendering::json_quote(utc_time()) +
                       ",\"level\":" + rendering::json_quote(level) +
                       ",\"event\":" + rendering::json_quote(event);
    for (const LogField& field : fields) {
        line += "," + rendering::json_quote(field.name) + ":" +
                (field.number ? field.value : rendering::json_quote(field.value));
    }
    line += "}\n";
    std::lock_guard lock(mutex_);
    out_ << line << std::flush;
}

}  // namespace netral::serve
