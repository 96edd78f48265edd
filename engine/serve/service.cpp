// SPDX-License-Identifier: Apache-2.0
// The route table and what every answer shares: authentication, the request id, CORS, metrics,
// and the small routes (health, readiness, metrics, the OpenAPI document, reload).
#include "serve/service.hpp"

#include <boost/json/object.hpp>
#include <chrono>
#include <exception>

#include "render/json_writer.hpp"
#include "serve/openapi.hpp"
#include "serve/problem.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

namespace {

/// Who may call a route.
enum class Access {
    Open,    ///< anyone: probes, metrics, the API description
    ApiKey,  ///< an API key when --api-keys-file is given
    Admin,   ///< the admin token
};

using Handler = HttpResponse (*)(Service&, const RouteContext&);

/// One route: its path, method and handler.
struct Route {
    std::string_view path;
    std::string_view method;
    Access access;
    Handler handler;
};

HttpResponse json_response(const boost::json::object& body, int status = 200) {
    HttpResponse response;
    response.status = status;
    response.content_type = "application/json";
    response.body = rendering::write_json(body);
    return response;
}

HttpResponse healthz(Service&, const RouteContext&) { return json_response({{"status", "ok"}}); }

HttpResponse readyz(Service& service, const RouteContext& context) {
    (void)service;
    return json_response({{"status", "ready"}, {"digest", context.state->rules->digest()}});
}

HttpResponse metrics(Service& service, const RouteContext& context) {
    HttpResponse response;
    response.content_type = "text/plain; version=0.0.4; charset=utf-8";
    response.body =
        service.metrics().render(context.state->rules->digest(), service.store().reloads(),
                                 service.store().failed_reloads());
    return response;
}

HttpResponse openapi(Service&, const RouteContext&) {
    HttpResponse response;
    response.content_type = "application/json";
    response.body = std::string(openapi_document());
    return response;
}

HttpResponse reload(Service& service, const RouteContext& context) {
    LoadResult result = service.reload(context.language);
    if (!result.state) {
        return problem_for(context, ProblemKind::ReloadFailed, result.diagnostics);
    }
    return json_response({{"status", "reloaded"},
                          {"digest", result.state->rules->digest()},
                          {"loaded_at", result.state->loaded_at}});
}

HttpResponse evaluate(Service&, const RouteContext& context) { return evaluate_route(context); }
HttpResponse batch(Service&, const RouteContext& context) { return batch_route(context); }
HttpResponse whatif(Service&, const RouteContext& context) { return whatif_route(context); }
HttpResponse explore(Service&, const RouteContext& context) { return explore_route(context); }
HttpResponse ruleset(Service&, const RouteContext& context) { return ruleset_route(context); }
HttpResponse decision(Service&, const RouteContext& context) { return decision_route(context); }
HttpResponse replay(Service&, const RouteContext& context) { return replay_route(context); }

/// Every route the service answers; docs/openapi.json describes each (a test checks it).
constexpr Route kRoutes[] = {
    {"/healthz", "GET", Access::Open, healthz},
    {"/readyz", "GET", Access::Open, readyz},
    {"/metrics", "GET", Access::Open, metrics},
    {"/v1/openapi.json", "GET", Access::Open, openapi},
    {"/v1/ruleset", "GET", Access::ApiKey, ruleset},
    {"/v1/evaluate", "POST", Access::ApiKey, evaluate},
    {"/v1/evaluate/batch", "POST", Access::ApiKey, batch},
    {"/v1/whatif", "POST", Access::ApiKey, whatif},
    {"/v1/explore", "POST", Access::ApiKey, explore},
    {"/v1/decisions/{id}", "GET", Access::ApiKey, decision},
    {"/v1/decisions/{id}/replay", "POST", Access::ApiKey, replay},
    {"/v1/admin/reload", "POST", Access::Admin, reload},
};

/// True when `path` matches `pattern`, where `{id}` stands for one non-empty path segment
/// (set into `id`).
bool matches(std::string_view pattern, std::string_view path, std::string& id) {
    constexpr std::string_view kId = "{id}";
    std::size_t at = pattern.find(kId);
    if (at == std::string_view::npos) return pattern == path;
    std::string_view head = pattern.substr(0, at);
    std::string_view tail = pattern.substr(at + kId.size());
    if (path.size() <= head.size() + tail.size() || !path.starts_with(head) ||
        !path.ends_with(tail)) {
        return false;
    }
    std::string_view segment = path.substr(head.size(), path.size() - head.size() - tail.size());
    if (segment.find('/') != std::string_view::npos) return false;
    id = std::string(segment);
    return true;
}

/// The language of problems: the query's `lang` when it names one, else Indonesian.
Language request_language(const Target& target) {
    for (const auto& [name, value] : target.query) {
        if (name == "lang") {
            if (auto language = parse_language(value)) return *language;
        }
    }
    return Language::Indonesian;
}

}  // namespace

