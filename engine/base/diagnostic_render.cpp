// SPDX-License-Identifier: Apache-2.0
// Text and JSON renderings of diagnostics. Source lines come from the SourceMap, never from disk.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/diagnostic.hpp"
#include "base/text.hpp"

namespace netral::base {
namespace {

std::string_view severity_name(Severity severity, Language language) {
    switch (severity) {
        case Severity::Error:
            return lookup(language, "diag.error");
        case Severity::Warning:
            return lookup(language, "diag.warning");
    }
    return {};
}

/// ANSI colour codes, or empty strings when colour is off.
struct Palette {
    bool on;  ///< emit colour codes
    std::string_view bold() const { return on ? "\033[1m" : ""; }
    std::string_view red() const { return on ? "\033[1;31m" : ""; }
    std::string_view yellow() const { return on ? "\033[1;33m" : ""; }
    std::string_view cyan() const { return on ? "\033[1;36m" : ""; }
    std::string_view reset() const { return on ? "\033[0m" : ""; }
};

/// A piece of a source line made safe to print: one display cell per code point, malformed
/// bytes shown as U+FFFD and control characters (but tab) as `?`. `caret_pad`, when given,
/// receives for each output cell the character to put under it in the caret line (tab or
/// space).
void append_display(std::string& out, std::string_view text, std::string* caret_pad) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        auto c = static_cast<unsigned char>(text[i]);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            length = 1;
        } else if (length == 1 && (c < 0x20 || c == 0x7F) && c != '\t') {
            out += '?';
        } else {
            out.append(text.substr(i, length));
        }
        if (caret_pad != nullptr) *caret_pad += c == '\t' ? '\t' : ' ';
        i += length;
    }
}

/// Number of display cells (code points, malformed bytes counted one each) in `text`.
std::size_t cells(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        std::size_t length = utf8_sequence_length(text, i);
        i += length == 0 ? 1 : length;
    }
    return count;
}

/// Moves `offset` back to the start of a UTF-8 sequence.
std::size_t char_boundary(std::string_view text, std::size_t offset) {
    while (offset > 0 && offset < text.size() &&
           (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
        --offset;
    }
    return offset;
}

/// Appends the source line of `span` and a caret run under it. A span running over several
/// lines is underlined to the end of its first line. Long lines are cut to a window around
/// the span (with `…`), so a hostile one-line file cannot flood the output.
void append_snippet(std::string& out, const SourceFile& file, Span span, const Palette& colors) {
    constexpr std::size_t kWholeLine = 200;  // lines up to this many bytes are shown whole
    constexpr std::size_t kContext = 80;     // bytes kept on each side of the span otherwise
    LineCol start = file.line_col(span.begin);
    std::string_view line = file.line_text(start.line);
    std::size_t line_offset = static_cast<std::size_t>(line.data() - file.text().data());
    std::size_t begin = std::min<std::size_t>(span.begin - line_offset, line.size());
    std::size_t end = std::clamp<std::size_t>(span.end - line_offset, begin, line.size());
    std::size_t window_begin = 0;
    std::size_t window_end = line.size();
    if (line.size() > kWholeLine) {
        window_begin = begin > kContext ? char_boundary(line, begin - kContext) : 0;
        window_end = std::min(line.size(), std::max(end, begin + 1) + kContext);
        window_end = window_end < line.size() ? char_boundary(line, window_end) : line.size();
    }
    end = std::min(end, window_end);

    // The caret line's gutter is as wide as the line number, so the two `|` align.
    std::size_t gutter = fmt::formatted_size("{}", start.line);
    std::string caret_pad;
    fmt::format_to(std::back_inserter(out), " {} | ", start.line);
    if (window_begin > 0) {
        out += "…";
        caret_pad += ' ';
    }
    append_display(out, line.substr(window_begin, begin - window_begin), &caret_pad);
    append_display(out, line.substr(begin, window_end - begin), nullptr);
    if (window_end < line.size()) out += "…";
    fmt::format_to(std::back_inserter(out), "\n {:{}} | {}", "", gutter, caret_pad);
    std::size_t width = std::max<std::size_t>(1, cells(line.substr(begin, end - begin)));
    out += colors.red();
    out += std::string(width, '^');
    out += colors.reset();
    out += '\n';
}

/// Shown instead of `file:line:col` for a diagnostic about the rule set as a whole when it has
/// no file to point into (a rule set of no files).
constexpr std::string_view kNoFile = "<rule set>";

std::string location(const SourceMap& sources, Span span) {
    const SourceFile* file = sources.find(span.file);
    if (file == nullptr) return std::string(kNoFile);
    LineCol lc = file->line_col(span.begin);
    return fmt::format("{}:{}:{}", file->path(), lc.line, lc.column);
}

/// The snippet of `span`, unless it points into no file.
void append_snippet_if_any(std::string& out, const SourceMap& sources, Span span,
                           const Palette& colors) {
    if (const SourceFile* file = sources.find(span.file)) append_snippet(out, *file, span, colors);
}

}  // namespace

std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceMap& sources,
                        Language language, bool color) {
    Palette colors{color};
    std::string out;
    auto to = std::back_inserter(out);
    for (const Diagnostic& d : diagnostics) {
        std::string_view severity_color =
            d.severity == Severity::Error ? colors.red() : colors.yellow();
        fmt::format_to(to, "{}{}: {}{}[{}]{}", colors.bold(), location(sources, d.span),
                       severity_color, severity_name(d.severity, language), d.code, colors.reset());
        fmt::format_to(to, "{}: {}{}\n", colors.bold(), render(d.message, language),
                       colors.reset());
        append_snippet_if_any(out, sources, d.span, colors);
        for (const Note& note : d.notes) {
            fmt::format_to(to, "{}{}{}: {}: {}\n", colors.cyan(), lookup(language, "diag.note"),
                           colors.reset(), location(sources, note.span),
                           render(note.message, language));
            append_snippet_if_any(out, sources, note.span, colors);
        }
        if (!d.hint.empty())
            fmt::format_to(to, "{}{}{}: {}\n", colors.cyan(), lookup(language, "diag.hint"),
                           colors.reset(), render(d.hint, language));
    }
    return out;
}

}  // namespace netral::base
