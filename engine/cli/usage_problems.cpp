// SPDX-License-Identifier: Apache-2.0
#include "cli/usage_problems.hpp"

#include <fmt/format.h>

#include <vector>

#include "base/suggest.hpp"
#include "cli/shared_options.hpp"

namespace netral::cli {

namespace {

/// CLI11 starts the messages of errors about one option with `NAME: `.
std::string option_named(const std::string& message) {
    auto colon = message.find(": ");
    return colon == std::string::npos ? std::string() : message.substr(0, colon);
}

std::string with_hint(std::string message, std::string_view name,
                      const std::vector<std::string>& candidates) {
    std::string hint = base::render(base::did_you_mean(name, candidates), Language::English);
    return hint.empty() ? message : message + "; " + hint;
}

}  // namespace

std::string describe(const CLI::ParseError& error, const CLI::App& app) {
    std::string message = error.what();
    std::string name = option_named(message);
    // The validators of cli/shared_options.cpp write whole messages; CLI11 prefixes the name.
    if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr && !name.empty()) {
        return message.substr(name.size() + 2);
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && !name.empty()) {
        // The two mismatches a command line can cause: an option last without its value, and
        // a single-valued option given again.
        if (message.find(" missing") != std::string::npos) {
            const CLI::Option* option = app.get_option_no_throw(name);
            std::string value = option != nullptr ? value_name(*option) : "VALUE";
            return fmt::format("option `{}` needs a value ({})", name, value);
        }
        if (message.find("At Most") != std::string::npos) {
            return fmt::format("option `{}` given twice", name);
        }
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
        message.find("subcommand") != std::string::npos) {
        std::vector<std::string> names;
        for (const CLI::App* command : app.get_subcommands({}))
            names.push_back(command->get_name());
        return fmt::format("`{}` needs a subcommand: {}", app.get_name(), fmt::join(names, ", "));
    }
    return message;
}

std::string unknown_argument(const std::string& argument, const CLI::App& app) {
    if (argument.size() < 2 || argument[0] != '-') {
        std::vector<std::string> commands;
        for (const CLI::App* command : app.get_subcommands({})) {
            commands.push_back(command->get_name());
        }
        if (app.get_parent() == nullptr) {
            return with_hint(fmt::format("unknown command `{}`", argument), argument, commands);
        }
        return fmt::format("unexpected argument `{}`", argument);
    }
    std::string name = argument.substr(0, argument.find('='));
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options()) {
        for (const std::string& long_name : option->get_lnames()) names.push_back("--" + long_name);
        for (const std::string& short_name : option->get_snames())
            names.push_back("-" + short_name);
    }
    return with_hint(fmt::format("unknown option `{}`", name), name, names);
}

}  // namespace netral::cli