std::vector<RouteName> routes() {
    std::vector<RouteName> out;
    for (const Route& route : kRoutes) out.push_back({route.method, route.path});
    return out;
}

Service::Service(std::shared_ptr<RuleStore> store, ServiceOptions options)
    : store_(std::move(store)), options_(std::move(options)) {}

LoadResult Service::reload(Language language) {
    LoadResult result = store_->reload(language);
    // Kept now so the first decision need not wait for it; append() retries when this fails.
    if (result.state && options_.log) options_.log->keep(*result.state);
    return result;
}

HttpResponse Service::route(const HttpRequest& request, std::string& route_name) {
    Target target = parse_target(request.target);
    RouteContext context{
        request, target, store_->current(), options_, metrics_, request_language(target), {}};
    if (!target.valid) return problem_for(context, ProblemKind::MalformedRequest);
    std::string allow;
    for (const Route& route : kRoutes) {
        if (!matches(route.path, target.path, context.path_id)) continue;
        route_name = std::string(route.path);
        if (route.method != request.method) {
            allow += (allow.empty() ? "" : ", ") + std::string(route.method);
            continue;
        }
        switch (route.access) {
            case Access::Open:
                break;
            case Access::ApiKey:
                if (!has_api_key(options_.credentials, request)) {
                    HttpResponse refused = problem_for(context, ProblemKind::Unauthorized);
                    refused.headers.emplace_back("WWW-Authenticate", "Bearer");
                    return refused;
                }
                break;
            case Access::Admin:
                if (options_.credentials.admin_token.empty()) {
                    return problem_for(context, ProblemKind::Forbidden);
                }
                if (!is_admin(options_.credentials, request)) {
                    HttpResponse refused = problem_for(context, ProblemKind::Unauthorized);
                    refused.headers.emplace_back("WWW-Authenticate", "Bearer");
                    return refused;
                }
                break;
        }
        if (route.path == "/readyz" && !ready_) {
            return problem_for(context, ProblemKind::Unavailable);
        }
        return route.handler(*this, context);
    }
    if (allow.empty()) {
        route_name = "other";
        return problem_for(context, ProblemKind::NotFound, {}, target.path);
    }
    if (request.method == "OPTIONS" && !options_.cors_origin.empty()) {
        HttpResponse preflight;
        preflight.status = 204;
        preflight.headers.emplace_back("Access-Control-Allow-Methods", allow);
        preflight.headers.emplace_back("Access-Control-Allow-Headers",
                                       "Authorization, Content-Type, X-API-Key, X-Request-Id");
        preflight.headers.emplace_back("Access-Control-Max-Age", "600");
        return preflight;
    }
    HttpResponse refused = problem_for(context, ProblemKind::MethodNotAllowed, {}, allow);
    refused.headers.emplace_back("Allow", allow);
    return refused;
}

HttpResponse Service::handle(const HttpRequest& request) {
    auto start = std::chrono::steady_clock::now();
    metrics_.in_flight(1);
    std::string route_name = "other";
    HttpResponse response;
    try {
        response = route(request, route_name);
    } catch (const std::exception&) {
        // An invariant broke or memory ran out in one request; the service goes on.
        response = problem(ProblemKind::Internal, Language::Indonesian, "", request.request_id);
    }
    metrics_.in_flight(-1);
    finish(response, request.request_id);
    std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    metrics_.request(route_name, response.status, seconds.count());
    return response;
}

void Service::finish(HttpResponse& response, const std::string& request_id) const {
    response.headers.emplace_back("X-Request-Id", request_id);
    if (!options_.cors_origin.empty()) {
        response.headers.emplace_back("Access-Control-Allow-Origin", options_.cors_origin);
        response.headers.emplace_back("Access-Control-Expose-Headers",
                                      "X-Request-Id, Decision-Id, Decision-Replay, Decision-Hash");
        response.headers.emplace_back("Vary", "Origin");
    }
}

HttpResponse Service::refuse(ProblemKind kind, std::string_view target,
                             const std::string& request_id, const std::string& detail_arg) {
    Target parsed = parse_target(target);
    HttpResponse response =
        problem(kind, request_language(parsed), parsed.path, request_id, {}, detail_arg);
    if (kind == ProblemKind::Unavailable) response.headers.emplace_back("Retry-After", "1");
    finish(response, request_id);
    metrics_.request("other", response.status, 0);
    return response;
}

}  // namespace netral::serve
