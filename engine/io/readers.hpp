// SPDX-License-Identifier: Apache-2.0
// The text side of the incident loader: the checks every input gets before parsing (size,
// UTF-8) and the two readers that turn text into a Document through a TreeBuilder. Internal to
// engine/io.
#pragma once

#include <string_view>

#include "base/diagnostic.hpp"
#include "io/document.hpp"
#include "io/load_incident.hpp"
#include "io/tree_builder.hpp"

namespace netral::io {

/// Refuses input of `size` bytes over limits.max_bytes (E6001, at the start of `file`), before
/// anything reads it. True when the size is acceptable.
bool check_size(std::size_t size, const Limits& limits, base::DiagnosticSink& sink,
                base::FileId file);

/// Refuses text that is not UTF-8 (RFC 3629: no overlong forms or surrogates) or holds a NUL
/// byte (E6002, at the first bad byte). True when the text may be parsed.
bool check_encoding(std::string_view text, base::DiagnosticSink& sink, base::FileId file);

/// True when the first non-blank character is `{` (Format::Auto picks JSON then).
bool looks_like_json(std::string_view text);

/// Parses YAML `text` (the whole file the builder's spans point into) with yaml-cpp's event
/// parser into `builder`; aliases, anchors, a second document and syntax errors are
/// diagnostics. Never throws for bad input.
void read_yaml(std::string_view text, TreeBuilder& builder);

/// Parses strict JSON (RFC 8259) `text` into `builder`; any syntax error is one diagnostic at
/// its exact place. Never throws; recursion is bounded by the builder's depth limit.
void read_json(std::string_view text, TreeBuilder& builder);

}  // namespace netral::io
