// SPDX-License-Identifier: Apache-2.0
#include "base/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace netral::base {

Diagnostic& DiagnosticSink::error(std::string_view code, Span span, Message message) {
    if (saturated_) {
        scratch_ = {};
        return scratch_;
    }
    if (error_count_ >= error_limit_) {
        saturated_ = true;
        items_.push_back(
            {Severity::Error, "E9004", span, msg("E9004", error_limit_), {}, msg("E9004.hint")});
        scratch_ = {};
        return scratch_;
    }
    ++error_count_;
    items_.push_back({Severity::Error, std::string(code), span, std::move(message), {}, {}});
    return items_.back();
}

void DiagnosticSink::absorb(const DiagnosticSink& other) {
    for (const Diagnostic& d : other.items_) {
        // `other`'s own E9004 marks where it dropped errors: this sink, which has taken at least
        // as many errors by then, closes its list at the same place.
        Diagnostic& added = d.severity == Severity::Error ? error(d.code, d.span, d.message)
                                                          : warning(d.code, d.span, d.message);
        if (&added == &scratch_) continue;
        added.notes = d.notes;
        added.hint = d.hint;
    }
}

Diagnostic& DiagnosticSink::warning(std::string_view code, Span span, Message message) {
    if (saturated_ || disabled_.count(std::string(code)) > 0) {
        scratch_ = {};
        return scratch_;
    }
    ++warning_count_;
    items_.push_back({Severity::Warning, std::string(code), span, std::move(message), {}, {}});
    return items_.back();
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        // The limit marker always closes the list.
        bool a_last = a.code == "E9004";
        bool b_last = b.code == "E9004";
        return std::tie(a_last, a.span.file, a.span.begin, a.severity, a.code, a.message) <
               std::tie(b_last, b.span.file, b.span.begin, b.severity, b.code, b.message);
    });
    return out;
}

}  // namespace netral::base
