// SPDX-License-Identifier: Apache-2.0
// load_incident: the io stage's entry point — input checks, the reader for the format, then the
// binder — so every caller (API, CLI, tests) gets the same pipeline and diagnostics.
#include "io/load_incident.hpp"

#include "io/bind.hpp"
#include "io/readers.hpp"
#include "io/tree_builder.hpp"

namespace netral::io {

bool load_incident(const check::ir::Program& program, const facts::Layout& layout,
                   std::string path, std::string text, Format format, const Limits& limits,
                   base::DiagnosticSink& sink, facts::Incident& out, Document* document_out) {
    std::size_t errors = sink.error_count();
    // A file over the limit is refused before it is read; its text is not kept.
    std::size_t size = text.size();
    bool too_large = size > limits.max_bytes || size > base::kMaxFileBytes;
    if (too_large) text.clear();
    base::FileId file = out.sources.add(std::move(path), std::move(text));
    if (!check_size(size, limits, sink, file)) return false;
    std::string_view source = out.sources.file(file).text();
    if (!check_encoding(source, sink, file)) return false;

    Document document;
    document.json = format == Format::Json || (format == Format::Auto && looks_like_json(source));
    TreeBuilder builder(document, limits, sink, file);
    if (document.json) {
        read_json(source, builder);
    } else {
        read_yaml(source, builder);
    }
    builder.flush();
    if (builder.stopped() || sink.error_count() != errors) return false;
    bool bound = bind_document(program, layout, document, file, sink, out);
    facts::number_instances(out);
    if (document_out != nullptr) *document_out = std::move(document);
    return bound && sink.error_count() == errors && !sink.saturated();
}

}  // namespace netral::io
