// SPDX-License-Identifier: Apache-2.0
// Text and JSON renderings of diagnostics. Source lines come from the SourceMap, never from disk.
#include <boost/json.hpp>

#include "base/diagnostic.hpp"

namespace netral::base {
namespace {

std::string_view severity_name(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

/// Number of code points in a UTF-8 byte range.
std::size_t code_points(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) ++count;
    }
    return count;
}

struct Palette {
    bool on;
    std::string_view bold() const { return on ? "\033[1m" : ""; }
    std::string_view red() const { return on ? "\033[1;31m" : ""; }
    std::string_view yellow() const { return on ? "\033[1;33m" : ""; }
    std::string_view cyan() const { return on ? "\033[1;36m" : ""; }
    std::string_view reset() const { return on ? "\033[0m" : ""; }
};

/// Appends the source line of `span` and a caret run under it. A span running over several
/// lines is underlined to the end of its first line.
void append_snippet(std::string& out, const SourceFile& file, Span span, const Palette& colors) {
    LineCol start = file.line_col(span.begin);
    std::string_view line = file.line_text(start.line);
    std::string number = std::to_string(start.line);
    std::string gutter(number.size(), ' ');
    out += " " + number + " | ";
    out += line;
    out += "\n " + gutter + " | ";
    // Reproduce tabs so the caret lines up whatever the tab width of the terminal.
    std::size_t prefix_bytes = span.begin - (line.data() - file.text().data());
    std::string_view prefix = line.substr(0, std::min(prefix_bytes, line.size()));
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(prefix[i]);
        if ((c & 0xC0) == 0x80) continue;
        out += c == '\t' ? '\t' : ' ';
    }
    std::size_t line_end = prefix_bytes <= line.size() ? line.size() : prefix_bytes;
    std::size_t span_end = std::min<std::size_t>(span.end - (line.data() - file.text().data()),
                                                 line_end);
    std::size_t width = 1;
    if (span_end > prefix_bytes) width = code_points(line.substr(prefix_bytes, span_end - prefix_bytes));
    if (width == 0) width = 1;
    out += colors.red();
    out += std::string(width, '^');
    out += colors.reset();
    out += '\n';
}

std::string location(const SourceMap& sources, Span span) {
    const SourceFile& file = sources.file(span.file);
    LineCol lc = file.line_col(span.begin);
    return file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

boost::json::object span_json(const SourceMap& sources, Span span) {
    const SourceFile& file = sources.file(span.file);
    LineCol begin = file.line_col(span.begin);
    LineCol end = file.line_col(span.end);
    boost::json::object o;
    o["file"] = file.path();
    o["line"] = begin.line;
    o["column"] = begin.column;
    o["end_line"] = end.line;
    o["end_column"] = end.column;
    return o;
}

}  // namespace

std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceMap& sources,
                        bool color) {
    Palette colors{color};
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        out += colors.bold();
        out += location(sources, d.span);
        out += ": ";
        out += d.severity == Severity::Error ? colors.red() : colors.yellow();
        out += severity_name(d.severity);
        out += "[" + d.code + "]";
        out += colors.reset();
        out += colors.bold();
        out += ": " + d.message;
        out += colors.reset();
        out += '\n';
        append_snippet(out, sources.file(d.span.file), d.span, colors);
        for (const Note& note : d.notes) {
            out += colors.cyan();
            out += "note";
            out += colors.reset();
            out += ": " + location(sources, note.span) + ": " + note.message + '\n';
            append_snippet(out, sources.file(note.span.file), note.span, colors);
        }
        if (!d.hint.empty()) {
            out += colors.cyan();
            out += "hint";
            out += colors.reset();
            out += ": " + d.hint + '\n';
        }
    }
    return out;
}

std::string render_json(const std::vector<Diagnostic>& diagnostics, const SourceMap& sources) {
    boost::json::array list;
    for (const Diagnostic& d : diagnostics) {
        boost::json::object o = span_json(sources, d.span);
        o["severity"] = severity_name(d.severity);
        o["code"] = d.code;
        o["message"] = d.message;
        boost::json::array notes;
        for (const Note& note : d.notes) {
            boost::json::object n = span_json(sources, note.span);
            n["message"] = note.message;
            notes.push_back(std::move(n));
        }
        o["notes"] = std::move(notes);
        if (!d.hint.empty()) o["hint"] = d.hint;
        list.push_back(std::move(o));
    }
    return boost::json::serialize(list) + "\n";
}

}  // namespace netral::base
