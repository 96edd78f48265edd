// SPDX-License-Identifier: Apache-2.0
// Drives the grammar declaration by declaration, so one mistake does not hide the rest: after a
// syntax error the parser resumes at the next line that starts with a declaration keyword.
#include "syntax/parse.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "base/suggest.hpp"
#include "base/text.hpp"
#include "syntax/expectation.hpp"
#include "syntax/grammar.hpp"

namespace netral::syntax {
namespace {

using grammar::kDeclarationKeywords;

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

/// True when a declaration keyword starts at `p` (followed by a non-word character).
bool starts_declaration(const char* p, const char* last) {
    for (std::string_view keyword : kDeclarationKeywords) {
        if (static_cast<std::size_t>(last - p) < keyword.size()) continue;
        if (std::memcmp(p, keyword.data(), keyword.size()) != 0) continue;
        const char* after = p + keyword.size();
        if (after == last || !is_word_char(*after)) return true;
    }
    return false;
}

/// Moves past the current line to the next line that starts, unindented, with a declaration
/// keyword: the likeliest place where well-formed text resumes.
const char* next_declaration(const char* from, const char* last) {
    const char* p = from;
    while (p != last) {
        while (p != last && *p != '\n') ++p;
        if (p == last) break;
        ++p;
        if (starts_declaration(p, last)) return p;
    }
    return last;
}

/// The source text at `p` shortened for a message: one word or one character.
base::MessageArg found_text(const char* p, const char* last) {
    if (p == last) return base::word("word.syntax.end_of_file");
    if (is_word_char(*p)) {
        const char* end = p;
        while (end != last && is_word_char(*end) && end - p < 40) ++end;
        return {"`" + std::string(p, end) + "`", false, {}};
    }
    if (*p == '\n' || *p == '\r') return base::word("word.syntax.end_of_line");
    std::size_t length = 1;
    auto lead = static_cast<unsigned char>(*p);
    if (lead >= 0xF0) length = 4;
    else if (lead >= 0xE0) length = 3;
    else if (lead >= 0xC0) length = 2;
    length = std::min<std::size_t>(length, static_cast<std::size_t>(last - p));
    return {"`" + std::string(p, p + length) + "`", false, {}};
}

/// Span of the token at `offset` for the caret run.
base::Span token_span(base::FileId file, const char* base, const char* last, std::size_t offset) {
    const char* p = base + offset;
    const char* end = p;
    while (end != last && is_word_char(*end)) ++end;
    if (end == p && p != last && *p != '\n') ++end;
    return {file, static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(end - base)};
}

/// Names of the construct a declaration keyword opens, for "(opened at line N)" notes.
std::string opened_construct(const char* p, const char* last) {
    const char* end = p;
    while (end != last && is_word_char(*end)) ++end;
    return std::string(p, end);
}

/// Offset of the first byte that is not part of well-formed UTF-8 (or is NUL), if any.
std::optional<std::size_t> first_invalid_utf8(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = base::utf8_sequence_length(text, i);
        if (c == 0 || length == 0) return i;
        // Overlong forms and surrogates are rejected by their first two bytes.
        auto next = length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
        if ((length == 2 && c < 0xC2) || (length == 3 && c == 0xE0 && next < 0xA0) ||
            (length == 3 && c == 0xED && next >= 0xA0) || (length == 4 && c == 0xF0 && next < 0x90) ||
            (length == 4 && c > 0xF4) || (length == 4 && c == 0xF4 && next >= 0x90)) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

/// X3 names a literal character `'x'`; our messages quote code with backticks.
std::string backticked(std::string expected) {
    if (expected.size() >= 3 && expected.front() == '\'' && expected.back() == '\'') {
        return "`" + expected.substr(1, expected.size() - 2) + "`";
    }
    return expected;
}

void report_failure(const base::SourceMap& sources, base::FileId file, const char* base,
                    const char* last, const char* decl_start, grammar::Failure failure,
                    base::DiagnosticSink& sink, const ParseLimits& limits) {
    // Point at the next token, not at the white space before it, except inside a string: an
    // unclosed string or a bad escape is reported where it is (`"a\` is cut at the line end).
    bool in_string = failure.expected.find("closing `\"") != std::string::npos ||
                     failure.expected.rfind("an escape", 0) == 0;
    if (!in_string) {
        const char* p = base + failure.offset;
        grammar::skip_space(p, last);
        failure.offset = static_cast<std::size_t>(p - base);
    }
    base::Span span = token_span(file, base, last, failure.offset);
    if (failure.too_deep) {
        sink.error("E9002", span, base::msg("E9002", limits.max_depth)).hint =
            base::msg("E9002.hint");
        return;
    }
    base::MessageArg found = found_text(base + failure.offset, last);
    if (failure.expected.empty()) {
        base::Message hint;
        const char* word = base + failure.offset;
        if (word != last && is_word_char(*word)) {
            std::vector<std::string> keywords(kDeclarationKeywords.begin(),
                                              kDeclarationKeywords.end());
            hint = base::did_you_mean(opened_construct(word, last), keywords);
        }
        if (hint.empty()) hint = base::msg("E1001.hint");
        sink.error("E1001", span, base::msg("E1001", found)).hint = hint;
        return;
    }
    std::string expected = backticked(failure.expected);
    bool in_quote = expected.find("closing `\"") != std::string::npos;
    base::Diagnostic& d =
        in_quote ? sink.error("E1003", span, base::msg("E1003", expectation(expected), found))
                 : sink.error("E1002", span, base::msg("E1002", expectation(expected), found));
    if (expected.find("closing `\"\"\"`") != std::string::npos) {
        // The text up to here holds no `"""` after the opening one, so the last one opened it.
        std::string_view before(base, failure.offset);
        std::size_t open = before.rfind("\"\"\"");
        if (open != std::string_view::npos) {
            auto at = static_cast<std::uint32_t>(open);
            d.notes.push_back({{file, at, at + 3},
                               base::msg("E1003.note", sources.file(file).line_col(at).line)});
        }
    }
    if (decl_start != nullptr && decl_start < base + failure.offset) {
        base::LineCol opened = sources.file(file).line_col(
            static_cast<std::uint32_t>(decl_start - base));
        std::string construct = opened_construct(decl_start, last);
        auto start = static_cast<std::uint32_t>(decl_start - base);
        d.notes.push_back({{file, start, static_cast<std::uint32_t>(start + construct.size())},
                           base::msg("note.syntax.opened_at", construct, opened.line)});
    }
}

}  // namespace

std::optional<Module> parse(const base::SourceMap& sources, base::FileId file,
                            base::DiagnosticSink& sink, const ParseLimits& limits) {
    const std::string& text = sources.file(file).text();
    // Spans hold 32-bit offsets: no limit lets a larger file through.
    std::size_t max_bytes = std::min(limits.max_file_bytes, base::kMaxFileBytes);
    if (text.size() > max_bytes) {
        sink.error("E9001", {file, 0, 0}, base::msg("E9001", max_bytes)).hint =
            base::msg("E9001.hint");
        return std::nullopt;
    }
    if (auto bad = first_invalid_utf8(text)) {
        sink.error("E1004",
                   {file, static_cast<std::uint32_t>(*bad), static_cast<std::uint32_t>(*bad + 1)},
                   base::msg("E1004"))
            .hint = base::msg("E1004.hint");
        return std::nullopt;
    }
    const char* base = text.data();
    const char* last = base + text.size();
    grammar::Input input{base, file, limits.max_depth};
    Module module;
    module.file = file;
    bool ok = true;
    const char* p = base;
    // A UTF-8 byte-order mark, which some Windows editors write, is not text: skip it instead of
    // reporting "expected a declaration, found ``" with an invisible character.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) p += 3;
    grammar::skip_space(p, last);
    while (p != last && !sink.saturated()) {
        const char* start = p;
        Declaration declaration;
        grammar::Failure failure;
        if (grammar::parse_declaration(p, last, input, declaration, failure)) {
            module.declarations.push_back(std::move(declaration));
            grammar::skip_space(p, last);
            continue;
        }
        ok = false;
        report_failure(sources, file, base, last, starts_declaration(start, last) ? start : nullptr,
                       failure, sink, limits);
        const char* at =
            base + std::max<std::size_t>(failure.offset, static_cast<std::size_t>(start - base));
        // X3 reports some failures after skipping white space, i.e. at the first token of the
        // next line. When that token opens a declaration, resume right there: skipping its line
        // would hide the errors in it (`fact a: set` newline `fact b int` reported one error).
        const char* token = at;
        grammar::skip_space(token, last);
        if (token > start && (token == base || token[-1] == '\n') &&
            starts_declaration(token, last)) {
            p = token;
        } else {
            p = next_declaration(at, last);
        }
        grammar::skip_space(p, last);
    }
    if (!ok) return std::nullopt;
    return module;
}

std::optional<Chain> parse_expression(const base::SourceMap& sources, base::FileId file,
                                      std::size_t offset, std::size_t length,
                                      base::DiagnosticSink& sink, const ParseLimits& limits) {
    const std::string& text = sources.file(file).text();
    const char* base = text.data();
    const char* p = base + offset;
    const char* last = p + length;
    grammar::Input input{base, file, limits.max_depth};
    Chain out;
    grammar::Failure failure;
    if (grammar::parse_expression(p, last, input, out, failure)) {
        grammar::skip_space(p, last);
        if (p == last) return out;
        failure.offset = static_cast<std::size_t>(p - base);
        failure.expected = "the end of the placeholder `}`";
    }
    report_failure(sources, file, base, last, nullptr, failure, sink, limits);
    return std::nullopt;
}

}  // namespace netral::syntax
