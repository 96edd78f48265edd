// SPDX-License-Identifier: Apache-2.0
// What a host records of a decision it made: the options in their canonical form with the date
// fixed, the incident's format after Auto, the hash of the body it sent. The service and
// `netral eval --log` build their entries with make_entry(), so every log holds the same.
#pragma once

#include <string>
#include <string_view>

#include "decision_log/store.hpp"
#include "netral/request.hpp"

namespace netral::decision_log {

/// Sets an empty `options.eval.as_of` to today (UTC), the date evaluate() would take. Call it
/// before decide() so the decision and its log entry say the same day even at midnight.
void resolve_as_of(RequestOptions& options);

/// The options as canonical JSON on one line, every key present in the order of
/// docs/requests.md, parameters sorted by name (a repeated name: the last wins), as_of resolved
/// by resolve_as_of(): `{"as_of":"2024-12-01","params":{},"lang":"id","format":"json",
/// "detail":"summary","why_not":""}`. parse_request_options() reads it back to equal options.
/// Only what a request can say is kept: EvalOptions' other fields are at their defaults in
/// decide(). Thread-safe.
std::string options_json(const RequestOptions& options);

/// "sha256:<hex>" of `body`.
std::string body_hash(std::string_view body);

/// The format `format` means for `text`: Auto is JSON when the first non-blank character is
/// `{` (as load_incident() decides), else YAML.
IncidentFormat resolve_format(IncidentFormat format, std::string_view text);

/// The entry of a decision made by decide(rules, incident, format, options) whose body was
/// `body`; id, time and engine_version are left for append(). `options` should have been
/// through resolve_as_of() before decide().
Entry make_entry(const RuleSet& rules, const Source& incident, IncidentFormat format,
                 const RequestOptions& options, std::string_view body);

/// The rule files a log keeps for `rules`, compiled from `files`.
RuleSetFiles rule_set_files(const RuleSet& rules, const std::vector<Source>& files);

}  // namespace netral::decision_log
