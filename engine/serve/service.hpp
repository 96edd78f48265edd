// SPDX-License-Identifier: Apache-2.0
// The HTTP/JSON decision service without its network: the routes (docs/service.md), their
// authentication, metrics and the rule store. handle() answers one request; server.cpp reads
// requests from sockets and calls it from its worker threads. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "netral/request.hpp"
#include "serve/auth.hpp"
#include "serve/decision_logging.hpp"
#include "serve/http_message.hpp"
#include "serve/metrics.hpp"
#include "serve/problem.hpp"
#include "serve/rule_store.hpp"

namespace netral::serve {

/// One decision the evaluate route is about to send, for a decision log.
struct DecisionRecord {
    std::string digest;             ///< the rule set's digest
    std::string source;             ///< the incident's name in the decision (`<request>`)
    std::string incident;           ///< the incident's text as decide() read it
    IncidentFormat format;          ///< how it was read
    const RequestOptions* options;  ///< the options it was decided with
    const std::string* body;        ///< the response body
};

/// Called with every decision before its response is written (a decision log appends it
/// there); an exception makes the answer a 500 and nothing is sent of the decision.
using DecisionHook = std::function<void(const DecisionRecord&)>;

/// What the routes need besides the rules.
struct ServiceOptions {
    Credentials credentials;         ///< admin token and API keys
    std::string cors_origin;         ///< `Access-Control-Allow-Origin`; empty: no CORS
    IncidentLimits incident_limits;  ///< per incident
    DecisionHook on_decision;        ///< may be empty
    /// The decision log (--log): every decision is appended before it is answered; null: off.
    std::shared_ptr<DecisionLog> log;
    /// Bounds of every evaluation a request asks for (EvalOptions::time_limit, work_limit);
    /// past them the request is 422 with E7006. 0: none.
    std::chrono::milliseconds time_limit{0};
    std::uint64_t work_limit = 0;
};

/// A route the service answers: its method and path.
struct RouteName {
    std::string_view method;  ///< `GET` or `POST`
    std::string_view path;    ///< `/v1/evaluate`
};

/// Every route Service::handle() answers, in table order; docs/openapi.json must describe each.
std::vector<RouteName> routes();

class Service {
public:
    Service(std::shared_ptr<RuleStore> store, ServiceOptions options);

    /// Answers one request; never throws. Adds `X-Request-Id` and the CORS fields, and counts
    /// the request in the metrics (route, status, time).
    HttpResponse handle(const HttpRequest& request);

    /// The answer to a request refused before it was read whole (408, 413, 431, 400, 503):
    /// a problem in the language of the target's `lang`, counted like any other answer.
    HttpResponse refuse(ProblemKind kind, std::string_view target, const std::string& request_id,
                        const std::string& detail_arg = {});

    /// Reloads the rules (SIGHUP, --watch, the admin route); the result as the route gives it.
    LoadResult reload(Language language = Language::Indonesian);

    RuleStore& store() { return *store_; }
    Metrics& metrics() { return metrics_; }

    /// True until shutdown starts; /readyz answers 503 after.
    void set_ready(bool ready) { ready_ = ready; }

private:
    /// Adds the fields every answer has (request id, CORS).
    void finish(HttpResponse& response, const std::string& request_id) const;
    HttpResponse route(const HttpRequest& request, std::string& route_name);

    std::shared_ptr<RuleStore> store_;  ///< the rule sets
    ServiceOptions options_;            ///< as given
    Metrics metrics_;                   ///< counters
    std::atomic<bool> ready_{true};     ///< false while shutting down
};

}  // namespace netral::serve
