// SPDX-License-Identifier: Apache-2.0
// Writes a Boost.JSON value as the decision's JSON text: objects in insertion order, 2-space
// indentation, one key or element per line (or all on one line), `{}` and `[]` for empty
// containers, and a trailing new line. Strings are escaped here rather than by Boost so that the
// bytes are fixed by this file alone: `"` and `\`, control characters as \n, \t, … or \u00XX (DEL
// as \u007f), and malformed UTF-8 replaced by U+FFFD; valid non-ASCII text is kept as UTF-8.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace netral::rendering {

/// How the text is laid out; the tokens and their order are the same in both.
enum class JsonLayout {
    Indented,  ///< one key or element per line, 2-space indentation (files, reading)
    Line,      ///< no white space between tokens: one line of JSON Lines (pipelines)
};

/// The JSON text of `value` as described above, ending in a new line.
std::string write_json(const boost::json::value& value, JsonLayout layout = JsonLayout::Indented);

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace netral::rendering
