// SPDX-License-Identifier: Apache-2.0
#include "io/describe_node.hpp"

#include <string>

namespace netral::io {

base::Message describe_node(const Node& node, bool json) {
    switch (node.kind) {
        case NodeKind::Map:
            return base::msg("word.io.a_map");
        case NodeKind::Sequence:
            return base::msg("word.io.a_list");
        case NodeKind::Null:
            return base::msg("word.io.nothing");
        case NodeKind::Scalar:
            break;
    }
    std::string shown = node.text.size() > 40 ? node.text.substr(0, 40) + "…" : node.text;
    std::string quoted = "`" + shown + "`";
    if (node.style == ScalarStyle::Quoted) return base::msg("word.io.the_text", quoted);
    if (shown == "true" || shown == "false") return base::Message::literal(quoted);
    if (json) return base::msg("word.io.the_number", quoted);
    return base::Message::literal(quoted);
}

}  // namespace netral::io
