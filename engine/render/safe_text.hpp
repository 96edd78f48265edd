// SPDX-License-Identifier: Apache-2.0
// Making texts from a decision safe to print. Incident files and rule packs are input, so a
// note may hold a terminal escape sequence, a new line or malformed UTF-8; the text and
// Markdown renderings pass every such text through these helpers so it stays on one line, cannot
// drive a terminal, and (in Markdown) cannot open markup or HTML.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netral::rendering {

/// Length of the well-formed UTF-8 sequence at `text[i]` (1-4), or 0 when it is malformed (bad
/// lead byte, missing continuation, overlong form, surrogate, above U+10FFFF). `i` must be less
/// than `text.size()`.
std::size_t utf8_length(std::string_view text, std::size_t i);

/// `text` on one line: new lines, carriage returns and tabs become spaces, other control
/// characters (C0, DEL, C1) and malformed UTF-8 bytes become U+FFFD. Valid UTF-8 is kept.
std::string one_line(std::string_view text);

/// one_line(text) with Markdown punctuation backslash-escaped (`\ ` * _ [ ] < > | # & ! ~`),
/// so it reads as plain text in a paragraph, list item or table cell.
std::string md_escape(std::string_view text);

/// one_line(text) as a Markdown code span, with a fence longer than any run of backticks in it.
/// In a table cell (`in_table`), `|` is escaped as the table syntax requires.
std::string md_code(std::string_view text, bool in_table = false);

/// ASCII letters of `text` in upper case (section headings of the terminal rendering).
std::string upper_ascii(std::string_view text);

}  // namespace netral::rendering
