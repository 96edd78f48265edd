// SPDX-License-Identifier: Apache-2.0
// The help text of `netral --help` and `netral COMMAND --help`, generated from the CLI11 apps:
// a command's usage lines and paragraph (its app's footer), then every option with its value
// name, its help and its default.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace netral::cli {

/// Set on the root app before the commands are added; CLI11 hands it to each command.
class HelpFormatter : public CLI::Formatter {
public:
    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;
};

/// The `Options:` block of `app`: one aligned line per option, `-h, --help` last.
std::string options_block(const CLI::App& app);

}  // namespace netral::cli
