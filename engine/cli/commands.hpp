// SPDX-License-Identifier: Apache-2.0
// The commands of the CLI. Each command's file declares its options on the command's CLI11 app
// (`define_…`) and returns the function that runs it with the values parsed; app.cpp holds the
// table, parses and dispatches.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "netral/netral.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace netral::cli {

/// Everything a command gets besides its parsed options.
struct Invocation {
    std::ostream& out;               ///< results
    std::ostream& err;               ///< usage errors, diagnostics and progress
    const Environment& environment;  ///< surroundings
};

/// Runs a command whose options were parsed into the values its define_… bound; returns a
/// kExit… code.
using Runner = std::function<int(const Invocation&)>;

/// One command: name, one-line summary, and the function that declares its options.
struct Command {
    std::string name;                 ///< as typed
    std::string summary;              ///< for `netral --help`
    Runner (*define)(CLI::App& app);  ///< declares options and help on `app`
};

/// The commands in the order `netral --help` lists them.
const std::vector<Command>& commands();

// Each declares its command's options, usage and help on `app` (CLI11 keeps them: `footer`
// holds the usage lines and the paragraph shown before the options) and returns its runner,
// which owns the values the options are parsed into.
Runner define_check(CLI::App& app);
Runner define_graph(CLI::App& app);
Runner define_eval(CLI::App& app);
Runner define_explain(CLI::App& app);
Runner define_test(CLI::App& app);
Runner define_whatif(CLI::App& app);
Runner define_doc(CLI::App& app);
Runner define_serve(CLI::App& app);
Runner define_replay(CLI::App& app);
Runner define_log(CLI::App& app);
Runner define_completion(CLI::App& app);

/// Prints `netral: message` and a pointer to --help; returns kExitUsage.
int usage_error(const Invocation& invocation, const std::string& command,
                const std::string& message);

}  // namespace netral::cli
