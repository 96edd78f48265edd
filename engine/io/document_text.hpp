// SPDX-License-Identifier: Apache-2.0
// Writes a Document built in memory (FactsBuilder) as JSON text and gives every node and key
// its span in that text, so diagnostics about host-built facts point at a line like those about
// files do. Also the duplicate-key check such a document needs, since no reader saw it.
#pragma once

#include <string>

#include "base/diagnostic.hpp"
#include "io/document.hpp"

namespace netral::io {

/// Renders `document` as indented JSON, setting every node's and key's span (into `file`) to
/// where it was written. Deterministic.
std::string write_json(Document& document, base::FileId file);

/// Reports every key given twice in one map (E6010, with a note at the first). False if any.
bool check_duplicate_keys(const Document& document, base::DiagnosticSink& sink);

}  // namespace netral::io
