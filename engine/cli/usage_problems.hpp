// SPDX-License-Identifier: Apache-2.0
// Usage problems found while parsing a command line, in the CLI's words: CLI11's errors
// reworded, and the unknown commands and options it leaves over, with a did-you-mean (CLI11 2.1
// suggests nothing).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace netral::cli {

/// The message for `error`, thrown while parsing for `app` (the command being parsed, or the
/// root app when none was reached yet).
std::string describe(const CLI::ParseError& error, const CLI::App& app);

/// "unknown option `--formt`; did you mean `--format`?" for an argument `app` did not take; for
/// the root app, a word that is not an option is an unknown command.
std::string unknown_argument(const std::string& argument, const CLI::App& app);

}  // namespace netral::cli
