// SPDX-License-Identifier: Apache-2.0
// The request envelope `{"incident": {...}, "options": {...}}` of the JSON routes. Its parts are
// handed to decide() and parse_request_options() as copies of the whole body in which every
// character outside the part is a space (new lines kept), so the line:column of a diagnostic is
// that of the body the client sent.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netral::serve {

/// One member of a top-level JSON object: its key and the byte range of its value.
struct Member {
    std::string key;         ///< the key as written between its quotes
    std::size_t begin = 0;   ///< first byte of the value
    std::size_t end = 0;     ///< one past its last byte
    std::size_t key_at = 0;  ///< first byte of the key's opening quote
};

/// The members of `text` when it is one JSON object, in order; none when it is anything else.
/// `text` must already be known to be valid JSON (the caller parsed it): this only finds where
/// the values are.
std::optional<std::vector<Member>> top_level_members(std::string_view text);

/// `text` with every character outside [begin, end) turned into one space, new lines kept: the
/// same line and column for every character of the range. A multi-byte UTF-8 character becomes
/// one space, as columns count code points.
std::string keep_only(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace netral::serve
