// SPDX-License-Identifier: Apache-2.0
// Builds a Document from a stream of node events, enforcing the limits and the map rules every
// format shares: depth, node count, list length, text size, unique scalar keys. Both readers
// (YAML's event handler, the JSON parser) drive one TreeBuilder, so the same hostile input gets
// the same diagnostic whatever the format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "io/document.hpp"
#include "io/load_incident.hpp"

namespace netral::io {

/// Turns events into a Document. After a fatal error (a limit, a non-scalar key, or one the
/// reader reports with fail()) every further event is ignored, so a reader can simply keep
/// going; a duplicate key is reported and its entry dropped, and building goes on. Not
/// thread-safe; one builder per document.
class TreeBuilder {
public:
    /// `document` must be empty; diagnostics go to `sink` with spans into `file`.
    TreeBuilder(Document& document, const Limits& limits, base::DiagnosticSink& sink,
                base::FileId file);

    /// A scalar: the next key when a map expects one, else a value.
    void scalar(std::string text, ScalarStyle style, base::Span span);
    /// A null value (`null`, `~`, nothing). In key position it is a non-scalar key.
    void null(base::Span span);
    /// Opens a map or a sequence starting at `span` (usually its first byte).
    void begin(NodeKind kind, base::Span span);
    /// Closes the innermost open map or sequence; its span ends at `end_offset`.
    void end(std::uint32_t end_offset);
    /// Records a fatal error found by the reader itself (an alias, a second document), with an
    /// optional hint. Ignored when building already stopped: only the first one counts.
    void fail(std::string_view code, base::Span span, base::Message message,
              base::Message hint = {});
    /// Reports the fatal error, if any, to the sink. Fatal errors wait until the reader is done
    /// because yaml-cpp emits speculative events for some broken input (`[[` unclosed opens a
    /// map with a list as key) before it throws: the syntax error then replaces the artefact.
    void flush();
    /// Records the parser's own error (a syntax error, its recursion limit), replacing a
    /// recorded non-scalar-key error, which is then an artefact (see flush()).
    void parser_error(std::string_view code, base::Span span, base::Message message,
                      base::Message hint = {});

    /// True once a fatal error stopped building.
    bool stopped() const { return stopped_; }
    /// Open containers.
    std::size_t depth() const { return frames_.size(); }
    /// End offset of the last node completed in the innermost open container, or its start.
    std::uint32_t last_end() const;
    /// Span of the key waiting for its value, if the innermost container is a map expecting a
    /// value (for pointing at `key:` when the value is empty); otherwise an empty span at `at`.
    base::Span pending_key_or(base::Span at) const;
    /// Span of the innermost open container (or an empty span at 0).
    base::Span innermost_span() const;
    /// A span of this builder's file.
    base::Span span(std::uint32_t begin, std::uint32_t end) const { return {file_, begin, end}; }

private:
    /// An open map or sequence.
    struct Frame {
        NodeId node = 0;                ///< the container
        bool expect_key = true;         ///< Map: the next scalar is a key
        std::string key;                ///< Map: the key waiting for its value
        base::Span key_span;            ///< Map: where that key is
        bool drop_value = false;        ///< Map: the key repeats one; do not store its value
        std::uint32_t last_end = 0;     ///< end of the last completed child
    };

    /// Counts a node against max_nodes; false (after the diagnostic) when over.
    bool count_node(base::Span span);
    /// Appends a node and links it into the innermost container (or makes it the root).
    NodeId add(Node node);
    /// Marks a child of the innermost container complete at `end`.
    void completed(std::uint32_t end);

    Document& document_;
    const Limits& limits_;
    base::DiagnosticSink& sink_;
    base::FileId file_;
    std::vector<Frame> frames_;   ///< open containers, outermost first
    std::size_t node_count_ = 0;  ///< nodes so far (keys included)
    bool stopped_ = false;        ///< a fatal error was recorded
    base::Diagnostic failure_;    ///< the fatal error, reported by flush()
    bool have_root_ = false;      ///< the root node exists
};

}  // namespace netral::io
