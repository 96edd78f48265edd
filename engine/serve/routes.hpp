// SPDX-License-Identifier: Apache-2.0
// The routes behind Service::handle(), one file each, and what they share: the request, its
// decoded target, the rule state it started with and the service's options.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "netral/request.hpp"
#include "serve/envelope.hpp"
#include "serve/http_message.hpp"
#include "serve/metrics.hpp"
#include "serve/problem.hpp"
#include "serve/rule_store.hpp"
#include "serve/service.hpp"
#include "serve/target.hpp"

namespace netral::serve {

/// What a route gets.
struct RouteContext {
    const HttpRequest& request;              ///< as read
    const Target& target;                    ///< its path and query, decoded
    std::shared_ptr<const RuleState> state;  ///< the rule set for the whole request
    const ServiceOptions& options;           ///< of the service
    Metrics& metrics;                        ///< to count decisions
    Language language;                       ///< of problems: the query's `lang`, else Indonesian
    std::string path_id;                     ///< the `{id}` of a route's path, else empty
};

/// The header that names a decision's entry in the decision log.
inline constexpr const char* kDecisionIdHeader = "Decision-Id";

/// The name of an incident in decisions and diagnostics: no request names a file.
inline constexpr const char* kRequestSource = "<request>";

HttpResponse evaluate_route(const RouteContext& context);
HttpResponse batch_route(const RouteContext& context);
HttpResponse whatif_route(const RouteContext& context);
HttpResponse explore_route(const RouteContext& context);
HttpResponse ruleset_route(const RouteContext& context);
HttpResponse decision_route(const RouteContext& context);
HttpResponse replay_route(const RouteContext& context);

/// The Content-Type of a rendering in `format`.
std::string content_type_of(Format format);

/// A problem for `context`'s request.
HttpResponse problem_for(const RouteContext& context, ProblemKind kind,
                         const std::vector<Diagnostic>& diagnostics = {},
                         const std::string& detail_arg = {});

/// The request's options: the envelope's `options` member (at `options_member`, may be null)
/// read from the body in place, then the query string's over them. None (and `problem` set)
/// when they are refused.
/// The end of a route that makes several evaluations for one answer (what-if, scenario,
/// explore): the service's time limit from now, so that it bounds the whole request rather than
/// each evaluation; none without a time limit (EvalOptions::deadline).
std::optional<std::chrono::steady_clock::time_point> request_deadline(const RouteContext& context);

std::optional<RequestOptions> read_options(const RouteContext& context,
                                           const Member* options_member, HttpResponse& problem);

/// A diagnostic `code` with `message` at the bytes [begin, end) of the request body.
Diagnostic body_diagnostic(const std::string& body, std::size_t begin, std::size_t end,
                           std::string code, std::string message);

}  // namespace netral::serve
