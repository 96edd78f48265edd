// SPDX-License-Identifier: Apache-2.0
// A text for a person (a diagnostic's message, note or hint) kept as a catalogue key and its
// arguments until the reader's language is known. The templates live in two catalogues, one
// per language (messages_id.cpp, messages_en.cpp); message_test checks they have the same keys
// and the same placeholders, and that every key the engine uses is in both.
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "netral/language.hpp"

namespace netral::base {

/// One argument of a message: a literal taken from the input or the program (a name, a path, a
/// number), the catalogue key of a word that the reader's language decides ("rule", "fact"),
/// or a phrase with arguments of its own (a key and `args`, from msg() passed as an argument).
struct MessageArg {
    std::string text;     ///< the literal, or the catalogue key when `is_key`
    bool is_key = false;  ///< `text` is a catalogue key, rendered in the reader's language
    std::vector<MessageArg> args;  ///< a phrase's own arguments, when `is_key`
};

// Written out rather than defaulted: a defaulted comparison of a type holding a vector of
// itself asks whether the type is comparable while deciding it.
bool operator==(const MessageArg& a, const MessageArg& b);
std::strong_ordering operator<=>(const MessageArg& a, const MessageArg& b);

/// An argument that is itself a catalogue entry without placeholders, such as a kind word.
inline MessageArg word(std::string_view key) { return {std::string(key), true, {}}; }

/// A catalogue key with its arguments; the templates refer to them as {0}, {1}, …
/// An empty key marks a literal (the text is args[0], shown as it is in every language): only
/// for text that is data rather than the engine's words, such as a value the user wrote.
struct Message {
    std::string key;               ///< catalogue key, e.g. "E2004" or "hint.did_you_mean"
    std::vector<MessageArg> args;  ///< in placeholder order

    Message() = default;
    /// A literal: `text` shown as it is, whatever the language (empty text: the empty message).
    static Message literal(std::string text) {
        Message m;
        if (!text.empty()) m.args.push_back({std::move(text), false, {}});
        return m;
    }
    /// True for the default-constructed value (no hint, say).
    bool empty() const { return key.empty() && args.empty(); }

    auto operator<=>(const Message&) const = default;
};

namespace message_detail {
inline MessageArg to_arg(MessageArg arg) { return arg; }
inline MessageArg to_arg(std::string text) { return {std::move(text), false, {}}; }
inline MessageArg to_arg(std::string_view text) { return {std::string(text), false, {}}; }
inline MessageArg to_arg(const char* text) { return {std::string(text), false, {}}; }
inline MessageArg to_arg(char c) { return {std::string(1, c), false, {}}; }
/// A phrase within a message ("one of `a` or `b`"); a literal stays a literal.
inline MessageArg to_arg(Message phrase) {
    if (phrase.key.empty()) return {phrase.args.empty() ? std::string() : phrase.args[0].text, false, {}};
    return {std::move(phrase.key), true, std::move(phrase.args)};
}
template <std::integral T>
requires(!std::same_as<T, char> && !std::same_as<T, bool>) MessageArg to_arg(T number) {
    return {std::to_string(number), false, {}};
}
}  // namespace message_detail

/// The message `key` with `args` (strings, numbers, word() keys, or phrases made by msg()) in
/// placeholder order.
template <typename... Args>
Message msg(std::string_view key, Args&&... args) {
    Message m;
    m.key = std::string(key);
    m.args.reserve(sizeof...(Args));
    (m.args.push_back(message_detail::to_arg(std::forward<Args>(args))), ...);
    return m;
}

/// One template of a catalogue.
struct CatalogueEntry {
    std::string_view key;      ///< sorted ascending within a catalogue
    std::string_view pattern;  ///< fmt syntax with positional fields: "unknown name `{0}`"
};

/// The catalogue of `language`, sorted by key.
std::vector<CatalogueEntry> const& catalogue(Language language);

/// The template of `key` in `language`, or an empty view when the catalogue lacks it.
std::string_view lookup(Language language, std::string_view key);

/// `message` in `language`. A key missing from the catalogue renders as "‹key›: args…" so the
/// slip is visible rather than a blank (message_test keeps it from happening).
std::string render(const Message& message, Language language);

}  // namespace netral::base
