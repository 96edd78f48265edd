// SPDX-License-Identifier: Apache-2.0
// The public face of netral: load rule files, check them, and read the diagnostics. It holds
// plain standard-library types only; Boost, Spirit and yaml-cpp stay inside the engine.
// Evaluation (compile → RuleSet, evaluate → Decision) is in evaluate.hpp.
//
// Every result type of the API has ok(): true when the call did what it was asked, false exactly
// when its diagnostics hold an error (warnings may come with success). A null handle given to
// any function is such an error (E7010–E7013, docs/errors.md), never an empty success.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "netral/language.hpp"

namespace netral {

/// The engine's version, e.g. "0.1.0". The string is static: never freed, safe from any thread.
const char* version();

/// One rule file given by the caller, as a plain value. The engine copies what it keeps, so the
/// caller may change or drop a Source once the call that took it returns.
struct Source {
    std::string path;  ///< shown in diagnostics; need not exist on disk
    std::string text;  ///< the file's UTF-8 text
};

/// How bad a diagnostic is.
enum class Severity {
    Error,    ///< the rule set is unusable until it is fixed
    Warning,  ///< suspicious but usable; can be disabled by code (CheckOptions)
};

/// A place in a source, 1-based; columns count code points. A diagnostic about the rule set as
/// a whole that has no file to point into (a rule set of no files) has an empty `file` and 0s.
struct Location {
    std::string file;              ///< Source::path
    std::size_t line = 0;          ///< first line
    std::size_t column = 0;        ///< first column
    std::size_t end_line = 0;      ///< line of the end
    std::size_t end_column = 0;    ///< column one past the end
};

/// A further place that explains a diagnostic ("first declared here").
struct DiagnosticNote {
    Location location;    ///< where the note points
    std::string message;  ///< what it says
};

/// A problem found in the rules, as a plain value; codes are stable and documented in
/// docs/errors.md.
struct Diagnostic {
    Severity severity = Severity::Error;  ///< errors make the rule set unusable
    std::string code;                     ///< e.g. "E2004"
    Location location;                    ///< primary place
    std::string message;                  ///< one line
    std::vector<DiagnosticNote> notes;    ///< further places
    std::string hint;                     ///< a suggested fix, may be empty
};

/// One diagnostic as a JSON object on one line, the one wire form of a diagnostic (CLI, batch
/// error objects, test reports): `{"code","severity","message","file","line","column",
/// "end_line","end_column","notes":[{"message","file","line","column","end_line",
/// "end_column"}],"hint"}` in that key order; docs/errors.md. Thread-safe.
std::string to_json(const Diagnostic& diagnostic);
/// The diagnostics as one JSON array of to_json() objects, in the order given. Thread-safe.
std::string to_json(const std::vector<Diagnostic>& diagnostics);

/// Limits that bound the front end on hostile input; going over one is a diagnostic, except for
/// max_files (an error of load_rule_directory).
struct Limits {
    std::size_t max_file_bytes = 1 << 20;  ///< per rule file (E9001); files over 4 GiB - 2
                                           ///< bytes are refused whatever this says
    std::size_t max_depth = 64;            ///< expression and bracket nesting (E9002)
    std::size_t max_identifier = 128;      ///< bytes per identifier (E9003)
    std::size_t max_errors = 100;          ///< errors reported before stopping (E9004)
    std::size_t max_files = 10000;         ///< rule files in one rule set (usage error)
    std::size_t max_rules = 100000;        ///< rule blocks in one rule set (E9005)
};

/// How check_rules() runs; the defaults suit trusted rule files of any realistic size.
struct CheckOptions {
    Limits limits;                              ///< input bounds
    std::vector<std::string> disabled_warnings; ///< warning codes not to report, e.g. "W5021"
    /// The language of the diagnostics' messages, notes and hints (codes, names and values
    /// quoted from the input stay as written).
    Language language = Language::Indonesian;
};

/// The outcome of checking a rule set: the diagnostics and their renderings, computed once.
/// A self-contained value (it refers to no Source); immutable, so one report may be read from
/// several threads. References it returns live as long as the report.
class CheckReport {
public:
    /// True when no error was found (warnings allowed): false exactly when diagnostics() holds
    /// an error.
    bool ok() const;
    /// Diagnostics in a stable order: file, position, severity, code.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    /// `file:line:col: error[E1234]: …` with source lines and carets; `color` adds ANSI colours.
    const std::string& text(bool color = false) const { return color ? text_color_ : text_; }
    /// The same as a JSON array of to_json() objects (one form everywhere), stable key order.
    const std::string& json() const { return json_; }

private:
    friend CheckReport check_rules(const std::vector<Source>&, const CheckOptions&);
    std::vector<Diagnostic> diagnostics_;  ///< sorted as diagnostics() promises
    std::string text_;                     ///< text() without colour
    std::string text_color_;               ///< text() with ANSI colours
    std::string json_;                     ///< json()
};

/// Parses and checks a rule set given as in-memory files; the sources are only read. Never
/// throws for bad input (an empty rule set included): every problem is a diagnostic. Only
/// std::bad_alloc can escape. Thread-safe: calls share no state.
CheckReport check_rules(const std::vector<Source>& sources, const CheckOptions& options = {});

/// Reads every `*.rules` file below `directory` (sorted by path, so results do not depend on the
/// file system's order). A file longer than `limits.max_file_bytes` is read only one byte past
/// the limit, so check_rules() reports it (E9001) without holding it whole. Returns nullopt and
/// sets `error` (a one-line message) when the directory or a file cannot be read, or it holds
/// no rule file or more than `limits.max_files`; `error` is left alone on success. Does not
/// throw for file-system errors. Thread-safe as far as the file system is: calls share no state.
std::optional<std::vector<Source>> load_rule_directory(const std::string& directory,
                                                       std::string& error,
                                                       const Limits& limits = {});

}  // namespace netral
