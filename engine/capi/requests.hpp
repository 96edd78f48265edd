// SPDX-License-Identifier: Apache-2.0
// What netral_evaluate() and netral_whatif() share: the incident's name, the request options
// read from JSON, and the status of each way a request can be refused.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "capi/boundary.hpp"
#include "netral/request.hpp"

namespace netral::capi {

/// The incident's name as given, or "incident" for NULL.
std::string incident_name(const char* name);

/// The status of a decide() result.
netral_status status_of(DecideResult::Status status);

/// The status of an incident that load_incident() refused: NETRAL_UNREADABLE or
/// NETRAL_INVALID_INCIDENT, as decide() tells them apart.
netral_status incident_status(const std::vector<Diagnostic>& diagnostics);

/// Reads `options` (NULL: the defaults; named "options" in diagnostics, which are in the
/// options' own `lang`) against `rules`; on failure, fills `failure` (NETRAL_BAD_OPTIONS, with
/// `source` as the error object's source).
std::optional<RequestOptions> read_options(const RuleSet& rules, const char* options,
                                           const std::string& source, Failure& failure);

}  // namespace netral::capi
