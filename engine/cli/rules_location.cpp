// SPDX-License-Identifier: Apache-2.0
#include "cli/rules_location.hpp"

#include <filesystem>
#include <vector>

#include "render/json_writer.hpp"

#ifndef NETRAL_SOURCE_RULES_DIR
#define NETRAL_SOURCE_RULES_DIR ""
#endif

namespace netral::cli {

namespace fs = std::filesystem;

std::optional<RulesLocation> find_rules(const std::string& given, const Environment& environment) {
    if (!given.empty()) return RulesLocation{given, RulesOrigin::Argument};
    if (environment.getenv) {
        if (auto value = environment.getenv("NETRAL_RULES"); value && !value->empty()) {
            return RulesLocation{*value, RulesOrigin::Environment};
        }
    }
    std::vector<fs::path> candidates;
    if (!environment.executable_dir.empty()) {
        fs::path dir = environment.executable_dir;
        candidates = {dir / "rules", dir / ".." / "rules",
                      dir / ".." / "share" / "netral" / "rules"};
    }
    if (std::string(NETRAL_SOURCE_RULES_DIR).size() > 0) {
        candidates.emplace_back(NETRAL_SOURCE_RULES_DIR);
    }
    for (const fs::path& candidate : candidates) {
        std::error_code ec;
        if (fs::is_directory(candidate, ec)) {
            return RulesLocation{candidate.lexically_normal().string(), RulesOrigin::Bundled};
        }
    }
    return std::nullopt;
}

std::string_view to_string(RulesOrigin origin) {
    switch (origin) {
        case RulesOrigin::Argument:
            return "argument";
        case RulesOrigin::Environment:
            return "environment";
        case RulesOrigin::Bundled:
            return "bundled";
    }
    return "argument";
}

std::string rule_set_line(const RulesLocation& location, const std::string& digest) {
    std::string origin;
    switch (location.origin) {
        case RulesOrigin::Argument:
            break;
        case RulesOrigin::Environment:
            origin = " (from NETRAL_RULES)";
            break;
        case RulesOrigin::Bundled:
            origin = " (bundled)";
            break;
    }
    return "rule set: " + location.path + origin + ", " + digest + "\n";
}

std::string rule_set_json(const RulesLocation& location, const std::string& digest) {
    return "{\"path\":" + rendering::json_quote(location.path) + ",\"origin\":\"" +
           std::string(to_string(location.origin)) +
           "\",\"digest\":" + rendering::json_quote(digest) + "}";
}

std::string local_rules_warning(const RulesLocation& location, const Environment& environment) {
    if (location.origin != RulesOrigin::Bundled || environment.current_dir.empty()) return {};
    std::error_code ec;
    fs::path local = fs::path(environment.current_dir) / "rules";
    if (!fs::is_directory(local, ec)) return {};
    // Run from the source tree, ./rules is the bundled set itself.
    if (fs::equivalent(local, location.path, ec)) return {};
    return "netral: warning: using the bundled rules at " + location.path +
           ", not ./rules; pass `--rules rules` to use ./rules\n";
}

}  // namespace netral::cli
