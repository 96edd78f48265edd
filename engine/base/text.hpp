// SPDX-License-Identifier: Apache-2.0
// Byte-level text helpers shared by every stage: stepping through UTF-8 (the parser's input
// check and the diagnostic renderer) and quoting a string as a rule-language literal (the
// syntax dump, the IR dump and expression texts).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netral::base {

/// Length (1-4) of the UTF-8 sequence starting at `text[i]`, or 0 when its lead byte is not a
/// lead byte, it runs past the end, or a continuation byte is missing. Does not reject overlong
/// forms or surrogates; `i` must be less than `text.size()`.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// `"text"` in string-literal style: `"`, `\`, new lines, carriage returns and tabs escaped,
/// so the result is one line and distinct texts always render differently.
std::string quoted_literal(std::string_view text);

}  // namespace netral::base
