// SPDX-License-Identifier: Apache-2.0
// Options shared by the commands that read rules, and where the rules are found.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "cli/commands.hpp"

#ifndef NETRAL_SOURCE_RULES_DIR
#define NETRAL_SOURCE_RULES_DIR ""
#endif

namespace netral::cli {

std::vector<OptionSpec> front_end_option_specs() {
    return {
        {"--max-errors", true, {}, "stop after N errors (default 100)", "N"},
        {"--max-file-bytes", true, {}, "largest rule file accepted (default 1048576)", "N"},
        {"--max-depth", true, {}, "deepest expression nesting accepted (default 64)", "N"},
        {"--max-identifier", true, {}, "longest identifier accepted (default 128)", "N"},
        {"--max-rules", true, {}, "most rules accepted in one rule set (default 100000)", "N"},
        {"--disable-warning", true, {}, "do not report this warning code (repeatable)", "CODE",
         true},
    };
}

bool front_end_options(const ParsedArgs& parsed, CheckOptions& options, std::string& error) {
    struct LimitFlag {
        const char* name;
        std::size_t* target;
    };
    const LimitFlag flags[] = {
        {"--max-errors", &options.limits.max_errors},
        {"--max-file-bytes", &options.limits.max_file_bytes},
        {"--max-depth", &options.limits.max_depth},
        {"--max-identifier", &options.limits.max_identifier},
        {"--max-rules", &options.limits.max_rules},
    };
    for (const LimitFlag& flag : flags) {
        if (!parsed.has(flag.name)) continue;
        auto value = parse_count(parsed.get(flag.name, ""));
        if (!value || *value == 0) {
            error = "`" + std::string(flag.name) + "` needs a positive whole number";
            return false;
        }
        *flag.target = *value;
    }
    if (parsed.has("--disable-warning")) {
        auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
        for (const std::string& code : parsed.values.at("--disable-warning")) {
            bool well_formed = code.size() == 5 && code[0] == 'W' &&
                               std::all_of(code.begin() + 1, code.end(), is_digit);
            if (!well_formed) {
                error = "`" + code + "` is not a warning code (W followed by four digits)";
                return false;
            }
            options.disabled_warnings.push_back(code);
        }
    }
    return true;
}

std::string resolve_rules_dir(const std::vector<std::string>& positional,
                              const Environment& environment) {
    if (!positional.empty()) return positional.front();
    if (environment.getenv) {
        if (auto value = environment.getenv("NETRAL_RULES"); value && !value->empty()) {
            return *value;
        }
    }
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (!environment.executable_dir.empty()) {
        fs::path dir = environment.executable_dir;
        candidates = {dir / "rules", dir / ".." / "rules", dir / ".." / "share" / "netral" / "rules"};
    }
    if (std::string(NETRAL_SOURCE_RULES_DIR).size() > 0) {
        candidates.emplace_back(NETRAL_SOURCE_RULES_DIR);
    }
    for (const fs::path& candidate : candidates) {
        std::error_code ec;
        if (fs::is_directory(candidate, ec)) return candidate.lexically_normal().string();
    }
    return {};
}

}  // namespace netral::cli
