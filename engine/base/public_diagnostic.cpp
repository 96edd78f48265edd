// SPDX-License-Identifier: Apache-2.0
// Diagnostics in the public shape (base/public_diagnostic.hpp).
#include "base/public_diagnostic.hpp"

#include <utility>

namespace netral::base {

std::vector<netral::Diagnostic> to_public(const std::vector<Diagnostic>& diagnostics,
                                          const SourceMap& sources, Language language) {
    auto location = [&](Span span) {
        // A diagnostic about a rule set of no files points into none: an empty Location.
        const SourceFile* file = sources.find(span.file);
        if (file == nullptr) return Location{};
        LineCol begin = file->line_col(span.begin);
        LineCol end = file->line_col(span.end);
        return Location{file->path(), begin.line, begin.column, end.line, end.column};
    };
    std::vector<netral::Diagnostic> out;
    out.reserve(diagnostics.size());
    for (const Diagnostic& d : diagnostics) {
        netral::Diagnostic p;
        p.severity =
            d.severity == Severity::Error ? netral::Severity::Error : netral::Severity::Warning;
        p.code = d.code;
        p.location = location(d.span);
        p.message = render(d.message, language);
        p.hint = render(d.hint, language);
        for (const Note& note : d.notes) {
            p.notes.push_back({location(note.span), render(note.message, language)});
        }
        out.push_back(std::move(p));
    }
    return out;
}

netral::Diagnostic usage_error(std::string_view code, const Message& message, const Message& hint,
                               Language language) {
    netral::Diagnostic d;
    d.code = std::string(code);
    d.message = render(message, language);
    d.hint = render(hint, language);
    return d;
}

std::string usage_text(const std::vector<netral::Diagnostic>& diagnostics, Language language) {
    std::string out;
    for (const netral::Diagnostic& d : diagnostics) {
        out +=
            lookup(language, d.severity == netral::Severity::Error ? "diag.error" : "diag.warning");
        out += "[" + d.code + "]: " + d.message + "\n";
        if (!d.hint.empty())
            out += std::string(lookup(language, "diag.hint")) + ": " + d.hint + "\n";
    }
    return out;
}

}  // namespace netral::base
