// SPDX-License-Identifier: Apache-2.0
// The binder: a Document (from YAML, JSON or the FactsBuilder) checked against the vocabulary
// of a checked program and turned into facts::Incident — declared keys only, types, dates,
// enum values and ladder steps, required keys, defaults, variant cases, list keys.
#pragma once

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/document.hpp"

namespace netral::io {

/// Binds `document` (whose spans point into file `file` of `out.sources`) into `out`, whose
/// facts, instances, lists, texts and sets must be empty. Values get origin Given, or Host when
/// `document.host`. Returns false after reporting any error to `sink`; `out` is then partial and
/// must not be evaluated. `program` must outlive `out` (default texts point into it).
bool bind_document(const check::ir::Program& program, const facts::Layout& layout,
                   const Document& document, base::FileId file, base::DiagnosticSink& sink,
                   facts::Incident& out);

}  // namespace netral::io
