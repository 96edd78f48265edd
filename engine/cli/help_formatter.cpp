// SPDX-License-Identifier: Apache-2.0
#include "cli/help_formatter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "cli/shared_options.hpp"
#include "netral/netral.hpp"

namespace netral::cli {

namespace {

/// `-r, --rules DIR`: short name (or room for one), long name, value name.
std::string left_column(const CLI::Option& option) {
    std::string out =
        option.get_snames().empty() ? "    " : "-" + option.get_snames().front() + ", ";
    out += option.get_lnames().empty() ? "" : "--" + option.get_lnames().front();
    std::string value = value_name(option);
    return value.empty() ? out : out + " " + value;
}

/// The option's help and, for a value option with one, its default.
std::string right_column(const CLI::Option& option) {
    std::string text = option.get_description();
    if (takes_value(option) && !option.get_default_str().empty()) {
        text += fmt::format(" (default: {})", option.get_default_str());
    }
    return text;
}

/// Help lines stay within this many columns (the text wraps under its column).
constexpr std::size_t kHelpWidth = 100;

/// Two columns, the left one as wide as its widest entry; the right one wrapped at spaces.
std::string aligned(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    std::size_t room = kHelpWidth > width + 4 ? kHelpWidth - width - 4 : 40;
    std::string out;
    for (const auto& [left, right] : rows) {
        std::string line = fmt::format("  {:<{}}  ", left, width);
        std::size_t used = 0;
        for (std::size_t at = 0; at < right.size();) {
            std::size_t space = right.find(' ', at);
            std::string word = right.substr(at, space == std::string::npos ? space : space - at);
            at = space == std::string::npos ? right.size() : space + 1;
            if (used > 0 && used + 1 + word.size() > room) {
                out += line + "\n";
                line = std::string(width + 4, ' ');
                used = 0;
            }
            line += (used > 0 ? " " : "") + word;
            used += (used > 0 ? 1 : 0) + word.size();
        }
        out += line + "\n";
    }
    return out;
}

std::string root_help(const CLI::App& app) {
    std::vector<std::pair<std::string, std::string>> commands;
    for (const CLI::App* command : app.get_subcommands({})) {
        commands.emplace_back(command->get_name(), command->get_description());
    }
    return fmt::format(
        "netral {} — rules engine for ASN election-neutrality sanctions\n\n"
        "Usage: netral COMMAND [ARGS] [OPTIONS]\n\nCommands:\n{}\n{}\n{}",
        netral::version(), aligned(commands), options_block(app), app.get_footer());
}

}  // namespace

std::string options_block(const CLI::App& app) {
    std::vector<std::pair<std::string, std::string>> rows;
    const CLI::Option* help = app.get_help_ptr();
    for (const CLI::Option* option : app.get_options()) {
        if (option->nonpositional() && option != help) {
            rows.emplace_back(left_column(*option), right_column(*option));
        }
    }
    if (help != nullptr) rows.emplace_back(left_column(*help), help->get_description());
    return "Options:\n" + aligned(rows);
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string /*name*/,
                                     CLI::AppFormatMode /*mode*/) const {
    if (app->get_parent() == nullptr) return root_help(*app);
    return app->get_footer() + "\n" + options_block(*app);
}

}  // namespace netral::cli
