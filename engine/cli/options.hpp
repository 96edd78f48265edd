// SPDX-License-Identifier: Apache-2.0
// A small, strict option parser: every flag is declared, unknown ones are usage errors with a
// did-you-mean, and values are validated before a command runs.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace netral::cli {

/// One accepted option.
struct OptionSpec {
    std::string name;                  ///< long name with dashes, e.g. "--format"
    bool takes_value = false;          ///< `--format json` or `--format=json`
    std::vector<std::string> choices;  ///< allowed values; empty means any
    std::string help;                  ///< one line for --help
    std::string value_name;            ///< shown in help, e.g. "FORMAT"
    bool repeatable = false;           ///< may be given several times
};

/// The parsed command line of one command.
struct ParsedArgs {
    std::map<std::string, std::vector<std::string>> values;  ///< option → values in order
    std::vector<std::string> positional;                     ///< other arguments
    bool help = false;                                       ///< -h or --help was given

    bool has(const std::string& name) const { return values.count(name) > 0; }
    /// Last value of an option, or the fallback.
    std::string get(const std::string& name, const std::string& fallback) const;
};

/// Parses `args` against `specs`. On a usage problem returns none and sets `error`.
std::optional<ParsedArgs> parse_options(const std::vector<std::string>& args,
                                        const std::vector<OptionSpec>& specs, std::string& error);

/// Parses a non-negative count for a limit option; none when the text is not one.
std::optional<std::size_t> parse_count(const std::string& text);

/// The options block of a command's help text.
std::string options_help(const std::vector<OptionSpec>& specs);

}  // namespace netral::cli
