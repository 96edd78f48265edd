// SPDX-License-Identifier: Apache-2.0
#include "serve/problem.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "base/message.hpp"
#include "render/json_writer.hpp"

namespace netral::serve {

namespace {

/// The name in the type URI; also the catalogue key's middle part.
std::string_view name_of(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::MalformedRequest:
            return "malformed-request";
        case ProblemKind::BadOptions:
            return "bad-options";
        case ProblemKind::Unauthorized:
            return "unauthorized";
        case ProblemKind::Forbidden:
            return "forbidden";
        case ProblemKind::NotFound:
            return "not-found";
        case ProblemKind::NoDecisionLog:
            return "no-decision-log";
        case ProblemKind::DecisionNotFound:
            return "decision-not-found";
        case ProblemKind::MethodNotAllowed:
            return "method-not-allowed";
        case ProblemKind::ReplayFailed:
            return "replay-failed";
        case ProblemKind::RequestTimeout:
            return "request-timeout";
        case ProblemKind::BodyTooLarge:
            return "body-too-large";
        case ProblemKind::UnsupportedMediaType:
            return "unsupported-media-type";
        case ProblemKind::InvalidIncident:
            return "invalid-incident";
        case ProblemKind::NotEvaluated:
            return "not-evaluated";
        case ProblemKind::ReloadFailed:
            return "reload-failed";
        case ProblemKind::HeadersTooLarge:
            return "headers-too-large";
        case ProblemKind::Internal:
            return "internal";
        case ProblemKind::Unavailable:
            return "unavailable";
        case ProblemKind::LogUnavailable:
            return "log-unavailable";
    }
    return "internal";
}

/// The catalogue keys of the title and the detail. Written out so that the catalogue test
/// finds every key the service uses.
base::Message title_of(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::MalformedRequest:
            return base::msg("serve.malformed-request");
        case ProblemKind::BadOptions:
            return base::msg("serve.bad-options");
        case ProblemKind::Unauthorized:
            return base::msg("serve.unauthorized");
        case ProblemKind::Forbidden:
            return base::msg("serve.forbidden");
        case ProblemKind::NotFound:
            return base::msg("serve.not-found");
        case ProblemKind::NoDecisionLog:
            return base::msg("serve.no-decision-log");
        case ProblemKind::DecisionNotFound:
            return base::msg("serve.decision-not-found");
        case ProblemKind::MethodNotAllowed:
            return base::msg("serve.method-not-allowed");
        case ProblemKind::ReplayFailed:
            return base::msg("serve.replay-failed");
        case ProblemKind::RequestTimeout:
            return base::msg("serve.request-timeout");
        case ProblemKind::BodyTooLarge:
            return base::msg("serve.body-too-large");
        case ProblemKind::UnsupportedMediaType:
            return base::msg("serve.unsupported-media-type");
        case ProblemKind::InvalidIncident:
            return base::msg("serve.invalid-incident");
        case ProblemKind::NotEvaluated:
            return base::msg("serve.not-evaluated");
        case ProblemKind::ReloadFailed:
            return base::msg("serve.reload-failed");
        case ProblemKind::HeadersTooLarge:
            return base::msg("serve.headers-too-large");
        case ProblemKind::Internal:
            return base::msg("serve.internal");
        case ProblemKind::Unavailable:
            return base::msg("serve.unavailable");
        case ProblemKind::LogUnavailable:
            return base::msg("serve.log-unavailable");
    }
    return base::msg("serve.internal");
}

base::Message detail_of(ProblemKind kind, const std::string& arg) {
    switch (kind) {
        case ProblemKind::MalformedRequest:
            return base::msg("serve.malformed-request.detail");
        case ProblemKind::BadOptions:
            return base::msg("serve.bad-options.detail");
        case ProblemKind::Unauthorized:
            return base::msg("serve.unauthorized.detail");
        case ProblemKind::Forbidden:
            return base::msg("serve.forbidden.detail");
        case ProblemKind::NotFound:
            return base::msg("serve.not-found.detail", arg);
        case ProblemKind::NoDecisionLog:
            return base::msg("serve.no-decision-log.detail");
        case ProblemKind::DecisionNotFound:
            return base::msg("serve.decision-not-found.detail", arg);
        case ProblemKind::MethodNotAllowed:
            return base::msg("serve.method-not-allowed.detail", arg);
        case ProblemKind::ReplayFailed:
            return base::msg("serve.replay-failed.detail");
        case ProblemKind::RequestTimeout:
            return base::msg("serve.request-timeout.detail", arg);
        case ProblemKind::BodyTooLarge:
            return base::msg("serve.body-too-large.detail", arg);
        case ProblemKind::UnsupportedMediaType:
            return base::msg("serve.unsupported-media-type.detail", arg);
        case ProblemKind::InvalidIncident:
            return base::msg("serve.invalid-incident.detail");
        case ProblemKind::NotEvaluated:
            return base::msg("serve.not-evaluated.detail");
        case ProblemKind::ReloadFailed:
            return base::msg("serve.reload-failed.detail");
        case ProblemKind::HeadersTooLarge:
            return base::msg("serve.headers-too-large.detail", arg);
        case ProblemKind::Internal:
            return base::msg("serve.internal.detail");
        case ProblemKind::Unavailable:
            return base::msg("serve.unavailable.detail");
        case ProblemKind::LogUnavailable:
            return base::msg("serve.log-unavailable.detail");
    }
    return base::msg("serve.internal.detail");
}

}  // namespace

int status_of(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::MalformedRequest:
            return 400;
        case ProblemKind::BadOptions:
            return 400;
        case ProblemKind::Unauthorized:
            return 401;
        case ProblemKind::Forbidden:
            return 403;
        case ProblemKind::NotFound:
            return 404;
        case ProblemKind::NoDecisionLog:
            return 404;
        case ProblemKind::DecisionNotFound:
            return 404;
        case ProblemKind::MethodNotAllowed:
            return 405;
        case ProblemKind::ReplayFailed:
            return 409;
        case ProblemKind::RequestTimeout:
            return 408;
        case ProblemKind::BodyTooLarge:
            return 413;
        case ProblemKind::UnsupportedMediaType:
            return 415;
        case ProblemKind::InvalidIncident:
            return 422;
        case ProblemKind::NotEvaluated:
            return 422;
        case ProblemKind::ReloadFailed:
            return 422;
        case ProblemKind::HeadersTooLarge:
            return 431;
        case ProblemKind::Internal:
            return 500;
        case ProblemKind::Unavailable:
            return 503;
        case ProblemKind::LogUnavailable:
            return 503;
    }
    return 500;
}

std::string type_of(ProblemKind kind) { return "urn:netral:problem:" + std::string(name_of(kind)); }

HttpResponse problem(ProblemKind kind, Language language, const std::string& instance,
                     const std::string& request_id, const std::vector<Diagnostic>& diagnostics,
                     const std::string& detail_arg) {
    boost::json::object body;
    body["type"] = type_of(kind);
    body["title"] = base::render(title_of(kind), language);
    body["status"] = status_of(kind);
    body["detail"] = base::render(detail_of(kind, detail_arg), language);
    body["instance"] = instance;
    body["request_id"] = request_id;
    body["diagnostics"] = boost::json::parse(to_json(diagnostics));
    HttpResponse response;
    response.status = status_of(kind);
    response.content_type = "application/problem+json";
    response.body = rendering::write_json(body);
    return response;
}

}  // namespace netral::serve
