// SPDX-License-Identifier: Apache-2.0
// `POST /v1/evaluate`: one incident (JSON or YAML, bare or in an envelope with its options) to
// its decision, through decide(): the body of a 200 is what `netral eval` prints for one file.
#include <boost/json/parse.hpp>

#include "base/message.hpp"
#include "decision_log/record.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

namespace {

/// How the body is read, from its Content-Type; none for a type the route does not read.
std::optional<IncidentFormat> incident_format(std::string_view content_type) {
    std::string type = media_type(content_type);
    if (type.empty()) return IncidentFormat::Auto;
    if (type == "application/json") return IncidentFormat::Json;
    if (type == "application/yaml" || type == "application/x-yaml" || type == "text/yaml") {
        return IncidentFormat::Yaml;
    }
    return std::nullopt;
}

bool starts_like_json_object(const std::string& text) {
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        return c == '{';
    }
    return false;
}

/// The members of a body that is an envelope (a JSON object with an `incident` member); none
/// for a bare incident, including one that is not valid JSON (decide() then says where). The
/// quick scan comes first, so that a bare incident, the usual body, is parsed once, by decide().
std::optional<std::vector<Member>> envelope_members(const std::string& body) {
    std::optional<std::vector<Member>> members = top_level_members(body);
    if (!members) return std::nullopt;
    bool has_incident = false;
    for (const Member& member : *members) has_incident = has_incident || member.key == "incident";
    if (!has_incident) return std::nullopt;
    boost::system::error_code ec;
    boost::json::value parsed = boost::json::parse(body, ec);
    if (ec || !parsed.is_object() || !parsed.as_object().contains("incident")) return std::nullopt;
    return members;
}

}  // namespace

HttpResponse evaluate_route(const RouteContext& context) {
    const std::string& body = context.request.body;
    std::optional<IncidentFormat> format = incident_format(context.request.header("Content-Type"));
    if (!format) {
        return problem_for(context, ProblemKind::UnsupportedMediaType, {},
                           media_type(context.request.header("Content-Type")));
    }
    std::optional<std::vector<Member>> members;
    if (*format != IncidentFormat::Yaml && starts_like_json_object(body)) {
        members = envelope_members(body);
    }
    const Member* incident_member = nullptr;
    const Member* options_member = nullptr;
    std::vector<Diagnostic> unknown;
    if (members) {
        for (const Member& member : *members) {
            if (member.key == "incident") {
                incident_member = &member;
            } else if (member.key == "options") {
                options_member = &member;
            } else {
                unknown.push_back(body_diagnostic(
                    body, member.key_at, member.key_at + member.key.size() + 2, "E7051",
                    base::render(base::msg("E7051", member.key, "`incident`, `options`"),
                                 context.language)));
            }
        }
    }
    if (!unknown.empty()) return problem_for(context, ProblemKind::MalformedRequest, unknown);

    HttpResponse refused;
    std::optional<RequestOptions> options = read_options(context, options_member, refused);
    if (!options) return refused;
    RouteContext in_language = context;
    in_language.language = options->language;
    // The date is fixed before deciding, so the entry and its replay decide the same day.
    if (context.options.log) decision_log::resolve_as_of(*options);

    Source incident{kRequestSource,
                    incident_member != nullptr
                        ? keep_only(body, incident_member->begin, incident_member->end)
                        : body};
    IncidentFormat read_as = incident_member != nullptr ? IncidentFormat::Json : *format;
    DecideResult result =
        decide(context.state->rules, incident, read_as, *options, context.options.incident_limits);
    switch (result.status) {
        case DecideResult::Status::Decided:
            break;
        case DecideResult::Status::BadOptions:
            return problem_for(in_language, ProblemKind::BadOptions, result.diagnostics);
        case DecideResult::Status::Unreadable:
            return problem_for(in_language, ProblemKind::MalformedRequest, result.diagnostics);
        case DecideResult::Status::InvalidIncident:
            return problem_for(in_language, ProblemKind::InvalidIncident, result.diagnostics);
        case DecideResult::Status::NotEvaluated:
            return problem_for(in_language, ProblemKind::NotEvaluated, result.diagnostics);
    }
    context.metrics.decision(result.decision->outcome.category);
    if (context.options.on_decision) {
        DecisionRecord record{context.state->rules->digest(),
                              kRequestSource,
                              incident.text,
                              read_as,
                              &*options,
                              &result.body};
        context.options.on_decision(record);
    }
    std::string id;
    if (context.options.log) {
        id = context.options.log->append(*context.state, incident, read_as, *options, result.body);
        if (id.empty()) {
            HttpResponse refused = problem_for(in_language, ProblemKind::LogUnavailable);
            refused.headers.emplace_back("Retry-After", "1");
            return refused;
        }
    }
    HttpResponse response;
    if (!id.empty()) response.headers.emplace_back(kDecisionIdHeader, id);
    response.content_type = content_type_of(options->format);
    response.body = std::move(result.body);
    return response;
}

}  // namespace netral::serve
