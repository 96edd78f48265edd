// SPDX-License-Identifier: Apache-2.0
// What a document node is, in words, for "must be …, found …" diagnostics: a map, a list,
// nothing, the text `x`, the number `3`. Shared by the incident binder and every reader of a
// small document (request options), so a value is described the same way everywhere.
#pragma once

#include "base/message.hpp"
#include "io/document.hpp"

namespace netral::io {

/// `node` described; `json` tells a JSON number from a YAML plain scalar. Long texts are cut at
/// 40 bytes with an ellipsis.
base::Message describe_node(const Node& node, bool json);

}  // namespace netral::io
