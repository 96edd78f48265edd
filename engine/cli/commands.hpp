// SPDX-License-Identifier: Apache-2.0
// The commands of the CLI and what they share: the rules directory and the front-end options.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/options.hpp"
#include "netral/netral.hpp"

namespace netral::cli {

/// Everything a command gets.
struct Invocation {
    std::vector<std::string> args;   ///< arguments after the command name
    std::ostream& out;               ///< results
    std::ostream& err;               ///< usage errors and progress
    const Environment& environment;  ///< surroundings
};

/// One command: name, one-line summary and implementation.
struct Command {
    std::string name;     ///< as typed
    std::string summary;  ///< for `netral --help`
    int (*run)(const Invocation&);  ///< runs the command; returns a kExit… code
};

const std::vector<Command>& commands();

int run_check(const Invocation& invocation);
int run_graph(const Invocation& invocation);
int run_eval(const Invocation& invocation);
int run_explain(const Invocation& invocation);
int run_test(const Invocation& invocation);
int run_doc(const Invocation& invocation);
int run_whatif(const Invocation& invocation);

/// Options every command that reads rules accepts (limits, warnings).
std::vector<OptionSpec> front_end_option_specs();

/// Builds CheckOptions from parsed options; on a bad value sets `error`.
bool front_end_options(const ParsedArgs& parsed, CheckOptions& options, std::string& error);

/// The rules directory: the argument, else $NETRAL_RULES, else the bundled rules next to the
/// executable or under the install prefix. Empty when none is found.
std::string resolve_rules_dir(const std::vector<std::string>& positional,
                              const Environment& environment);

/// Prints `netral: message` and a pointer to --help; returns kExitUsage.
int usage_error(const Invocation& invocation, const std::string& command,
                const std::string& message);

}  // namespace netral::cli
