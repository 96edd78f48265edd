// SPDX-License-Identifier: Apache-2.0
// The generic document tree both readers (YAML, JSON) build and the binder reads: maps with
// ordered entries, sequences and scalars, each with its byte span in the incident file. It
// knows nothing of the vocabulary; keeping it apart lets one binder serve every format and the
// programmatic FactsBuilder, so validation is identical whatever the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_file.hpp"

namespace netral::io {

/// The top-level key an incident file reserves for its expected outcome (read by `netral test`,
/// docs/testing.md). The binder skips it, so `netral eval` ignores it; the checker refuses a fact
/// of this name (E2012), so it can never shadow one.
inline constexpr std::string_view kExpectKey = "expect";

/// Index of a node in Document::nodes.
using NodeId = std::uint32_t;

/// What a node is.
enum class NodeKind : std::uint8_t {
    Map,       ///< key/value entries in file order; keys unique
    Sequence,  ///< items in file order
    Scalar,    ///< a text as written (decoded)
    Null,      ///< `null`, `~` or an empty value
};

/// How a scalar was written; the binder uses it to keep JSON strict and `"true"` a text.
enum class ScalarStyle : std::uint8_t {
    Plain,   ///< YAML plain scalar; JSON number, `true` or `false`
    Quoted,  ///< YAML quoted or block scalar; JSON string
};

/// One entry of a map.
struct Entry {
    std::string key;     ///< the key's decoded text
    base::Span key_span; ///< the key as written
    NodeId value = 0;    ///< its value
};

/// One node of the tree.
struct Node {
    NodeKind kind = NodeKind::Null;            ///< which of the members below matter
    base::Span span;                           ///< the whole node as written
    std::string text;                          ///< Scalar: the decoded text
    ScalarStyle style = ScalarStyle::Plain;    ///< Scalar: how it was written
    std::vector<Entry> entries;                ///< Map: entries in order
    std::vector<NodeId> items;                 ///< Sequence: items in order
};

/// A whole incident document. Nodes own their children by index; the root is nodes[root].
struct Document {
    std::vector<Node> nodes;  ///< every node; children follow their parent
    NodeId root = 0;          ///< the top-level node; valid only when nodes is not empty
    bool json = false;        ///< read as JSON: texts, dates and names must be strings
    bool host = false;        ///< built by a host program: values are of origin Host

    const Node& node(NodeId id) const { return nodes[id]; }
};

}  // namespace netral::io
