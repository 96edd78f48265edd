// SPDX-License-Identifier: Apache-2.0
// Finding and reading the rule files a command works on, with usage errors on failure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace netral::cli {

/// Resolves the rules directory and reads its files. On failure prints a usage error and
/// returns none (the caller exits with kExitUsage).
std::optional<std::vector<Source>> load_rules(const Invocation& invocation,
                                              const std::string& command,
                                              const std::vector<std::string>& positional,
                                              const Limits& limits);

}  // namespace netral::cli
