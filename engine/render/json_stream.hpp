// SPDX-License-Identifier: Apache-2.0
// A JSON writer that appends straight to a string, in the layout write_json() gives a
// Boost.JSON value (json_writer.hpp): the decision, the largest and most frequent answer, is
// written with it token by token, without first building a tree of values and then walking it
// (which cost most of an evaluation's time in the service). Members and elements come in the
// order of the calls; the caller pairs every begin with its end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/json_writer.hpp"

namespace netral::rendering {

class JsonStream {
public:
    /// Appends to `out`; nothing is written before the first call.
    JsonStream(std::string& out, JsonLayout layout);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();

    /// The next member's key; the member's value is the next value written. Keys are the
    /// schema's member names, plain ASCII without `"` or `\`, so they are written unescaped.
    JsonStream& key(std::string_view name);

    void string(std::string_view text);
    void boolean(bool value);
    void number(std::int64_t value);
    void number(std::uint64_t value);
    void null();

    /// `key(name)` then the value, for the common one-line member.
    void member(std::string_view name, std::string_view text) { key(name).string(text); }
    void member(std::string_view name, const char* text) { key(name).string(text); }
    void member(std::string_view name, const std::string& text) { key(name).string(text); }
    void member(std::string_view name, bool value) { key(name).boolean(value); }

    /// The new line that ends the text.
    void finish();

private:
    /// Before a member or element: the comma after its predecessor, the new line and the
    /// indentation (nothing after a key: its value follows on the same line).
    void separate();
    /// A new line and the indentation of `depth` levels.
    void new_line(std::size_t depth);
    void open(char bracket);
    void close(char bracket);

    std::string& out_;
    bool compact_;
    bool after_key_ = false;
    /// One entry per open container: whether nothing has been written in it yet.
    std::vector<bool> empty_;
};

/// Appends `text` as a JSON string literal, quotes included (the escaping of json_quote()).
void append_quoted(std::string& out, std::string_view text);

}  // namespace netral::rendering
