// SPDX-License-Identifier: Apache-2.0
// Declaring options on a command's CLI11 app, the same way everywhere: the helpers below give
// every value option its value name for help, refuse a value that is itself an option
// (`--rules --lang en` must not read `--lang` as a directory), check counts and choices with
// messages in the CLI's words, and declare the options several commands share.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace netral::cli {

/// `names` (CLI11 syntax, e.g. "-o,--out") taking one value into `target`; `value_name` is
/// shown in help ("FILE"). A non-empty `target` is the default shown in help.
CLI::Option* add_value_option(CLI::App& command, const std::string& names, std::string& target,
                              const std::string& value_name, const std::string& help);

/// The same, repeatable: each occurrence adds one value to `target`, in order.
CLI::Option* add_repeated_option(CLI::App& command, const std::string& names,
                                 std::vector<std::string>& target, const std::string& value_name,
                                 const std::string& help);

/// A value that must be one of `choices`; anything else is a usage error listing them, with a
/// did-you-mean. A non-empty `target` is the default shown in help.
CLI::Option* add_choice_option(CLI::App& command, const std::string& names, std::string& target,
                               const std::vector<std::string>& choices,
                               const std::string& value_name, const std::string& help);

/// A whole number from `min` to `max` into `target`, whose value is the default shown in help
/// when `show_default`.
CLI::Option* add_count_option(CLI::App& command, const std::string& names, std::size_t& target,
                              std::size_t min, std::size_t max, const std::string& value_name,
                              const std::string& help, bool show_default = true);

/// `-r, --rules DIR`: the rules directory of a command that evaluates.
CLI::Option* add_rules_option(CLI::App& command, std::string& rules);

/// `-f, --format FORMAT` for a rendering: the names of `formats` as parse_format() reads them,
/// then `batch` (ways of printing many, such as `summary`). `target` is the default when set.
CLI::Option* add_format_option(CLI::App& command, std::string& target,
                               const std::vector<Format>& formats,
                               const std::vector<std::string>& batch, const std::string& help);

/// `-l, --lang LANG` (the languages' codes as parse_language() reads them, default id), for text
/// and markdown output and for the diagnostics: the language given is also set in
/// `options.language`, which the front end and the API calls of the command take.
CLI::Option* add_lang_option(CLI::App& command, std::string& lang, CheckOptions& options);

/// `--color WHEN` (auto, always or never; default auto); see cli/color.hpp.
CLI::Option* add_color_option(CLI::App& command, std::string& when);

/// The front-end limits (`--max-errors N`, …) and `--disable-warning CODE` (repeatable), into
/// `options`, whose current values are the defaults shown.
void add_front_end_options(CLI::App& command, CheckOptions& options);

/// Whether `option` takes a value (CLI11 declares a flag as expecting none).
bool takes_value(const CLI::Option& option);

/// The value name an option was declared with ("DIR"); empty for a flag.
std::string value_name(const CLI::Option& option);

/// The values an add_choice_option() option accepts; empty for any other option.
std::vector<std::string> option_choices(const CLI::Option& option);

}  // namespace netral::cli
