// SPDX-License-Identifier: Apache-2.0
// Whether a command colours what it writes: one decision for every command and stream, from
// `--color auto|always|never`, NO_COLOR and whether the stream is a terminal.
#pragma once

#include <string>
#include <string_view>

#include "cli/app.hpp"

namespace netral::cli {

/// The stream a command is about to write coloured text to.
enum class Stream {
    Out,  ///< standard output (check's diagnostics, test's results)
    Err,  ///< standard error (a rule set's diagnostics, graph's)
};

/// `always` colours; `never` does not; `auto` (and anything else) colours only when `stream` is
/// a terminal and NO_COLOR is unset or empty (no-color.org: a flag given on the command line
/// wins over the variable).
bool use_color(std::string_view when, const Environment& environment, Stream stream);

/// `text` in bold red when `color`, for a word such as FAIL; else `text` itself.
std::string red(std::string_view text, bool color);

}  // namespace netral::cli
