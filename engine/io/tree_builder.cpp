// SPDX-License-Identifier: Apache-2.0
// TreeBuilder: the limits and map rules shared by the YAML and JSON readers.
#include "io/tree_builder.hpp"

#include <algorithm>
#include <utility>

#include "io/codes.hpp"

namespace netral::io {

namespace {

/// "`key`" for messages.
std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

}  // namespace

TreeBuilder::TreeBuilder(Document& document, const Limits& limits, base::DiagnosticSink& sink,
                         base::FileId file)
    : document_(document), limits_(limits), sink_(sink), file_(file) {}

void TreeBuilder::fail(std::string_view code, base::Span span, base::Message message,
                       base::Message hint) {
    if (stopped_) return;
    stopped_ = true;
    failure_.code = std::string(code);
    failure_.span = span;
    failure_.message = std::move(message);
    failure_.hint = std::move(hint);
}

void TreeBuilder::parser_error(std::string_view code, base::Span span, base::Message message,
                               base::Message hint) {
    if (stopped_ && failure_.code != codes::kComplexKey) return;
    stopped_ = false;
    fail(code, span, std::move(message), std::move(hint));
}

void TreeBuilder::flush() {
    if (!stopped_ || failure_.code.empty()) return;
    sink_.error(failure_.code, failure_.span, failure_.message).hint = failure_.hint;
    failure_.code.clear();
}

bool TreeBuilder::count_node(base::Span span) {
    if (++node_count_ <= limits_.max_nodes) return true;
    fail(codes::kTooManyNodes, span, base::msg(codes::kTooManyNodes, limits_.max_nodes));
    return false;
}

std::uint32_t TreeBuilder::last_end() const {
    return frames_.empty() ? 0 : frames_.back().last_end;
}

base::Span TreeBuilder::pending_key_or(base::Span at) const {
    if (!frames_.empty()) {
        const Frame& frame = frames_.back();
        if (document_.nodes[frame.node].kind == NodeKind::Map && !frame.expect_key) {
            return frame.key_span;
        }
    }
    return at;
}

base::Span TreeBuilder::innermost_span() const {
    if (frames_.empty()) return {file_, 0, 0};
    return document_.nodes[frames_.back().node].span;
}

void TreeBuilder::completed(std::uint32_t end) {
    if (frames_.empty()) return;
    Frame& frame = frames_.back();
    frame.last_end = end;
    if (document_.nodes[frame.node].kind == NodeKind::Map) {
        frame.expect_key = true;
        frame.drop_value = false;
    }
}

NodeId TreeBuilder::add(Node node) {
    auto id = static_cast<NodeId>(document_.nodes.size());
    base::Span span = node.span;
    document_.nodes.push_back(std::move(node));
    if (frames_.empty()) {
        if (!have_root_) document_.root = id;
        have_root_ = true;
        return id;
    }
    Frame& frame = frames_.back();
    Node& parent = document_.nodes[frame.node];
    if (parent.kind == NodeKind::Map) {
        if (!frame.drop_value) parent.entries.push_back({frame.key, frame.key_span, id});
    } else if (parent.items.size() >= limits_.max_list_items) {
        fail(codes::kListTooLong, span, base::msg(codes::kListTooLong, limits_.max_list_items));
    } else {
        parent.items.push_back(id);
    }
    return id;
}

void TreeBuilder::scalar(std::string text, ScalarStyle style, base::Span span) {
    if (stopped_ || !count_node(span)) return;
    if (text.size() > limits_.max_text_bytes) {
        fail(codes::kTextTooLong, span,
             base::msg(codes::kTextTooLong, text.size(), limits_.max_text_bytes));
        return;
    }
    if (!frames_.empty()) {
        Frame& frame = frames_.back();
        Node& parent = document_.nodes[frame.node];
        if (parent.kind == NodeKind::Map && frame.expect_key) {
            frame.expect_key = false;
            frame.drop_value = false;
            for (const Entry& entry : parent.entries) {
                if (entry.key != text) continue;
                sink_
                    .error(codes::kDuplicateKey, span, base::msg(codes::kDuplicateKey, quote(text)))
                    .notes.push_back({entry.key_span, base::msg("E6010.note")});
                frame.drop_value = true;
                break;
            }
            frame.key = std::move(text);
            frame.key_span = span;
            return;
        }
    }
    Node node;
    node.kind = NodeKind::Scalar;
    node.span = span;
    node.text = std::move(text);
    node.style = style;
    add(std::move(node));
    if (!stopped_) completed(span.end);
}

void TreeBuilder::null(base::Span span) {
    if (stopped_ || !count_node(span)) return;
    if (!frames_.empty()) {
        const Frame& frame = frames_.back();
        if (document_.nodes[frame.node].kind == NodeKind::Map && frame.expect_key) {
            fail(codes::kComplexKey, span, base::msg("E6011.null"));
            return;
        }
    }
    Node node;
    node.kind = NodeKind::Null;
    node.span = span;
    add(std::move(node));
    if (!stopped_) completed(span.end);
}

void TreeBuilder::begin(NodeKind kind, base::Span span) {
    if (stopped_ || !count_node(span)) return;
    if (!frames_.empty()) {
        const Frame& frame = frames_.back();
        if (document_.nodes[frame.node].kind == NodeKind::Map && frame.expect_key) {
            fail(codes::kComplexKey, span,
                 base::msg(codes::kComplexKey,
                           base::word(kind == NodeKind::Map ? "word.io.map" : "word.io.list")));
            return;
        }
    }
    if (frames_.size() >= limits_.max_depth) {
        fail(codes::kTooDeep, span, base::msg(codes::kTooDeep, limits_.max_depth));
        return;
    }
    Node node;
    node.kind = kind;
    node.span = span;
    NodeId id = add(std::move(node));
    if (stopped_) return;
    Frame frame;
    frame.node = id;
    frame.last_end = span.begin;
    frames_.push_back(std::move(frame));
}

void TreeBuilder::end(std::uint32_t end_offset) {
    if (stopped_ || frames_.empty()) return;
    Node& node = document_.nodes[frames_.back().node];
    node.span.end = std::max(end_offset, node.span.begin);
    frames_.pop_back();
    completed(node.span.end);
}

}  // namespace netral::io
