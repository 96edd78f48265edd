// SPDX-License-Identifier: Apache-2.0
// Reason templates (`because "… {act.date} …"`): `{expr}` placeholders are parsed with the
// syntax stage's parse_expression at their place in the file and resolved like any other
// expression; `{{` and `}}` are literal braces. When the literal contains escapes, offsets
// inside it are not trusted and diagnostics point at the whole string instead. The English form
// (`en "…"`) is resolved the same way and must name the same placeholders, in any order: a
// translation may reorder a sentence but not show other facts.
#include "check/reason.hpp"

#include <algorithm>

#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "syntax/parse.hpp"

namespace netral::check {

namespace {

/// A placeholder's text inside the scanned string.
struct Hole {
    std::size_t offset = 0;  ///< first byte after `{`
    std::size_t length = 0;  ///< bytes before the matching `}`
};

/// The pieces of a template: literal text runs and holes, in order. `literal[i]` precedes
/// `holes[i]`; one more literal follows the last hole.
struct Scan {
    std::vector<std::string> literal{std::string()};  ///< text runs, braces unescaped
    std::vector<Hole> holes;                          ///< placeholders
    std::optional<std::size_t> error_at;              ///< offset of an unbalanced brace
    bool unmatched_close = false;                     ///< the error is a `}` without `{`
};

Scan scan(std::string_view text) {
    Scan out;
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            out.literal.back() += '{';
            i += 2;
        } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            out.literal.back() += '}';
            i += 2;
        } else if (c == '}') {
            out.error_at = i;
            out.unmatched_close = true;
            return out;
        } else if (c == '{') {
            // Placeholders may hold set literals: match nested braces.
            std::size_t depth = 1;
            std::size_t j = i + 1;
            while (j < text.size() && depth > 0) {
                if (text[j] == '{') ++depth;
                if (text[j] == '}') --depth;
                ++j;
            }
            if (depth > 0) {
                out.error_at = i;
                return out;
            }
            out.holes.push_back({i + 1, j - 1 - (i + 1)});
            out.literal.emplace_back();
            i = j;
        } else {
            out.literal.back() += c;
            ++i;
        }
    }
    return out;
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// A placeholder as written without white space, to compare the two forms' placeholders.
std::string squeezed(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out += c;
    }
    return out;
}

/// One form of a template: its pieces and its placeholders as written (squeezed), in order.
struct Resolved {
    std::vector<ir::ReasonPart> parts;  ///< literal runs and placeholder expressions
    std::vector<std::string> holes;     ///< every placeholder's text, squeezed
    bool broken = false;                ///< braces could not be read (E3020 reported)
};

Resolved resolve_form(Context& cx, ExprResolver& resolver, const syntax::StringLit& text);

/// "`{a}`, `{b}`" for a message, or "none".
/// The placeholders of a reason form, as a phrase: "`{a}`, `{b}`" or the word for none.
base::MessageArg hole_list(const std::vector<std::string>& holes) {
    if (holes.empty()) return base::word("word.check.no_placeholders");
    std::string out;
    for (const std::string& hole : holes) out += (out.empty() ? "`{" : ", `{") + hole + "}`";
    return {out, false, {}};
}

}  // namespace

ir::Reason resolve_reason(Context& cx, ExprResolver& resolver, const syntax::TextClause& clause) {
    ir::Reason reason;
    reason.span = clause.span;
    Resolved id = resolve_form(cx, resolver, clause.text);
    reason.parts = std::move(id.parts);
    if (!clause.en) return reason;
    Resolved en = resolve_form(cx, resolver, *clause.en);
    reason.en = std::move(en.parts);
    if (id.broken || en.broken) return reason;
    std::vector<std::string> id_holes = id.holes;
    std::vector<std::string> en_holes = en.holes;
    std::sort(id_holes.begin(), id_holes.end());
    std::sort(en_holes.begin(), en_holes.end());
    if (id_holes != en_holes) {
        base::Diagnostic& d =
            cx.error(codes::kReasonPlaceholders, clause.en->span,
                     base::msg("E3021", hole_list(en.holes), hole_list(id.holes)));
        d.hint = base::msg("E3021.hint");
        d.notes.push_back({clause.text.span, base::msg("E3021.note")});
    }
    return reason;
}

