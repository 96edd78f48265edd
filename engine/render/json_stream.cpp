// SPDX-License-Identifier: Apache-2.0
// The streaming JSON writer (see json_stream.hpp).
#include "render/json_stream.hpp"

#include <charconv>

namespace netral::rendering {

JsonStream::JsonStream(std::string& out, JsonLayout layout)
    : out_(out), compact_(layout == JsonLayout::Line) {
    empty_.reserve(16);
}

void JsonStream::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    if (compact_) return;
    new_line(empty_.size());
}

void JsonStream::new_line(std::size_t depth) {
    // A new line and 2 spaces a level, copied from one constant (decisions nest about 12 deep).
    static constexpr std::string_view kIndent =
        "\n                                                                ";
    std::size_t length = 1 + 2 * depth;
    if (length <= kIndent.size()) {
        out_.append(kIndent.data(), length);
        return;
    }
    out_ += '\n';
    out_.append(2 * depth, ' ');
}

void JsonStream::open(char bracket) {
    separate();
    out_ += bracket;
    empty_.push_back(true);
}

void JsonStream::close(char bracket) {
    bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && !compact_) new_line(empty_.size());
    out_ += bracket;
}

void JsonStream::begin_object() { open('{'); }
void JsonStream::end_object() { close('}'); }
void JsonStream::begin_array() { open('['); }
void JsonStream::end_array() { close(']'); }

JsonStream& JsonStream::key(std::string_view name) {
    separate();
    out_ += '"';
    out_.append(name);
    out_.append(compact_ ? "\":" : "\": ");
    after_key_ = true;
    return *this;
}

void JsonStream::string(std::string_view text) {
    separate();
    append_quoted(out_, text);
}

void JsonStream::boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
}

namespace {

template <typename Integer>
void append_integer(std::string& out, Integer value) {
    char digits[24];
    auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    (void)error;  // 24 characters hold every 64-bit integer
    out.append(digits, end);
}

}  // namespace

void JsonStream::number(std::int64_t value) {
    separate();
    append_integer(out_, value);
}

void JsonStream::number(std::uint64_t value) {
    separate();
    append_integer(out_, value);
}

void JsonStream::null() {
    separate();
    out_ += "null";
}

void JsonStream::finish() { out_ += '\n'; }

}  // namespace netral::rendering
