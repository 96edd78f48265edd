// SPDX-License-Identifier: Apache-2.0
#include "cli/options.hpp"

#include <algorithm>
#include <charconv>

#include "base/suggest.hpp"

namespace netral::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::optional<ParsedArgs> parse_options(const std::vector<std::string>& args,
                                        const std::vector<OptionSpec>& specs,
                                        std::string& error) {
    ParsedArgs parsed;
    std::vector<std::string> names;
    for (const OptionSpec& spec : specs) names.push_back(spec.name);
    names.push_back("--help");
    bool only_positional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg == "-" || arg.rfind("-", 0) != 0) {
            parsed.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            parsed.help = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& candidate : specs) {
            if (candidate.name == name) spec = &candidate;
        }
        if (spec == nullptr) {
            error = "unknown option `" + name + "`";
            std::string hint = base::did_you_mean(name, names);
            if (!hint.empty()) error += "; " + hint;
            return std::nullopt;
        }
        if (!spec->takes_value) {
            if (inline_value) {
                error = "option `" + name + "` takes no value";
                return std::nullopt;
            }
            parsed.values[name].push_back("");
            continue;
        }
        std::string value;
        if (inline_value) {
            value = *inline_value;
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            error = "option `" + name + "` needs a value (" + spec->value_name + ")";
            return std::nullopt;
        }
        if (!spec->choices.empty() &&
            std::find(spec->choices.begin(), spec->choices.end(), value) == spec->choices.end()) {
            std::string allowed;
            for (const std::string& choice : spec->choices) {
                allowed += (allowed.empty() ? "" : ", ") + choice;
            }
            error = "`" + value + "` is not a value of `" + name + "` (one of: " + allowed + ")";
            std::string hint = base::did_you_mean(value, spec->choices);
            if (!hint.empty()) error += "; " + hint;
            return std::nullopt;
        }
        if (!spec->repeatable && parsed.has(name)) {
            error = "option `" + name + "` given twice";
            return std::nullopt;
        }
        parsed.values[name].push_back(value);
    }
    return parsed;
}

std::optional<std::size_t> parse_count(const std::string& text) {
    std::size_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::string options_help(const std::vector<OptionSpec>& specs) {
    std::string out = "Options:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const OptionSpec& spec : specs) {
        std::string left = spec.name + (spec.takes_value ? " " + spec.value_name : "");
        rows.emplace_back(left, spec.help);
    }
    rows.emplace_back("-h, --help", "show this help");
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    for (const auto& [left, help] : rows) {
        out += "  " + left + std::string(width - left.size() + 2, ' ') + help + "\n";
    }
    return out;
}

}  // namespace netral::cli