namespace {

Resolved resolve_form(Context& cx, ExprResolver& resolver, const syntax::StringLit& text) {
    Resolved out;
    std::vector<ir::ReasonPart>& parts = out.parts;
    const std::string& file_text = cx.sources.file(text.span.file).text();
    std::string_view raw(file_text.data() + text.span.begin, text.span.end - text.span.begin);
    std::size_t quote_size = raw.substr(0, 3) == "\"\"\"" ? 3 : 1;
    std::string_view inner;
    if (raw.size() >= 2 * quote_size) inner = raw.substr(quote_size, raw.size() - 2 * quote_size);
    bool exact = inner == text.value;
    std::uint32_t inner_begin = text.span.begin + static_cast<std::uint32_t>(quote_size);

    Scan decoded = scan(text.value);
    if (decoded.error_at) {
        base::Span where = text.span;
        if (exact)
            where = {text.span.file, inner_begin + static_cast<std::uint32_t>(*decoded.error_at),
                     inner_begin + static_cast<std::uint32_t>(*decoded.error_at) + 1};
        cx.error(codes::kReasonBraces, where,
                 decoded.unmatched_close ? base::msg("E3020.unmatched") : base::msg("E3020"))
            .hint = base::msg("E3020.hint");
        parts.push_back({text.value, std::nullopt});
        out.broken = true;
        return out;
    }
    // Holes are parsed from the file, so take their offsets from the raw text.
    Scan located = exact ? decoded : scan(inner);
    bool trusted = exact;
    if (!located.error_at && located.holes.size() == decoded.holes.size()) trusted = true;
    if (!trusted) {
        cx.error(codes::kReasonBraces, text.span, base::msg("E3020.locate")).hint =
            base::msg("E3020.hint_locate");
        parts.push_back({text.value, std::nullopt});
        out.broken = true;
        return out;
    }
    for (std::size_t h = 0; h <= decoded.holes.size(); ++h) {
        if (!decoded.literal[h].empty()) {
            if (!parts.empty() && !parts.back().expr) {
                parts.back().text += decoded.literal[h];
            } else {
                parts.push_back({decoded.literal[h], std::nullopt});
            }
        }
        if (h == decoded.holes.size()) break;
        const Hole& hole = located.holes[h];
        base::Span hole_span{text.span.file, inner_begin + static_cast<std::uint32_t>(hole.offset),
                             inner_begin + static_cast<std::uint32_t>(hole.offset + hole.length)};
        if (blank(inner.substr(hole.offset, hole.length))) {
            cx.error(codes::kReasonBraces, exact ? hole_span : text.span, base::msg("E3020.empty"))
                .hint = base::msg("E3020.hint_empty");
            continue;
        }
        out.holes.push_back(squeezed(inner.substr(hole.offset, hole.length)));
        std::optional<syntax::Chain> chain;
        syntax::ParseLimits limits;
        limits.max_depth = cx.options.max_depth;
        if (exact) {
            chain = syntax::parse_expression(cx.sources, text.span.file, hole_span.begin,
                                             hole.length, cx.sink, limits);
        } else {
            // Offsets may be off around escapes: report at the whole string.
            base::DiagnosticSink scratch;
            chain = syntax::parse_expression(cx.sources, text.span.file, hole_span.begin,
                                             hole.length, scratch, limits);
            for (const base::Diagnostic& d : scratch.sorted()) {
                cx.error(d.code, text.span, d.message).hint = d.hint;
            }
        }
        if (!chain) continue;
        ir::ExprId expr = resolver.resolve(*chain);
        ir::Type type = cx.program.type_of(expr);
        if (type.kind == ir::TypeKind::Record || type.kind == ir::TypeKind::List) {
            cx.error(codes::kBadOperand, cx.program.span_of(expr),
                     base::msg("E3002.placeholder", type_name(cx.program, type)))
                .hint = base::msg("E3002.hint_placeholder");
        }
        parts.push_back({std::string(), expr});
    }
    return out;
}

}  // namespace

}  // namespace netral::check
