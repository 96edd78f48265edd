// SPDX-License-Identifier: Apache-2.0
// The request side shared by the C API's evaluate and what-if (capi/requests.hpp).
#include "capi/requests.hpp"

#include "api/incident_status.hpp"

namespace netral::capi {

namespace {
/// The name of the options' text in their diagnostics.
constexpr const char* kOptionsName = "options";
}  // namespace

std::string incident_name(const char* name) { return name == nullptr ? "incident" : name; }

netral_status status_of(DecideResult::Status status) {
    switch (status) {
        case DecideResult::Status::Decided:
            return NETRAL_OK;
        case DecideResult::Status::BadOptions:
            return NETRAL_BAD_OPTIONS;
        case DecideResult::Status::Unreadable:
            return NETRAL_UNREADABLE;
        case DecideResult::Status::InvalidIncident:
            return NETRAL_INVALID_INCIDENT;
        case DecideResult::Status::NotEvaluated:
            return NETRAL_NOT_EVALUATED;
    }
    return NETRAL_INTERNAL_ERROR;
}

netral_status incident_status(const std::vector<Diagnostic>& diagnostics) {
    return api::unreadable(diagnostics) ? NETRAL_UNREADABLE : NETRAL_INVALID_INCIDENT;
}

std::optional<RequestOptions> read_options(const RuleSet& rules, const char* options,
                                           const std::string& source, Failure& failure) {
    RequestOptionsResult read = parse_request_options(
        rules, Source{kOptionsName, options == nullptr ? "" : options}, options_language(options));
    if (read.ok()) return std::move(read.options);
    failure = Failure{NETRAL_BAD_OPTIONS, source, std::move(read.diagnostics)};
    return std::nullopt;
}

}  // namespace netral::capi
