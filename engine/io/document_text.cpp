// SPDX-License-Identifier: Apache-2.0
// Document → JSON text with spans (document_text.hpp), for facts built by a host program.
#include "io/document_text.hpp"

#include "io/binder.hpp"
#include "io/codes.hpp"

namespace netral::io {

namespace {

/// A JSON string literal.
std::string json_string(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

class Writer {
public:
    Writer(Document& document, base::FileId file) : document_(document), file_(file) {}

    std::string run() {
        if (!document_.nodes.empty()) node(document_.root, 0);
        out_ += '\n';
        return std::move(out_);
    }

private:
    std::uint32_t offset() const { return static_cast<std::uint32_t>(out_.size()); }

    void indent(int depth) {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    }

    void node(NodeId id, int depth) {
        std::uint32_t begin = offset();
        // Children are written before this node's span is set: no reference is held across.
        switch (document_.nodes[id].kind) {
            case NodeKind::Scalar: {
                const Node& n = document_.nodes[id];
                out_ += n.style == ScalarStyle::Quoted ? json_string(n.text) : n.text;
                break;
            }
            case NodeKind::Null: out_ += "null"; break;
            case NodeKind::Map: {
                out_ += '{';
                std::size_t count = document_.nodes[id].entries.size();
                for (std::size_t i = 0; i < count; ++i) {
                    if (i > 0) out_ += ',';
                    indent(depth + 1);
                    std::uint32_t key_begin = offset();
                    out_ += json_string(document_.nodes[id].entries[i].key);
                    document_.nodes[id].entries[i].key_span = {file_, key_begin, offset()};
                    out_ += ": ";
                    node(document_.nodes[id].entries[i].value, depth + 1);
                }
                if (count > 0) indent(depth);
                out_ += '}';
                break;
            }
            case NodeKind::Sequence: {
                out_ += '[';
                std::size_t count = document_.nodes[id].items.size();
                for (std::size_t i = 0; i < count; ++i) {
                    if (i > 0) out_ += ',';
                    indent(depth + 1);
                    node(document_.nodes[id].items[i], depth + 1);
                }
                if (count > 0) indent(depth);
                out_ += ']';
                break;
            }
        }
        document_.nodes[id].span = {file_, begin, offset()};
    }

    Document& document_;
    base::FileId file_;
    std::string out_;
};

}  // namespace

std::string write_json(Document& document, base::FileId file) {
    return Writer(document, file).run();
}

bool check_duplicate_keys(const Document& document, base::DiagnosticSink& sink) {
    bool ok = true;
    for (const Node& node : document.nodes) {
        for (std::size_t i = 0; i < node.entries.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (node.entries[j].key != node.entries[i].key) continue;
                sink.error(codes::kDuplicateKey, node.entries[i].key_span,
                           base::msg(codes::kDuplicateKey, quote(node.entries[i].key)))
                    .notes.push_back({node.entries[j].key_span, base::msg("E6010.note")});
                ok = false;
                break;
            }
        }
    }
    return ok;
}

}  // namespace netral::io
