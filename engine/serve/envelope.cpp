// SPDX-License-Identifier: Apache-2.0
#include "serve/envelope.hpp"

namespace netral::serve {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void skip_space(std::string_view text, std::size_t& at) {
    while (at < text.size() && is_space(text[at])) ++at;
}

/// Moves `at` past the string that opens there (at its `"`).
void skip_string(std::string_view text, std::size_t& at) {
    ++at;
    while (at < text.size() && text[at] != '"') at += text[at] == '\\' ? 2 : 1;
    ++at;
}

/// Moves `at` past the value that starts there.
void skip_value(std::string_view text, std::size_t& at) {
    if (at >= text.size()) return;
    if (text[at] == '"') {
        skip_string(text, at);
        return;
    }
    if (text[at] == '{' || text[at] == '[') {
        std::size_t depth = 0;
        while (at < text.size()) {
            char c = text[at];
            if (c == '"') {
                skip_string(text, at);
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            if (c == '}' || c == ']') --depth;
            ++at;
            if (depth == 0) return;
        }
        return;
    }
    while (at < text.size() && !is_space(text[at]) && text[at] != ',' && text[at] != '}' &&
           text[at] != ']') {
        ++at;
    }
}

}  // namespace

std::optional<std::vector<Member>> top_level_members(std::string_view text) {
    std::size_t at = 0;
    skip_space(text, at);
    if (at >= text.size() || text[at] != '{') return std::nullopt;
    ++at;
    std::vector<Member> members;
    while (true) {
        skip_space(text, at);
        if (at >= text.size()) return std::nullopt;
        if (text[at] == '}') return members;
        if (text[at] == ',') {
            ++at;
            continue;
        }
        if (text[at] != '"') return std::nullopt;
        Member member;
        member.key_at = at;
        std::size_t key_begin = at + 1;
        skip_string(text, at);
        member.key = std::string(text.substr(key_begin, at - 1 - key_begin));
        skip_space(text, at);
        if (at >= text.size() || text[at] != ':') return std::nullopt;
        ++at;
        skip_space(text, at);
        member.begin = at;
        skip_value(text, at);
        member.end = at;
        members.push_back(std::move(member));
    }
}

std::string keep_only(std::string_view text, std::size_t begin, std::size_t end) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (i >= begin && i < end) {
            out += c;
        } else if (c == '\n') {
            out += '\n';
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            out += ' ';  // a continuation byte adds nothing: its character is one space already
        }
    }
    return out;
}

}  // namespace netral::serve
