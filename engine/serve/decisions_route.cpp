// SPDX-License-Identifier: Apache-2.0
// `GET /v1/decisions/{id}` and `POST /v1/decisions/{id}/replay`: one entry of the decision log,
// and that decision made again from what the log kept (decision_log::replay), answered with the
// body byte for byte. Both are 404 when the service keeps no log.
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "decision_log/decision_log.hpp"
#include "render/json_writer.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

HttpResponse decision_route(const RouteContext& context) {
    if (!context.options.log) return problem_for(context, ProblemKind::NoDecisionLog);
    decision_log::Store& store = context.options.log->store();
    std::optional<decision_log::Entry> entry = store.find(context.path_id);
    if (!entry) {
        std::string failure = store.failure();
        if (failure.empty()) {
            return problem_for(context, ProblemKind::DecisionNotFound, {}, context.path_id);
        }
        // A damaged entry will not mend by retrying; an unreadable log may.
        if (failure.find("is damaged") != std::string::npos) {
            return problem_for(context, ProblemKind::Internal);
        }
        return problem_for(context, ProblemKind::LogUnavailable);
    }
    boost::json::object body;
    body["id"] = entry->id;
    body["time"] = entry->time;
    body["digest"] = entry->digest;
    body["engine_version"] = entry->engine_version;
    body["options"] = boost::json::parse(entry->options);
    body["incident_format"] = entry->incident_format;
    body["source"] = entry->source;
    body["decision_hash"] = entry->decision_hash;
    // The incident names people: only the admin token reads it back.
    if (is_admin(context.options.credentials, context.request)) {
        body["incident"] = entry->incident;
    }
    HttpResponse response;
    response.content_type = "application/json";
    response.body = rendering::write_json(body);
    return response;
}

HttpResponse replay_route(const RouteContext& context) {
    if (!context.options.log) return problem_for(context, ProblemKind::NoDecisionLog);
    decision_log::ReplayResult result =
        decision_log::replay(context.options.log->store(), context.path_id, context.language);
    if (!result.found) {
        return problem_for(context, ProblemKind::DecisionNotFound, {}, context.path_id);
    }
    if (!result.ok()) {
        bool unreadable = !result.diagnostics.empty() && result.diagnostics[0].code == "E7040";
        return problem_for(context,
                           unreadable ? ProblemKind::LogUnavailable : ProblemKind::ReplayFailed,
                           result.diagnostics);
    }
    HttpResponse response;
    response.content_type = content_type_of(result.options->format);
    response.headers.emplace_back(kDecisionIdHeader, result.entry->id);
    response.headers.emplace_back("Decision-Replay", "match");
    response.headers.emplace_back("Decision-Hash", result.replay_hash);
    response.body = std::move(result.body);
    return response;
}

}  // namespace netral::serve
