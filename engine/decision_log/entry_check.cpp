// SPDX-License-Identifier: Apache-2.0
#include "decision_log/entry_check.hpp"

#include "decision_log/entry_id.hpp"
#include "netral/netral.hpp"

namespace netral::decision_log {

bool is_sha256(std::string_view text) {
    constexpr std::string_view kPrefix = "sha256:";
    if (text.size() != kPrefix.size() + 64 || !text.starts_with(kPrefix)) return false;
    for (char c : text.substr(kPrefix.size())) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

std::string entry_problem(const Entry& entry) {
    if (entry.id.empty()) return "id is empty";
    const std::string& time = entry.time;
    if (time.size() < 20 || !is_date(std::string_view(time).substr(0, 10)) || time[10] != 'T' ||
        time.back() != 'Z') {
        return "time `" + time + "` is not an RFC 3339 UTC time";
    }
    if (!is_sha256(entry.digest)) return "digest `" + entry.digest + "` is not sha256:<hex>";
    if (entry.engine_version.empty()) return "engine_version is empty";
    if (entry.options.empty() || entry.options.front() != '{') {
        return "options are not a JSON object";
    }
    if (entry.incident_format != "json" && entry.incident_format != "yaml") {
        return "incident_format `" + entry.incident_format + "` is neither json nor yaml";
    }
    if (!is_sha256(entry.decision_hash)) {
        return "decision_hash `" + entry.decision_hash + "` is not sha256:<hex>";
    }
    return "";
}

std::string prepare_entry(Entry& entry) {
    auto now = std::chrono::system_clock::now();
    if (entry.time.empty()) entry.time = rfc3339(now);
    if (entry.id.empty()) entry.id = uuid_v7(now);
    if (entry.engine_version.empty()) entry.engine_version = netral::version();
    return entry_problem(entry);
}

}  // namespace netral::decision_log
