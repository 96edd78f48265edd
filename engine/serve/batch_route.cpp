// SPDX-License-Identifier: Apache-2.0
// `POST /v1/evaluate/batch`: JSON Lines in, JSON Lines out in the same order, as
// `netral eval -` does: a decision line for each incident, an error object (docs/batch.md) for a
// line that gives none. Options come from the query string only; blank lines are skipped but
// counted, so `line` is the line of the body.
#include "decision_log/record.hpp"
#include "render/render_decision.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

namespace {

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

HttpResponse batch_route(const RouteContext& context) {
    std::string type = media_type(context.request.header("Content-Type"));
    if (!type.empty() && type != "application/x-ndjson" && type != "application/jsonl" &&
        type != "application/json-lines") {
        return problem_for(context, ProblemKind::UnsupportedMediaType, {}, type);
    }
    HttpResponse refused;
    std::optional<RequestOptions> options = read_options(context, nullptr, refused);
    if (!options) return refused;
    RouteContext in_language = context;
    in_language.language = options->language;
    // Bad options are refused once, for the whole body, rather than on every line.
    std::vector<Diagnostic> bad = check_eval_options(*context.state->rules, options->eval);
    if (!bad.empty()) return problem_for(in_language, ProblemKind::BadOptions, bad);
    // With a log, a line's entry is the decision as /v1/evaluate renders it in JSON (what a
    // replay makes again); the line sent is the same decision on one line.
    options->render = context.options.log != nullptr;
    options->format = Format::Json;
    if (context.options.log) decision_log::resolve_as_of(*options);

    std::string out;
    std::string ids;
    std::string_view body = context.request.body;
    std::size_t line_number = 0;
    while (!body.empty()) {
        std::size_t end = body.find('\n');
        std::string_view line = body.substr(0, end);
        body = end == std::string_view::npos ? std::string_view() : body.substr(end + 1);
        ++line_number;
        if (is_blank(line)) continue;
        std::string name = std::string(kRequestSource) + ":" + std::to_string(line_number);
        DecideResult result =
            decide(context.state->rules, Source{name, std::string(line)}, IncidentFormat::Json,
                   *options, context.options.incident_limits);
        if (result.ok()) {
            if (context.options.log) {
                std::string id =
                    context.options.log->append(*context.state, Source{name, std::string(line)},
                                                IncidentFormat::Json, *options, result.body);
                // One decision that is not logged and the whole answer is withheld.
                if (id.empty()) {
                    HttpResponse refused = problem_for(in_language, ProblemKind::LogUnavailable);
                    refused.headers.emplace_back("Retry-After", "1");
                    return refused;
                }
                ids += (ids.empty() ? "" : ", ") + id;
            }
            context.metrics.decision(result.decision->outcome.category);
            out += rendering::to_json_line(*result.decision);
        } else {
            out += error_object(name, line_number, kRequestSource, result.diagnostics, true);
        }
    }
    HttpResponse response;
    response.content_type = "application/x-ndjson";
    if (!ids.empty()) response.headers.emplace_back(kDecisionIdHeader, ids);
    response.body = std::move(out);
    return response;
}

}  // namespace netral::serve
