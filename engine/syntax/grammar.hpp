// SPDX-License-Identifier: Apache-2.0
// The X3-free face of the grammar: parse.cpp drives these entry points and never sees Spirit.
// grammar_def.hpp holds the rules; grammar.cpp instantiates them once.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "syntax/ast.hpp"

namespace netral::syntax::grammar {

/// Words that open a top-level declaration. At the start of a line the grammar never reads one
/// as a name, and parse.cpp resumes after a syntax error at the next line that starts with one.
inline constexpr std::array<std::string_view, 15> kDeclarationKeywords = {
    "module", "import", "ruleset", "regulation", "enum",  "record",  "fact",    "derive",
    "table",  "param",  "ladder",  "track",      "rule",  "combine", "escalate"};

/// What one call of the grammar needs to know about where it is.
struct Input {
    const char* base = nullptr;   ///< start of the file text: spans are offsets from here
    base::FileId file = 0;        ///< file id written into every span
    std::size_t max_depth = 64;   ///< nesting limit for expressions and brackets
};

/// Why a parse stopped.
struct Failure {
    std::size_t offset = 0;  ///< where in the file (byte offset)
    std::string expected;    ///< the name of what was expected there ("`}`", "an expression")
    bool too_deep = false;   ///< the nesting limit was hit (E9002) rather than a syntax error
};

/// Skips white space and comments.
void skip_space(const char*& first, const char* last);

/// Parses one declaration at `first` (after skipping space). On success advances `first`.
/// On failure fills `failure` and leaves `first` unspecified.
bool parse_declaration(const char*& first, const char* last, const Input& input, Declaration& out,
                       Failure& failure);

/// Parses a whole text as one expression (reason-text placeholders).
bool parse_expression(const char*& first, const char* last, const Input& input, Chain& out,
                      Failure& failure);

}  // namespace netral::syntax::grammar
