// SPDX-License-Identifier: Apache-2.0
// Rendering of catalogue messages with fmt's run-time formatting: the templates are data, so
// their fields are checked by message_test rather than at compile time.
#include "base/message.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>

#include "base/message_catalogue.hpp"

namespace netral::base {
namespace {

std::vector<CatalogueEntry> sorted(std::vector<CatalogueEntry> entries) {
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const CatalogueEntry& a, const CatalogueEntry& b) { return a.key < b.key; });
    return entries;
}

std::string render_key(const std::string& key, const std::vector<MessageArg>& args,
                       Language language);

}  // namespace

bool operator==(const MessageArg& a, const MessageArg& b) {
    return a.text == b.text && a.is_key == b.is_key && a.args == b.args;
}

std::strong_ordering operator<=>(const MessageArg& a, const MessageArg& b) {
    if (auto c = a.text <=> b.text; c != 0) return c;
    if (auto c = a.is_key <=> b.is_key; c != 0) return c;
    return std::lexicographical_compare_three_way(a.args.begin(), a.args.end(), b.args.begin(),
                                                  b.args.end());
}

const std::vector<CatalogueEntry>& catalogue(Language language) {
    static const std::vector<CatalogueEntry> indonesian = sorted(indonesian_messages());
    static const std::vector<CatalogueEntry> english = sorted(english_messages());
    switch (language) {
        case Language::Indonesian:
            return indonesian;
        case Language::English:
            return english;
    }
    return english;
}

std::string_view lookup(Language language, std::string_view key) {
    const std::vector<CatalogueEntry>& entries = catalogue(language);
    auto it =
        std::lower_bound(entries.begin(), entries.end(), key,
                         [](const CatalogueEntry& e, std::string_view k) { return e.key < k; });
    if (it == entries.end() || it->key != key) return {};
    return it->pattern;
}

std::string render(const Message& message, Language language) {
    if (message.key.empty()) return message.args.empty() ? std::string() : message.args[0].text;
    return render_key(message.key, message.args, language);
}

namespace {

std::string render_key(const std::string& key, const std::vector<MessageArg>& args,
                       Language language) {
    std::string_view pattern = lookup(language, key);
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    std::string fallback;
    for (const MessageArg& arg : args) {
        if (arg.is_key && !arg.args.empty()) {
            store.push_back(render_key(arg.text, arg.args, language));
        } else if (arg.is_key) {
            // A word is a template without fields: formatting it turns `{{` into `{`.
            std::string_view word = lookup(language, arg.text);
            store.push_back(word.empty() ? arg.text : fmt::format(fmt::runtime(word)));
        } else {
            store.push_back(arg.text);
        }
        fallback += fallback.empty() ? ": " : ", ";
        fallback += arg.text;
    }
    if (pattern.empty()) return "\u2039" + key + "\u203a" + fallback;
    try {
        return fmt::vformat(pattern, store);
    } catch (const fmt::format_error&) {
        // A template with more fields than arguments; message_test rules it out.
        return std::string(pattern) + fallback;
    }
}

}  // namespace

}  // namespace netral::base
