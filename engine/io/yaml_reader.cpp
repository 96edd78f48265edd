// SPDX-License-Identifier: Apache-2.0
// The YAML reader: yaml-cpp's event parser (never YAML::Load, whose node graph makes aliases a
// billion-laughs or cycle hazard for any walk over it; toolchain.md §6) feeding a TreeBuilder.
// yaml-cpp reports only where a node starts, so the end of each span is found in the text.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>
#include <vector>

#include "io/codes.hpp"
#include "io/readers.hpp"

namespace netral::io {

namespace {

/// End of a YAML scalar that starts at `pos` and decodes to `value`.
std::size_t scalar_end(std::string_view text, std::size_t pos, const std::string& value) {
    if (pos >= text.size()) return text.size();
    auto end_of_line = [&](std::size_t i) {
        while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
        return i;
    };
    char first = text[pos];
    if (first == '"') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] == '\\') {
                ++i;
            } else if (text[i] == '"') {
                return i + 1;
            }
        }
        return text.size();
    }
    if (first == '\'') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] != '\'') continue;
            if (i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
            } else {
                return i + 1;
            }
        }
        return text.size();
    }
    if (first == '|' || first == '>') return end_of_line(pos);  // the block scalar's header
    if (text.compare(pos, value.size(), value) == 0) return pos + value.size();
    // A plain scalar folded over lines, or one behind a tag: its first line, without comment.
    std::size_t end = pos;
    for (std::size_t i = pos; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) {
        if (text[i] == '#' && i > pos && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
        if (text[i] != ' ' && text[i] != '\t') end = i + 1;
    }
    return end;
}

/// Receives yaml-cpp's events and forwards them to the builder with spans.
class Handler : public YAML::EventHandler {
public:
    Handler(std::string_view text, std::uint32_t offset, TreeBuilder& builder)
        : text_(text), offset_(offset), builder_(builder) {}

    /// Documents started so far.
    int documents() const { return documents_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1) {
            builder_.fail(codes::kSecondDocument, point(mark), base::msg(codes::kSecondDocument));
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        std::size_t pos = position(mark);
        std::string_view rest = text_.substr(pos);
        std::size_t length = 0;
        if (rest.substr(0, 1) == "~") length = 1;
        for (std::string_view word : {"null", "Null", "NULL"}) {
            if (rest.substr(0, 4) == word) length = 4;
        }
        if (length == 0) {
            // Nothing was written: point at the key whose value is missing.
            builder_.null(builder_.pending_key_or(point(mark)));
        } else {
            builder_.null(span(pos, pos + length));
        }
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        std::size_t pos = position(mark);
        builder_.fail(codes::kAlias, span(pos, name_end(pos)), base::msg(codes::kAlias));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        std::size_t pos = position(mark);
        std::size_t end = text_.substr(pos, 1) == "&" ? pos + 1 + name.size() : pos;
        builder_.fail(codes::kAlias, span(pos, end), base::msg("E6004.anchor", name));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        std::size_t pos = position(mark);
        std::size_t end = scalar_end(text_, pos, value);
        builder_.scalar(value, tag == "?" ? ScalarStyle::Plain : ScalarStyle::Quoted,
                        span(pos, end));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override {
        start(NodeKind::Sequence, mark, style);
    }
    void OnSequenceEnd() override { finish(']'); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value style) override {
        start(NodeKind::Map, mark, style);
    }
    void OnMapEnd() override { finish('}'); }

    /// Offset of a mark in the whole file (yaml-cpp does not count a byte-order mark).
    std::size_t position(const YAML::Mark& mark) const {
        if (mark.pos < 0) return 0;
        return std::min(static_cast<std::size_t>(mark.pos), text_.size());
    }
    base::Span span(std::size_t begin, std::size_t end) const {
        return builder_.span(static_cast<std::uint32_t>(begin + offset_),
                             static_cast<std::uint32_t>(end + offset_));
    }
    base::Span point(const YAML::Mark& mark) const {
        std::size_t pos = position(mark);
        return span(pos, pos);
    }

private:
    void start(NodeKind kind, const YAML::Mark& mark, YAML::EmitterStyle::value style) {
        bool flow = style == YAML::EmitterStyle::Flow;
        flow_.push_back(flow);
        std::size_t pos = position(mark);
        builder_.begin(kind, span(pos, pos + 1));
    }

    /// Closes a container: a flow one ends after its bracket, a block one after its last child.
    void finish(char bracket) {
        bool flow = !flow_.empty() && flow_.back();
        if (!flow_.empty()) flow_.pop_back();
        if (builder_.stopped()) return;
        std::size_t end = builder_.last_end() - offset_;
        if (flow) {
            std::size_t start = builder_.innermost_span().begin - offset_;
            std::size_t i = std::max(end, start + 1);
            while (i < text_.size() && text_[i] != bracket) {
                if (text_[i] == '#') {
                    while (i < text_.size() && text_[i] != '\n') ++i;
                } else {
                    ++i;
                }
            }
            end = std::min(i + 1, text_.size());
        }
        builder_.end(static_cast<std::uint32_t>(end + offset_));
    }

    /// End of an anchor or alias name starting after its sigil at `pos`.
    std::size_t name_end(std::size_t pos) const {
        std::size_t i = pos + 1;
        while (i < text_.size() && text_[i] != ' ' && text_[i] != '\n' && text_[i] != '\r' &&
               text_[i] != ',' && text_[i] != ']' && text_[i] != '}' && text_[i] != '\t') {
            ++i;
        }
        return i;
    }

    std::string_view text_;  ///< the YAML text (after any byte-order mark)
    std::uint32_t offset_;   ///< bytes before `text_` in the file (a byte-order mark)
    TreeBuilder& builder_;
    std::vector<bool> flow_;  ///< style of each open container: true for `[…]` / `{…}`
    int documents_ = 0;       ///< documents started
};

/// True when the line holding `pos` is indented with a tab.
bool tab_indented(std::string_view text, std::size_t pos) {
    std::size_t start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
        if (text[i] == '\t') return true;
    }
    return false;
}

}  // namespace

void read_yaml(std::string_view text, TreeBuilder& builder) {
    std::uint32_t offset = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
        offset = 3;
    }
    std::istringstream stream{std::string(text)};
    Handler handler(text, offset, builder);
    try {
        YAML::Parser parser(stream);
        // The first document, then one more call to find out whether a second one follows.
        if (parser.HandleNextDocument(handler) && !builder.stopped()) {
            parser.HandleNextDocument(handler);
        }
    } catch (const YAML::DeepRecursion&) {
        // yaml-cpp's own limit (about 500 levels) lies far above ours, so ours fired first
        // unless the caller raised it; then point at the innermost container we saw.
        builder.parser_error(codes::kTooDeep, builder.innermost_span(), base::msg("E6006.parser"));
    } catch (const YAML::ParserException& error) {
        std::size_t pos = handler.position(error.mark);
        base::Span at = handler.span(pos, pos < text.size() ? pos + 1 : pos);
        builder.parser_error(
            codes::kSyntax, at, base::msg("E6003.yaml", error.msg),
            tab_indented(text, pos) ? base::msg("E6003.hint_tabs") : base::Message());
    } catch (const YAML::Exception& error) {
        builder.fail(codes::kSyntax, handler.span(0, 0), base::msg("E6003.yaml_other", error.msg));
    }
}

}  // namespace netral::io
