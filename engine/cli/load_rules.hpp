// SPDX-License-Identifier: Apache-2.0
// Finding and reading the rule set a command works on — the directory given, $NETRAL_RULES or
// the bundled rules (cli/rules_location.hpp) — with usage errors on failure, and compiling it
// for the commands that evaluate.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/rules_location.hpp"
#include "netral/evaluate.hpp"

namespace netral::cli {

/// A rule set's files, read.
struct RuleSetInput {
    RulesLocation location;       ///< where they were found
    std::vector<Source> sources;  ///< the rule files, sorted by path
    std::string digest;           ///< as RuleSet::digest() would give, even for broken rules
};

/// Finds the rules directory (`given` may be empty) and reads its files; warns on standard
/// error when the bundled rules are used although ./rules exists. On failure prints a usage
/// error and returns none (the caller exits with kExitUsage).
std::optional<RuleSetInput> load_rules(const Invocation& invocation, const std::string& command,
                                       const std::string& given, const Limits& limits);

/// What a command that evaluates asks of its rule set.
struct CompileRequest {
    std::string command;      ///< the command's name, for messages
    std::string rules;        ///< --rules; empty: $NETRAL_RULES, else bundled
    CheckOptions options;     ///< limits and disabled warnings
    std::string color;        ///< --color, for the rule set's diagnostics on standard error
    std::string consequence;  ///< what the failure means, e.g. "nothing was evaluated"
};

/// A compiled rule set and where it came from, or why there is none.
struct CompiledRules {
    std::shared_ptr<const RuleSet> rules;  ///< null on failure
    RulesLocation location;                ///< where the rules were found
    int exit_code = kExitOk;               ///< on failure: kExitUsage or kExitErrors
};

/// Loads and compiles the rule set of `request`. On failure prints why — a usage error, or the
/// rule-set line, the diagnostics and "netral COMMAND: the rule set has errors; CONSEQUENCE" —
/// and returns null rules. On success prints nothing but the local-rules warning: each command
/// names the rule set where its output allows.
CompiledRules compile_rules_option(const Invocation& invocation, const CompileRequest& request);

}  // namespace netral::cli
