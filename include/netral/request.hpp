// SPDX-License-Identifier: Apache-2.0
// One decision per call, for hosts that speak text and JSON rather than C++ types: the HTTP
// service, the C API and the decision log's replay. A request is an incident's text plus options
// written as JSON (or, for a query string, as name/value pairs); decide() reads, evaluates and
// renders it exactly as `netral eval` does for one file, so every host gives the same decision
// and the same JSON. Only standard-library types.
//
// Thread safety: every function here is reentrant and shares nothing but the rule set, which is
// immutable.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/evaluate.hpp"

namespace netral {

/// How one decision is made and shown.
struct RequestOptions {
    /// as_of, params and why_not as evaluate() takes them; `eval.language` is kept equal to
    /// `language` by parse_request_options() and set_request_option().
    EvalOptions eval;
    Format format = Format::Json;             ///< the rendering of the decision
    Language language = Language::Indonesian; ///< of the rendering and of the diagnostics
    Detail detail = Detail::Summary;          ///< text, Markdown, HTML: how much of the trail
    bool render = true;  ///< false: decide() leaves the body empty (the host renders it)
};

/// The result of reading request options.
struct RequestOptionsResult {
    std::optional<RequestOptions> options;  ///< none when the options are invalid
    std::vector<Diagnostic> diagnostics;    ///< located in the options' text
    /// Options were read; false exactly when `diagnostics` holds an error.
    bool ok() const { return options.has_value(); }
};

/// Reads options written as one JSON object (docs/requests.md):
///
///     {"as_of": "2024-12-01", "params": {"name": "value"}, "lang": "en",
///      "format": "json", "detail": "full", "why_not": "rule_or_category"}
///
/// Every key is optional; an empty text is the empty object. Unknown keys (E7020, with a
/// did-you-mean), values of the wrong kind (E7021) and unknown format, language or detail names
/// (E7022) are errors at their place in `options`. The as-of date, parameters and why-not target
/// are checked against `rules` as evaluate() checks them (E7001–E7004). `language` is the
/// language of these diagnostics; the options' own `lang` picks the decision's. Never throws for
/// bad input.
RequestOptionsResult parse_request_options(const RuleSet& rules, const Source& options,
                                           Language language = Language::Indonesian);

/// Sets one option by name, as a query string gives them: `as_of`, `lang`, `format`, `detail`,
/// `why_not`, and `param.NAME` for one parameter (a repeated name replaces the earlier value).
/// The same names and the same checks of kind as parse_request_options(); an error is returned
/// without a location (a query string has no lines). Parameters and the as-of date are checked
/// later, by decide(). Never throws for bad input.
std::optional<Diagnostic> set_request_option(RequestOptions& options, std::string_view name,
                                             std::string_view value,
                                             Language language = Language::Indonesian);

/// What decide() made of a request.
struct DecideResult {
    enum class Status {
        Decided,         ///< a decision; `body` is its rendering
        BadOptions,      ///< the options were refused (E7001–E7004); nothing was read
        Unreadable,      ///< the incident's text is not a document: too large, not UTF-8, a
                         ///< syntax error, over a nesting or size limit (E6001–E6009)
        InvalidIncident, ///< a document, but not a valid incident (E6020 and after)
        NotEvaluated,    ///< evaluate() refused it (an evaluation bound, say)
    };
    Status status = Status::NotEvaluated;
    std::optional<Decision> decision;     ///< with Decided
    std::string body;                     ///< with Decided: render(decision, format, …)
    std::vector<Diagnostic> diagnostics;  ///< errors, and the incident's warnings
    std::string text;                     ///< the diagnostics rendered with carets
    bool ok() const { return status == Status::Decided; }
};

/// Reads the incident `incident` (its path names it in diagnostics and in the decision's
/// `source`), evaluates it with `options` and renders the decision in `options.format`: what
/// `netral eval --format F` prints for one file. A null `rules` is E7010. Deterministic.
DecideResult decide(std::shared_ptr<const RuleSet> rules, const Source& incident,
                    IncidentFormat format, const RequestOptions& options,
                    const IncidentLimits& limits = {});

/// The error object of an input that gave no decision (docs/batch.md), on one line with its end
/// when `one_line`, else indented: `{"source":…,"line":N,"error":{…},"diagnostics":[…]}`.
/// `line` (from 1) is the input's line in a stream of JSON Lines, 0 for a whole file; with a
/// line, every location is shown as line `line` of `stream` (`<stdin>`, say).
std::string error_object(std::string_view source, std::size_t line, std::string_view stream,
                         const std::vector<Diagnostic>& diagnostics, bool one_line);

}  // namespace netral
