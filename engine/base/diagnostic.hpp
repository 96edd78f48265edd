// SPDX-License-Identifier: Apache-2.0
// One diagnostic shape for every stage: a stable code, a primary span and message, notes with
// their own spans, and an optional hint. Stages add to a DiagnosticSink; nothing prints.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/message.hpp"
#include "base/source_file.hpp"

namespace netral::base {

/// How bad a diagnostic is.
enum class Severity {
    Error,    ///< the input is invalid; the stage's artefact is withheld
    Warning,  ///< suspicious but valid; can be disabled by code
};

/// A secondary location that explains the primary one ("first declared here").
struct Note {
    Span span;            ///< where the note points
    Message message;      ///< what it says about that place
};

/// One problem found in the input: what, where, and how to fix it.
struct Diagnostic {
    Severity severity = Severity::Error;  ///< errors make the input invalid; warnings do not
    std::string code;                     ///< stable code such as "E2001"; see docs/errors.md
    Span span;                            ///< the primary place
    Message message;                      ///< one line, lower case, no trailing period
    std::vector<Note> notes;              ///< further places, in the order they were added
    Message hint;                         ///< a suggestion ("did you mean `x`?"), may be empty
};

/// Collects diagnostics from every stage. Not thread-safe: one sink per compilation.
class DiagnosticSink {
public:
    /// @param error_limit after this many errors one E9004 is added and further errors dropped.
    explicit DiagnosticSink(std::size_t error_limit = 100) : error_limit_(error_limit) {}

    /// Adds an error; the returned reference stays valid until the next add (fill in notes and
    /// hint at once, never across another error() or warning()).
    /// Past the error limit the error is dropped and the reference points at a scratch value.
    Diagnostic& error(std::string_view code, Span span, Message message);
    /// Adds a warning unless its code was disabled; the reference then points at a scratch value.
    Diagnostic& warning(std::string_view code, Span span, Message message);

    /// Warning codes in this set are dropped (e.g. "W5021").
    void disable_warning(std::string code) { disabled_.insert(std::move(code)); }

    /// True once any error was added, dropped ones past the limit included (a limit of 0 keeps
    /// none, yet the input has errors).
    bool has_errors() const { return error_count_ > 0 || saturated_; }
    /// Errors added, not counting E9004 or errors dropped past the limit.
    std::size_t error_count() const { return error_count_; }
    /// Warnings added, not counting disabled ones.
    std::size_t warning_count() const { return warning_count_; }
    /// True once the error limit was reached: stages may stop early.
    bool saturated() const { return saturated_; }

    /// Adds `other`'s diagnostics in the order they were added there, as if added here: this
    /// sink's error limit and disabled warnings apply (for stages that work on parts in
    /// parallel, each with a sink of the same limit, merged in a fixed order).
    void absorb(const DiagnosticSink& other);
    /// The error limit given at construction.
    std::size_t error_limit() const { return error_limit_; }

    /// All diagnostics ordered by file, offset, severity and code: a stable order for output.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;   ///< in the order they were added
    std::set<std::string> disabled_;  ///< warning codes to drop
    std::size_t error_limit_;         ///< errors kept before E9004 closes the list
    std::size_t error_count_ = 0;     ///< errors kept (E9004 excluded)
    std::size_t warning_count_ = 0;   ///< warnings kept
    bool saturated_ = false;          ///< the limit was reached; everything is dropped now
    Diagnostic scratch_;  ///< target of dropped diagnostics, so callers can chain without checks
};

/// Renders diagnostics as `file:line:col: error[E1234]: message` with the source line, a caret
/// run under the span, notes and hint, in `language`. `color` adds ANSI colours for terminals.
std::string render_text(const std::vector<Diagnostic>& diagnostics, const SourceMap& sources,
                        Language language, bool color = false);

}  // namespace netral::base
