// SPDX-License-Identifier: Apache-2.0
// Reads an incident file (YAML, or the same shape in JSON) into facts::Incident, validated
// against the vocabulary the checked program declares (`fact`, `record`, `enum`, ladders).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/document.hpp"

namespace netral::io {

enum class Format { Auto, Yaml, Json };

/// Bounds on hostile input; each one exceeded is a diagnostic at the offending place.
struct Limits {
    std::size_t max_bytes = 4 << 20;
    std::size_t max_depth = 32;
    std::size_t max_nodes = 200000;
    std::size_t max_list_items = 10000;
    std::size_t max_text_bytes = 65536;
};

/// Loads `text` (shown as `path`) into `out`, which must be empty: the file is added to
/// `out.sources` first, so every diagnostic in `sink` has a span into `out.sources` and can be
/// rendered from it, whatever happens. Returns false (and `out` must not be evaluated) when any
/// error was reported. Never throws for bad input; recursion and allocation are bounded by
/// `limits`. When `document` is given and the text could be read, it receives the document
/// tree (spans into `out.sources`), so a caller can read the reserved `expect` block.
bool load_incident(const check::ir::Program& program, const facts::Layout& layout,
                   std::string path, std::string text, Format format, const Limits& limits,
                   base::DiagnosticSink& sink, facts::Incident& out,
                   Document* document = nullptr);

}  // namespace netral::io
