// SPDX-License-Identifier: Apache-2.0
// One-line, terminal-safe and Markdown-safe forms of untrusted texts (see safe_text.hpp).
#include "render/safe_text.hpp"

#include <cstddef>
#include <utility>

namespace netral::rendering {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// True for the two-byte encodings of C1 control characters (U+0080..U+009F).
bool is_c1(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]) == 0xC2 &&
           static_cast<unsigned char>(text[i + 1]) < 0xA0;
}

}  // namespace

std::size_t utf8_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || lead == 0xC0 || lead == 0xC1) return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    }
    unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
    if (lead == 0xED && second >= 0xA0) return 0;  // surrogate
    if (lead == 0xF0 && second < 0x90) return 0;   // overlong
    if (lead == 0xF4 && second >= 0x90) return 0;  // above U+10FFFF
    return length;
}

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            ++i;
            continue;
        }
        std::size_t length = utf8_length(text, i);
        bool control = length == 1 && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F);
        if (length == 0 || control || (length == 2 && is_c1(text, i))) {
            out += kReplacement;
            i += length == 0 ? 1 : length;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string md_escape(std::string_view text) {
    constexpr std::string_view kSpecial = "\\`*_[]<>|#&!~";
    std::string clean = one_line(text);
    std::string out;
    out.reserve(clean.size());
    for (char c : clean) {
        if (kSpecial.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string md_code(std::string_view text, bool in_table) {
    std::string clean = one_line(text);
    if (clean.empty()) clean = " ";
    if (in_table) {
        std::string escaped;
        for (char c : clean) {
            if (c == '|') escaped += '\\';
            escaped += c;
        }
        clean = std::move(escaped);
    }
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char c : clean) {
        run = c == '`' ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    std::string fence(longest + 1, '`');
    bool pad = !clean.empty() && (clean.front() == '`' || clean.back() == '`');
    std::string space = pad ? " " : "";
    return fence + space + clean + space + fence;
}

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

}  // namespace netral::rendering
