// SPDX-License-Identifier: Apache-2.0
// The front door of the syntax stage. Spirit X3 stays behind this header: the rest of the engine
// sees only `parse()` and the syntax tree, so the parser could be replaced without touching it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "base/diagnostic.hpp"
#include "syntax/ast.hpp"

namespace netral::syntax {

/// Limits that bound the parser on hostile input. Going over one is a diagnostic (E9xxx).
struct ParseLimits {
    std::size_t max_file_bytes = 1 << 20;  ///< larger files are refused before parsing (E9001);
                                           ///< never more than base::kMaxFileBytes
    std::size_t max_depth = 64;            ///< nesting of brackets and expressions (E9002)
};

/// Parses one rule file. Returns the module when the file has no syntax errors; otherwise adds
/// diagnostics (several per file: the parser resumes at the next declaration) and returns none.
/// Thread-safe: no shared state.
std::optional<Module> parse(const base::SourceMap& sources, base::FileId file,
                            base::DiagnosticSink& sink, const ParseLimits& limits = {});

/// Parses an expression embedded in a string (a `{…}` placeholder of a reason text).
/// `offset` is where the text starts in the file, so spans point into the enclosing string.
std::optional<Chain> parse_expression(const base::SourceMap& sources, base::FileId file,
                                      std::size_t offset, std::size_t length,
                                      base::DiagnosticSink& sink, const ParseLimits& limits = {});

}  // namespace netral::syntax
