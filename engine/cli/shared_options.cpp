// SPDX-License-Identifier: Apache-2.0
#include "cli/shared_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

#include "base/suggest.hpp"

namespace netral::cli {

namespace {

/// The long name of an option as help shows it ("--rules"), else its short name.
std::string display_name(const CLI::Option& option) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    return option.get_snames().empty() ? option.get_name() : "-" + option.get_snames().front();
}

/// CLI11 takes the argument after an option as its value whatever it is; an option never takes
/// the next option as its value (`-` alone, standard input, is a value). Runs before the other
/// checks, so `--format --lang` says the value is missing rather than that it is no format.
CLI::Validator not_an_option(std::string option, std::string value_name) {
    return CLI::Validator(
        [option = std::move(option), value_name = std::move(value_name)](std::string& value) {
            if (value.size() < 2 || value[0] != '-') return std::string();
            return fmt::format("option `{}` needs a value ({}), not the option `{}`", option,
                               value_name, value);
        },
        "");
}

/// Declares the value name and the option check shared by every value option.
CLI::Option* value_option(CLI::Option* option, const std::string& value_name) {
    option->type_name(value_name);
    option->check(not_an_option(display_name(*option), value_name));
    return option;
}

std::optional<std::size_t> parse_count(const std::string& text) {
    std::size_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

}  // namespace

CLI::Option* add_value_option(CLI::App& command, const std::string& names, std::string& target,
                              const std::string& value_name, const std::string& help) {
    CLI::Option* option = value_option(command.add_option(names, target, help), value_name);
    if (!target.empty()) option->default_str(target);
    return option;
}

CLI::Option* add_repeated_option(CLI::App& command, const std::string& names,
                                 std::vector<std::string>& target, const std::string& value_name,
                                 const std::string& help) {
    return value_option(command.add_option(names, target, help + " (repeatable)"), value_name);
}

CLI::Option* add_choice_option(CLI::App& command, const std::string& names, std::string& target,
                               const std::vector<std::string>& choices,
                               const std::string& value_name, const std::string& help) {
    CLI::Option* option = add_value_option(command, names, target, value_name, help);
    std::string name = display_name(*option);
    // The description "{a,b}" is CLI11's own spelling of a set of choices (IsMember);
    // option_choices() reads it back for completion.
    std::string listed = "{" + fmt::format("{}", fmt::join(choices, ",")) + "}";
    option->check(CLI::Validator(
        [name, choices](std::string& value) {
            if (std::find(choices.begin(), choices.end(), value) != choices.end()) {
                return std::string();
            }
            std::string message = fmt::format("`{}` is not a value of `{}` (one of: {})", value,
                                              name, fmt::join(choices, ", "));
            std::string hint = base::render(base::did_you_mean(value, choices), Language::English);
            return hint.empty() ? message : message + "; " + hint;
        },
        listed, "choices"));
    return option;
}

CLI::Option* add_count_option(CLI::App& command, const std::string& names, std::size_t& target,
                              std::size_t min, std::size_t max, const std::string& value_name,
                              const std::string& help, bool show_default) {
    CLI::Option* option = value_option(command.add_option(names, target, help), value_name);
    std::string name = display_name(*option);
    option->check(CLI::Validator(
        [name, min, max](std::string& value) {
            auto count = parse_count(value);
            if (count && *count >= min && *count <= max) return std::string();
            if (max == std::numeric_limits<std::size_t>::max()) {
                std::string wanted = min == 1 ? std::string("a positive whole number")
                                              : fmt::format("a whole number from {} up", min);
                return fmt::format("`{}` takes {}, got `{}`", name, wanted, value);
            }
            return fmt::format("`{}` takes a whole number from {} to {}, got `{}`", name, min, max,
                               value);
        },
        ""));
    if (show_default) option->default_str(std::to_string(target));
    return option;
}

CLI::Option* add_rules_option(CLI::App& command, std::string& rules) {
    return add_value_option(command, "-r,--rules", rules, "DIR",
                            "the rules directory (default: $NETRAL_RULES, else the bundled rules)");
}

CLI::Option* add_format_option(CLI::App& command, std::string& target,
                               const std::vector<Format>& formats,
                               const std::vector<std::string>& batch, const std::string& help) {
    std::vector<std::string> choices;
    for (Format format : formats) choices.emplace_back(to_string(format));
    choices.insert(choices.end(), batch.begin(), batch.end());
    return add_choice_option(command, "-f,--format", target, choices, "FORMAT", help);
}

CLI::Option* add_lang_option(CLI::App& command, std::string& lang, CheckOptions& options) {
    if (lang.empty()) lang = to_string(options.language);
    std::vector<std::string> codes;
    for (Language language : {Language::Indonesian, Language::English}) {
        codes.emplace_back(to_string(language));
    }
    CLI::Option* option = add_choice_option(command, "-l,--lang", lang, codes, "LANG",
                                            "language of the output and the diagnostics: id or en");
    // Runs after the choice check, so the value is one of the codes.
    option->each([&options](const std::string& value) {
        if (auto language = parse_language(value)) options.language = *language;
    });
    return option;
}

CLI::Option* add_color_option(CLI::App& command, std::string& when) {
    if (when.empty()) when = "auto";
    return add_choice_option(command, "--color", when, {"auto", "always", "never"}, "WHEN",
                             "colour: auto (a terminal without NO_COLOR), always or never");
}

void add_front_end_options(CLI::App& command, CheckOptions& options) {
    constexpr std::size_t kNoMax = std::numeric_limits<std::size_t>::max();
    Limits& limits = options.limits;
    add_count_option(command, "--max-errors", limits.max_errors, 1, kNoMax, "N",
                     "stop after N errors");
    add_count_option(command, "--max-file-bytes", limits.max_file_bytes, 1, kNoMax, "N",
                     "largest rule file accepted");
    add_count_option(command, "--max-depth", limits.max_depth, 1, kNoMax, "N",
                     "deepest expression nesting accepted");
    add_count_option(command, "--max-identifier", limits.max_identifier, 1, kNoMax, "N",
                     "longest identifier accepted");
    add_count_option(command, "--max-rules", limits.max_rules, 1, kNoMax, "N",
                     "most rules accepted in one rule set");
    CLI::Option* disable =
        add_repeated_option(command, "--disable-warning", options.disabled_warnings, "CODE",
                            "do not report this warning code");
    disable->check(CLI::Validator(
        [](std::string& code) {
            auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
            bool well_formed = code.size() == 5 && code[0] == 'W' &&
                               std::all_of(code.begin() + 1, code.end(), is_digit);
            if (well_formed) return std::string();
            return fmt::format("`{}` is not a warning code (W followed by four digits)", code);
        },
        ""));
}

bool takes_value(const CLI::Option& option) { return option.get_expected_max() != 0; }

std::string value_name(const CLI::Option& option) {
    if (!takes_value(option)) return {};
    std::string type = option.get_type_name();
    return type.substr(0, type.find(':'));
}

std::vector<std::string> option_choices(const CLI::Option& option) {
    std::string type = option.get_type_name();
    auto open = type.find(":{");
    auto close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) return {};
    std::vector<std::string> choices;
    std::string list = type.substr(open + 2, close - open - 2);
    for (std::size_t at = 0; at <= list.size();) {
        std::size_t comma = std::min(list.find(',', at), list.size());
        choices.push_back(list.substr(at, comma - at));
        at = comma + 1;
    }
    return choices;
}

}  // namespace netral::cli
