// SPDX-License-Identifier: Apache-2.0
// The fixed JSON layout of decisions (see json_writer.hpp).
#include "render/json_writer.hpp"

#include <boost/json/serialize.hpp>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "render/json_stream.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

constexpr std::string_view kHex = "0123456789abcdef";

/// The bytes copied into a string literal as they are: printable ASCII but `"` and `\`.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
}();

/// Whether the 8 bytes at `bytes` are all kPlain, tested at once (decisions are mostly long
/// runs of plain text): no byte below 0x20, none from 0x7F up, none equal to `"` or `\`.
bool plain_word(const char* bytes) {
    constexpr std::uint64_t kOnes = 0x0101010101010101U;
    constexpr std::uint64_t kHighs = 0x8080808080808080U;
    std::uint64_t word;
    std::memcpy(&word, bytes, sizeof word);
    // The classic test for a zero byte; a borrow may flag a byte above a true zero, never a
    // word without one.
    auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    std::uint64_t special = ((word - kOnes * 0x20) & ~word & kHighs)  // a byte below 0x20
                            | (word & kHighs)                          // a byte from 0x80 up
                            | has_zero(word ^ (kOnes * 0x7F)) | has_zero(word ^ (kOnes * '"')) |
                            has_zero(word ^ (kOnes * '\\'));
    return special == 0;
}

/// The letter of `c`'s two-character escape (`\n` → 'n'), or 0 when it has none.
char short_escape(unsigned char c) {
    switch (c) {
        case '"':
            return '"';
        case '\\':
            return '\\';
        case '\b':
            return 'b';
        case '\f':
            return 'f';
        case '\n':
            return 'n';
        case '\r':
            return 'r';
        case '\t':
            return 't';
        default:
            return 0;
    }
}

/// Appends `value`; `indent` is the current depth in spaces, or kCompact for one line.
void write(std::string& out, const boost::json::value& value, std::size_t indent);

constexpr std::size_t kCompact = static_cast<std::size_t>(-1);

/// Before a member or element: a new line and the indentation, or nothing when compact.
void open_line(std::string& out, std::size_t indent) {
    if (indent == kCompact) return;
    out += '\n';
    out.append(indent, ' ');
}

std::size_t deeper(std::size_t indent) { return indent == kCompact ? kCompact : indent + 2; }

void write(std::string& out, const boost::json::value& value, std::size_t indent) {
    switch (value.kind()) {
        case boost::json::kind::object: {
            const boost::json::object& object = value.get_object();
            if (object.empty()) {
                out += "{}";
                return;
            }
            out += '{';
            bool first = true;
            for (const auto& member : object) {
                if (!first) out += ',';
                first = false;
                open_line(out, deeper(indent));
                append_quoted(out, member.key());
                out += indent == kCompact ? ":" : ": ";
                write(out, member.value(), deeper(indent));
            }
            open_line(out, indent);
            out += '}';
            return;
        }
        case boost::json::kind::array: {
            const boost::json::array& array = value.get_array();
            if (array.empty()) {
                out += "[]";
                return;
            }
            out += '[';
            bool first = true;
            for (const boost::json::value& element : array) {
                if (!first) out += ',';
                first = false;
                open_line(out, deeper(indent));
                write(out, element, deeper(indent));
            }
            open_line(out, indent);
            out += ']';
            return;
        }
        case boost::json::kind::string:
            append_quoted(out, value.get_string());
            return;
        case boost::json::kind::bool_:
            out += value.get_bool() ? "true" : "false";
            return;
        case boost::json::kind::null:
            out += "null";
            return;
        case boost::json::kind::int64:
            out += std::to_string(value.get_int64());
            return;
        case boost::json::kind::uint64:
            out += std::to_string(value.get_uint64());
            return;
        case boost::json::kind::double_:
            out += boost::json::serialize(value);
            return;
    }
}

}  // namespace

void append_quoted(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size() + 2);
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        // A run of printable ASCII other than `"` and `\` is copied as it is, in one append.
        std::size_t run = i;
        while (run + 8 <= text.size() && plain_word(text.data() + run)) run += 8;
        while (run < text.size() && kPlain[static_cast<unsigned char>(text[run])]) ++run;
        out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (char escape = short_escape(c); escape != 0) {
            out += '\\';
            out += escape;
            ++i;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            ++i;
            continue;
        }
        std::size_t length = utf8_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a malformed byte
            ++i;
            continue;
        }
        out.append(text.data() + i, length);
        i += length;
    }
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_quoted(out, text);
    return out;
}

std::string write_json(const boost::json::value& value, JsonLayout layout) {
    std::string out;
    write(out, value, layout == JsonLayout::Line ? kCompact : 0);
    out += '\n';
    return out;
}

}  // namespace netral::rendering
