// SPDX-License-Identifier: Apache-2.0
#include "serve/target.hpp"

namespace netral::serve {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Percent-decodes `text`; `plus_is_space` for the query (HTML forms write a space as `+`).
bool decode(std::string_view text, bool plus_is_space, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            int high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
            int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
            if (high < 0 || low < 0) return false;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return true;
}

}  // namespace

Target parse_target(std::string_view target) {
    Target out;
    std::size_t question = target.find('?');
    std::string_view path = target.substr(0, question);
    if (path.empty() || path.front() != '/' || !decode(path, false, out.path)) {
        out.valid = false;
        return out;
    }
    if (question == std::string_view::npos) return out;
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        std::size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        std::size_t equals = pair.find('=');
        std::string name;
        std::string value;
        if (!decode(pair.substr(0, equals), true, name) ||
            (equals != std::string_view::npos && !decode(pair.substr(equals + 1), true, value))) {
            out.valid = false;
            return out;
        }
        out.query.emplace_back(std::move(name), std::move(value));
    }
    return out;
}

}  // namespace netral::serve
