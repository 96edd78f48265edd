// SPDX-License-Identifier: Apache-2.0
// The fixed JSON layout of decisions (see json_writer.hpp).
#include "render/json_writer.hpp"

#include <boost/json/serialize.hpp>
#include <cstddef>

#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

constexpr std::string_view kHex = "0123456789abcdef";

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
                out += json_quote(member.key());
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
            out += json_quote(value.get_string());
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

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
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
        out.append(text.substr(i, length));
        i += length;
    }
    out += '"';
    return out;
}

std::string write_json(const boost::json::value& value, JsonLayout layout) {
    std::string out;
    write(out, value, layout == JsonLayout::Line ? kCompact : 0);
    out += '\n';
    return out;
}

}  // namespace netral::rendering
