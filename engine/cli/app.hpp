// SPDX-License-Identifier: Apache-2.0
// The `netral` command line. `run` takes arguments and streams instead of argc/argv and the
// process's streams, so the CLI golden tests drive it in-process as well as through the binary.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace netral::cli {

// Exit codes, the same for every command. Plain int constants: commands and main() return them
// as the process's status.
inline constexpr int kExitOk = 0;        ///< done; warnings allowed
inline constexpr int kExitErrors = 1;    ///< the input has errors (rules or incidents)
inline constexpr int kExitUsage = 2;     ///< bad flag, missing argument, unreadable path
inline constexpr int kExitInternal = 3;  ///< an exception (out of memory) reached main()

/// What the CLI may learn from its surroundings; tests replace each part.
struct Environment {
    /// Value of an environment variable (NETRAL_RULES, NO_COLOR), or none.
    std::function<std::optional<std::string>(const std::string&)> getenv;
    /// Whether standard output is a terminal (for colour).
    bool stdout_is_terminal = false;
    /// Whether standard error is a terminal (for the progress bar of `netral eval`).
    bool stderr_is_terminal = false;
    /// Standard input (`netral eval -`), or null when the command may not read one.
    std::istream* in = nullptr;
    /// Directory of the running executable, to find the bundled rules.
    std::string executable_dir;
    /// The current directory, where a `rules/` folder the command did not use is worth a
    /// warning. Empty: not known (no warning).
    std::string current_dir;

    /// The real process environment.
    static Environment from_process();
};

/// Runs one command line (without the program name). Returns the exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        const Environment& environment);

}  // namespace netral::cli
