// SPDX-License-Identifier: Apache-2.0
// The JSON reader: a strict RFC 8259 recursive-descent parser (no comments, no trailing commas,
// no NaN, escapes checked, surrogate pairs joined) feeding the same TreeBuilder as YAML, so both
// formats share limits, duplicate-key rules and exact spans. Hand-written because no JSON
// library in reach reports byte offsets for every value.
#include <cstdint>
#include <string>

#include "base/text.hpp"
#include "io/codes.hpp"
#include "io/readers.hpp"

namespace netral::io {

namespace {

/// Recursion bound whatever limits.max_depth says, so the stack never runs out.
constexpr std::size_t kMaxRecursion = 1000;

class JsonParser {
public:
    JsonParser(std::string_view text, std::uint32_t offset, TreeBuilder& builder)
        : text_(text), offset_(offset), builder_(builder) {}

    void parse() {
        skip_blank();
        if (at_end()) {
            error(pos_, base::msg("E6003.json_empty"));
            return;
        }
        value(0);
        if (builder_.stopped()) return;
        skip_blank();
        if (!at_end()) error(pos_, base::msg("E6003.json_after", found()));
    }

private:
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[pos_]; }

    base::Span span(std::size_t begin, std::size_t end) const {
        return builder_.span(static_cast<std::uint32_t>(begin + offset_),
                             static_cast<std::uint32_t>(end + offset_));
    }

    /// Reports a syntax error at `at` (one character, or the end of the file).
    void error(std::size_t at, const base::Message& message, base::Message hint = {}) {
        std::size_t length = at < text_.size() ? base::utf8_sequence_length(text_, at) : 0;
        if (length == 0 && at < text_.size()) length = 1;
        builder_.fail(codes::kSyntax, span(at, at + length), base::msg("E6003.json", message),
                      std::move(hint));
    }

    /// What is at the current position, for messages.
    base::Message found() const {
        if (at_end()) return base::msg("word.io.end_of_file");
        std::size_t length = base::utf8_sequence_length(text_, pos_);
        return base::Message::literal(
            "`" + std::string(text_.substr(pos_, length == 0 ? 1 : length)) + "`");
    }

