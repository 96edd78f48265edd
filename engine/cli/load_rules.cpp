// SPDX-License-Identifier: Apache-2.0
#include "cli/load_rules.hpp"

namespace netral::cli {

std::optional<std::vector<Source>> load_rules(const Invocation& invocation,
                                              const std::string& command,
                                              const std::vector<std::string>& positional,
                                              const Limits& limits) {
    std::string directory = resolve_rules_dir(positional, invocation.environment);
    if (directory.empty()) {
        usage_error(invocation, command,
                    "no rules directory given and no bundled rules found; pass RULES_DIR or set "
                    "NETRAL_RULES");
        return std::nullopt;
    }
    std::string error;
    auto sources = load_rule_directory(directory, error, limits);
    if (!sources) {
        usage_error(invocation, command, error);
        return std::nullopt;
    }
    return sources;
}

}  // namespace netral::cli
