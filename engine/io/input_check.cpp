// SPDX-License-Identifier: Apache-2.0
// The checks every incident text gets before a parser sees it: yaml-cpp reads a 50 MB scalar
// and accepts bytes that are not UTF-8 (toolchain.md §6), so size and encoding are ours.
#include <algorithm>
#include <cstdint>
#include <string>

#include "base/text.hpp"
#include "io/codes.hpp"
#include "io/readers.hpp"

namespace netral::io {

namespace {

/// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms, surrogates or
/// code points over U+10FFFF), or 0.
std::size_t strict_sequence_length(std::string_view text, std::size_t i) {
    std::size_t length = base::utf8_sequence_length(text, i);
    if (length < 2) return length;
    auto b0 = static_cast<unsigned char>(text[i]);
    auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (length == 2 && b0 < 0xC2) return 0;                    // overlong
    if (length == 3 && b0 == 0xE0 && b1 < 0xA0) return 0;      // overlong
    if (length == 3 && b0 == 0xED && b1 >= 0xA0) return 0;     // surrogate
    if (length == 4 && b0 == 0xF0 && b1 < 0x90) return 0;      // overlong
    if (length == 4 && (b0 > 0xF4 || (b0 == 0xF4 && b1 >= 0x90))) return 0;  // > U+10FFFF
    return length;
}

}  // namespace

bool check_size(std::size_t size, const Limits& limits, base::DiagnosticSink& sink,
                base::FileId file) {
    // Spans hold 32-bit offsets, so no limit may go past what they can address.
    std::size_t max_bytes = std::min(limits.max_bytes, base::kMaxFileBytes);
    if (size <= max_bytes) return true;
    sink.error(codes::kTooLarge, {file, 0, 0}, base::msg(codes::kTooLarge, size, max_bytes)).hint =
        base::msg("E6001.hint");
    return false;
}

bool check_encoding(std::string_view text, base::DiagnosticSink& sink, base::FileId file) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = text[i] == '\0' ? 0 : strict_sequence_length(text, i);
        if (length == 0) {
            auto at = static_cast<std::uint32_t>(i);
            sink.error(codes::kBadUtf8, {file, at, at + 1},
                       text[i] == '\0' ? base::msg("E6002.nul") : base::msg(codes::kBadUtf8))
                .hint = base::msg("E6002.hint");
            return false;
        }
        i += length;
    }
    return true;
}

bool looks_like_json(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        return c == '{';
    }
    return false;
}

}  // namespace netral::io