    void skip_blank() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            ++pos_;
        }
    }

    void value(std::size_t depth) {
        if (depth > kMaxRecursion) {
            builder_.fail(codes::kTooDeep, span(pos_, pos_ + 1), base::msg("E6006.json"));
            return;
        }
        char c = peek();
        if (c == '{') return container(NodeKind::Map, depth);
        if (c == '[') return container(NodeKind::Sequence, depth);
        if (c == '"') {
            std::size_t begin = pos_;
            std::string text;
            if (!string(text)) return;
            builder_.scalar(std::move(text), ScalarStyle::Quoted, span(begin, pos_));
            return;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        for (std::string_view word : {"true", "false", "null"}) {
            if (text_.substr(pos_, word.size()) != word) continue;
            base::Span at = span(pos_, pos_ + word.size());
            pos_ += word.size();
            if (word == "null") {
                builder_.null(at);
            } else {
                builder_.scalar(std::string(word), ScalarStyle::Plain, at);
            }
            return;
        }
        if (c == '/') {
            error(pos_, base::msg("E6003.json_comment"));
        } else if (c == 'N' || c == 'I') {
            error(pos_, base::msg("E6003.json_value", found()), base::msg("E6003.hint_nan"));
        } else if (c == '\'') {
            error(pos_, base::msg("E6003.json_value", found()), base::msg("E6003.hint_quotes"));
        } else {
            error(pos_, base::msg("E6003.json_value", found()));
        }
    }

    void container(NodeKind kind, std::size_t depth) {
        const bool map = kind == NodeKind::Map;
        const char close = map ? '}' : ']';
        std::size_t open = pos_;
        builder_.begin(kind, span(pos_, pos_ + 1));
        ++pos_;
        if (builder_.stopped()) return;
        skip_blank();
        if (peek() == close) {
            ++pos_;
            builder_.end(static_cast<std::uint32_t>(pos_ + offset_));
            return;
        }
        while (true) {
            skip_blank();
            if (map) {
                if (peek() != '"') {
                    error(pos_, base::msg("E6003.json_key", found()));
                    return;
                }
                std::size_t begin = pos_;
                std::string key;
                if (!string(key)) return;
                builder_.scalar(std::move(key), ScalarStyle::Quoted, span(begin, pos_));
                if (builder_.stopped()) return;
                skip_blank();
                if (peek() != ':') {
                    error(pos_, base::msg("E6003.json_colon", found()));
                    return;
                }
                ++pos_;
                skip_blank();
            }
            value(depth + 1);
            if (builder_.stopped()) return;
            skip_blank();
            if (peek() == ',') {
                std::size_t comma = pos_;
                ++pos_;
                skip_blank();
                if (peek() == close) {
                    error(comma, base::msg("E6003.json_trailing_comma", close));
                    return;
                }
                continue;
            }
            if (peek() == close) {
                ++pos_;
                builder_.end(static_cast<std::uint32_t>(pos_ + offset_));
                return;
            }
            if (at_end()) {
                error(open, base::msg(map ? "E6003.json_map_open" : "E6003.json_list_open"));
            } else {
                error(pos_, base::msg("E6003.json_comma", close, found()));
            }
            return;
        }
    }

    void number() {
        std::size_t begin = pos_;
        auto digits = [&] {
            std::size_t start = pos_;
            while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
            return pos_ > start;
        };
        if (peek() == '-') ++pos_;
        if (peek() == '0') {
            ++pos_;
            if (peek() >= '0' && peek() <= '9') {
                error(pos_ - 1, base::msg("E6003.json_leading_zero"));
                return;
            }
        } else if (!digits()) {
            error(pos_, base::msg("E6003.json_digit", found()));
            return;
        }
        if (peek() == '.') {
            ++pos_;
            if (!digits()) {
                error(pos_, base::msg("E6003.json_fraction", found()));
                return;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!digits()) {
                error(pos_, base::msg("E6003.json_exponent", found()));
                return;
            }
        }
        builder_.scalar(std::string(text_.substr(begin, pos_ - begin)), ScalarStyle::Plain,
                        span(begin, pos_));
    }

    /// Four hex digits at pos_ (after `\u`), or -1.
    long hex4() {
        if (pos_ + 4 > text_.size()) return -1;
        long value = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            char c = text_[pos_ + k];
            int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
            if (digit < 0) return -1;
            value = value * 16 + digit;
        }
        pos_ += 4;
        return value;
    }

    static void append_utf8(std::string& out, unsigned long cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    /// A `"…"` string at pos_, decoded into `out`; false after a diagnostic.
    bool string(std::string& out) {
        std::size_t open = pos_++;
        while (true) {
            if (at_end()) {
                error(open, base::msg("E6003.json_string_open"));
                return false;
            }
            char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                if (c == '\n') {
                    error(open, base::msg("E6003.json_string_line"));
                } else {
                    error(pos_, base::msg("E6003.json_control"), base::msg("E6003.hint_control"));
                }
                return false;
            }
            if (c != '\\') {
                out += c;
                ++pos_;
                continue;
            }
            std::size_t escape = pos_;
            ++pos_;
            char e = peek();
            ++pos_;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u':
                    if (!unicode_escape(escape, out)) return false;
                    break;
                default:
                    pos_ = escape;
                    error(escape,
                          base::msg("E6003.json_escape",
                                    e == '\0' ? std::string() : std::string(1, e)),
                          base::msg("E6003.hint_escapes"));
                    return false;
            }
        }
    }

    /// The rest of `\uXXXX` (and a following low surrogate); `escape` is where `\` was.
    bool unicode_escape(std::size_t escape, std::string& out) {
        long high = hex4();
        if (high < 0) {
            error(escape, base::msg("E6003.json_hex"));
            return false;
        }
        if (high >= 0xDC00 && high <= 0xDFFF) {
            error(escape, base::msg("E6003.json_low_surrogate"));
            return false;
        }
        if (high < 0xD800 || high > 0xDBFF) {
            if (high == 0) {
                error(escape, base::msg("E6003.json_nul"));
                return false;
            }
            append_utf8(out, static_cast<unsigned long>(high));
            return true;
        }
        if (text_.substr(pos_, 2) != "\\u") {
            error(escape, base::msg("E6003.json_high_surrogate"));
            return false;
        }
        pos_ += 2;
        long low = hex4();
        if (low < 0xDC00 || low > 0xDFFF) {
            error(escape, base::msg("E6003.json_high_surrogate"));
            return false;
        }
        append_utf8(out, 0x10000 + ((static_cast<unsigned long>(high) - 0xD800) << 10) +
                             (static_cast<unsigned long>(low) - 0xDC00));
        return true;
    }

    std::string_view text_;  ///< the JSON text (after any byte-order mark)
    std::uint32_t offset_;   ///< bytes before `text_` in the file
    TreeBuilder& builder_;
    std::size_t pos_ = 0;  ///< current offset in text_
};

}  // namespace

void read_json(std::string_view text, TreeBuilder& builder) {
    std::uint32_t offset = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
        offset = 3;
    }
    JsonParser(text, offset, builder).parse();
}

}  // namespace netral::io
