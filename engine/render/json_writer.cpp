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

void write(std::string& out, const boost::json::value& value, std::size_t indent) {
    switch (value.kind()) {
        case boost::json::kind::object: {
            const boost::json::object& object = value.get_object();
            if (object.empty()) {
                out += "{}";
                return;
            }
            out += "{\n";
            bool first = true;
            for (const auto& member : object) {
                if (!first) out += ",\n";
                first = false;
                out.append(indent + 2, ' ');
                out += json_quote(member.key());
                out += ": ";
                write(out, member.value(), indent + 2);
            }
            out += '\n';
            out.append(indent, ' ');
            out += '}';
            return;
        }
        case boost::json::kind::array: {
            const boost::json::array& array = value.get_array();
            if (array.empty()) {
                out += "[]";
                return;
            }
            out += "[\n";
            bool first = true;
            for (const boost::json::value& element : array) {
                if (!first) out += ",\n";
                first = false;
                out.append(indent + 2, ' ');
                write(out, element, indent + 2);
            }
            out += '\n';
            out.append(indent, ' ');
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

std::string write_json(const boost::json::value& value) {
    std::string out;
    write(out, value, 0);
    out += '\n';
    return out;
}

}  // namespace netral::rendering
