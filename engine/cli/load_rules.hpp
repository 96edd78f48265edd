// SPDX-License-Identifier: Apache-2.0
// Finding and reading the rule set a command works on: its one RULES_DIR argument, the
// front-end options, and the files, with usage errors on failure.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "netral/evaluate.hpp"

namespace netral::cli {

/// What a command that reads rules gets from its command line.
struct RuleSetInput {
    CheckOptions options;         ///< limits and disabled warnings from the flags
    std::vector<Source> sources;  ///< the rule files, sorted by path
};

/// Takes at most one positional RULES_DIR and the front-end options from `parsed`, resolves
/// the rules directory and reads its files. On failure prints a usage error and returns none
/// (the caller exits with kExitUsage).
std::optional<RuleSetInput> load_rules(const Invocation& invocation, const std::string& command,
                                       const ParsedArgs& parsed);

/// For commands that evaluate: the rule set named by `--rules` (else $NETRAL_RULES, else the
/// bundled rules), read and compiled with `options`. On failure prints why — a usage error, or
/// the rule set's diagnostics followed by "netral COMMAND: the rule set has errors; `consequence`"
/// — sets `exit_code` (kExitUsage or kExitErrors) and returns null.
std::shared_ptr<const RuleSet> compile_rules_option(const Invocation& invocation,
                                                    const std::string& command,
                                                    const ParsedArgs& parsed,
                                                    const CheckOptions& options,
                                                    const std::string& consequence, int& exit_code);

}  // namespace netral::cli
