// SPDX-License-Identifier: Apache-2.0
// Error answers of the service as RFC 9457 problem details (`application/problem+json`): a type
// URI, a title and a detail in the request's language, the status, and the diagnostics in their
// one public JSON form (docs/errors.md). docs/service.md lists every kind.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "netral/netral.hpp"
#include "serve/http_message.hpp"

namespace netral::serve {

/// Every way a request can fail; each has one status and one type URI.
enum class ProblemKind {
    MalformedRequest,      ///< 400: the body is not what the route reads (syntax, envelope)
    BadOptions,            ///< 400: the options are refused (E7001-E7004, E7020-E7022)
    Unauthorized,          ///< 401: no or wrong API key or admin token
    Forbidden,             ///< 403: the admin routes are off (no --admin-token-file)
    NotFound,              ///< 404: no such route
    NoDecisionLog,         ///< 404: the decision routes without --log
    DecisionNotFound,      ///< 404: the decision log has no entry with the id
    MethodNotAllowed,      ///< 405: the route exists with other methods
    ReplayFailed,          ///< 409: a logged decision could not be made again identically
    RequestTimeout,        ///< 408: the request did not arrive within the time limit
    BodyTooLarge,          ///< 413: Content-Length (or the body read) over the limit
    UnsupportedMediaType,  ///< 415: a Content-Type the route does not read
    InvalidIncident,       ///< 422: a document, but not a valid incident
    NotEvaluated,          ///< 422: evaluation refused
    ReloadFailed,          ///< 422: the rules directory has errors; the old set stays
    HeadersTooLarge,       ///< 431: the header over the limit
    Internal,              ///< 500: an unexpected failure
    Unavailable,           ///< 503: too many connections, or shutting down
    LogUnavailable,        ///< 503: the decision log could not be written or read
};

/// The status code of `kind`.
int status_of(ProblemKind kind);

/// The type URI of `kind`: `urn:netral:problem:<name>`.
std::string type_of(ProblemKind kind);

/// The problem response of `kind`: title and detail in `language` (`detail_arg` fills the
/// detail's placeholder when it has one), `instance` the request path, the request id, and
/// `diagnostics` (may be empty).
HttpResponse problem(ProblemKind kind, Language language, const std::string& instance,
                     const std::string& request_id, const std::vector<Diagnostic>& diagnostics = {},
                     const std::string& detail_arg = {});

}  // namespace netral::serve
