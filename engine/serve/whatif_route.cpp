// SPDX-License-Identifier: Apache-2.0
// `POST /v1/whatif` and `POST /v1/explore`: a base incident given inline (never a path on the
// server) with changes, or searched for the changes that move its outcome. Bodies are JSON
// objects; every member is located in the body when refused, as the evaluate route does.
//
//     {"incident": {...}, "changes": ["acts[1].date=2024-10-05", {"path": "…", "value": null}],
//      "options": {...}}
//     {"scenario": "scenario: …\nbase: …\nvariants: …", "incident": {...}, "options": {...}}
//     {"incident": {...}, "depth": 2, "budget": 500, "options": {...}}
#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "base/message.hpp"
#include "netral/explore.hpp"
#include "netral/scenario.hpp"
#include "netral/whatif.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

namespace {

/// The most variants one explore request may evaluate.
constexpr std::size_t kMaxExploreBudget = 10000;

/// A body read as an object: the parsed value and where each member is.
struct Body {
    boost::json::object value;
    std::vector<Member> members;
    const Member* find(std::string_view key) const {
        for (const Member& member : members) {
            if (member.key == key) return &member;
        }
        return nullptr;
    }
};

/// E7052 at `member`'s value (or the start of the body): it is missing or of the wrong kind.
Diagnostic member_problem(const RouteContext& context, const Member* member, std::string_view key,
                          std::string_view expected) {
    std::size_t begin = member != nullptr ? member->begin : 0;
    std::size_t end = member != nullptr ? member->end : 1;
    return body_diagnostic(context.request.body, begin, end, "E7052",
                           base::render(base::msg("E7052", key, expected), context.language));
}

/// The body as an object with only `allowed` keys, or the problem that refuses it.
std::optional<Body> read_body(const RouteContext& context,
                              const std::vector<std::string_view>& allowed, HttpResponse& refused) {
    std::string type = media_type(context.request.header("Content-Type"));
    if (!type.empty() && type != "application/json") {
        refused = problem_for(context, ProblemKind::UnsupportedMediaType, {}, type);
        return std::nullopt;
    }
    boost::system::error_code ec;
    boost::json::value parsed = boost::json::parse(context.request.body, ec);
    std::optional<std::vector<Member>> members;
    if (!ec && parsed.is_object()) members = top_level_members(context.request.body);
    if (!members) {
        // The incident reader says where the syntax breaks, in the request's language.
        IncidentResult read =
            load_incident(context.state->rules, Source{kRequestSource, context.request.body},
                          IncidentFormat::Json, context.options.incident_limits, context.language);
        std::vector<Diagnostic> diagnostics = ec ? read.diagnostics : std::vector<Diagnostic>{};
        if (diagnostics.empty()) diagnostics.push_back(member_problem(context, nullptr, "", "{}"));
        refused = problem_for(context, ProblemKind::MalformedRequest, diagnostics);
        return std::nullopt;
    }
    std::string names;
    for (std::string_view name : allowed)
        names += (names.empty() ? "`" : ", `") + std::string(name) + "`";
    std::vector<Diagnostic> unknown;
    for (const Member& member : *members) {
        if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end()) continue;
        unknown.push_back(body_diagnostic(
            context.request.body, member.key_at, member.key_at + member.key.size() + 2, "E7051",
            base::render(base::msg("E7051", member.key, names), context.language)));
    }
    if (!unknown.empty()) {
        refused = problem_for(context, ProblemKind::MalformedRequest, unknown);
        return std::nullopt;
    }
    return Body{std::move(parsed.as_object()), std::move(*members)};
}

/// The incident member read against the rules, or the problem that refuses it.
std::shared_ptr<const Facts> read_incident(const RouteContext& context, const Body& body,
                                           HttpResponse& refused) {
    const Member* member = body.find("incident");
    if (member == nullptr || !body.value.at("incident").is_object()) {
        refused = problem_for(context, ProblemKind::MalformedRequest,
                              {member_problem(context, member, "incident", "{…}")});
        return nullptr;
    }
    IncidentResult read = load_incident(
        context.state->rules,
        Source{kRequestSource, keep_only(context.request.body, member->begin, member->end)},
        IncidentFormat::Json, context.options.incident_limits, context.language);
    if (!read.ok()) {
        refused = problem_for(context, ProblemKind::InvalidIncident, read.diagnostics);
        return nullptr;
    }
    return read.facts;
}

/// The changes member: `"PATH=VALUE"`, `"unset PATH"` or `{"path": …, "value": … | null}`.
std::optional<std::vector<Change>> read_changes(const RouteContext& context, const Body& body,
                                                HttpResponse& refused) {
    const Member* member = body.find("changes");
    const boost::json::value* value = body.value.if_contains("changes");
    auto wrong = [&](std::string_view expected) {
        refused = problem_for(context, ProblemKind::MalformedRequest,
                              {member_problem(context, member, "changes", expected)});
        return std::nullopt;
    };
    constexpr std::string_view kExpected = "[\"PATH=VALUE\", {\"path\": …, \"value\": …}]";
    if (value == nullptr || !value->is_array()) return wrong(kExpected);
    std::vector<Change> changes;
    for (const boost::json::value& item : value->as_array()) {
        Change change;
        change.label = "changes[" + std::to_string(changes.size() + 1) + "]";
        if (item.is_string()) {
            std::string text(item.as_string());
            if (text.rfind("unset ", 0) == 0) {
                change.path = text.substr(6);
            } else if (std::size_t equals = text.find('='); equals != std::string::npos) {
                change.path = text.substr(0, equals);
                change.value = text.substr(equals + 1);
            } else {
                return wrong(kExpected);
            }
        } else if (item.is_object() && item.as_object().contains("path") &&
                   item.at("path").is_string()) {
            change.path = std::string(item.at("path").as_string());
            const boost::json::value* v = item.as_object().if_contains("value");
            if (v != nullptr && v->is_string()) {
                change.value = std::string(v->as_string());
            } else if (v != nullptr && !v->is_null()) {
                change.value = boost::json::serialize(*v);  // true, 3: as an incident writes them
            }
        } else {
            return wrong(kExpected);
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

/// E7022 for `format=html`: diffs and explorations have no HTML form.
HttpResponse no_html(const RouteContext& context) {
    Diagnostic d;
    d.code = "E7022";
    d.message =
        base::render(base::msg("E7022", base::word("word.api.format"), "`html`"), context.language);
    d.hint = base::render(
        base::msg("E7022.hint", base::word("word.api.format"), "`json`, `text`, `markdown`"),
        context.language);
    return problem_for(context, ProblemKind::BadOptions, {d});
}

/// The problem of an evaluation that gave no result: a passed time or work limit (E7006) is
/// `not-evaluated`, as for /v1/evaluate; anything else is the options' fault.
ProblemKind refusal_of(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        if (d.code == "E7006") return ProblemKind::NotEvaluated;
    }
    return ProblemKind::BadOptions;
}

HttpResponse rendered(std::string text, Format format) {
    HttpResponse response;
    response.content_type = content_type_of(format);
    response.body = std::move(text);
    return response;
}

/// The name of a scenario sent in a body, in its diagnostics.
constexpr const char* kScenarioSource = "<scenario>";

/// A scenario (the `scenario` member, YAML text) run on the incident member as its base: the
/// base is never read from the server, so a scenario without an incident is E6058.
HttpResponse scenario_route(const RouteContext& context, const Body& body,
                            const RequestOptions& options) {
    const Member* member = body.find("scenario");
    if (!body.value.at("scenario").is_string()) {
        return problem_for(context, ProblemKind::MalformedRequest,
                           {member_problem(context, member, "scenario", "\"scenario: …\"")});
    }
    if (const Member* changes = body.find("changes")) {
        return problem_for(
            context, ProblemKind::MalformedRequest,
            {body_diagnostic(
                context.request.body, changes->key_at, changes->key_at + changes->key.size() + 2,
                "E7051",
                base::render(base::msg("E7051", changes->key, "`scenario`, `incident`, `options`"),
                             context.language))});
    }
    ScenarioBase base;
    if (const Member* incident = body.find("incident")) {
        if (!body.value.at("incident").is_object()) {
            return problem_for(context, ProblemKind::MalformedRequest,
                               {member_problem(context, incident, "incident", "{…}")});
        }
        base.incident =
            Source{kRequestSource, keep_only(context.request.body, incident->begin, incident->end)};
    }
    Source scenario{kScenarioSource, std::string(body.value.at("scenario").as_string())};
    ScenarioBounds bounds{options.eval.work_limit, options.eval.time_limit, options.eval.deadline};
    ScenarioResult result = run_scenario(context.state->rules, scenario, base,
                                         context.options.incident_limits, options.language, bounds);
    if (!result.ok()) {
        // A passed limit is `not-evaluated`; anything else is the scenario's or its base's.
        bool stopped = refusal_of(result.diagnostics) == ProblemKind::NotEvaluated;
        return problem_for(context,
                           stopped ? ProblemKind::NotEvaluated : ProblemKind::InvalidIncident,
                           result.diagnostics);
    }
    return rendered(render_scenario(result, options.format, options.language), options.format);
}

}  // namespace

HttpResponse whatif_route(const RouteContext& context) {
    HttpResponse refused;
    std::optional<Body> body =
        read_body(context, {"incident", "changes", "options", "scenario"}, refused);
    if (!body) return refused;
    std::optional<RequestOptions> options = read_options(context, body->find("options"), refused);
    if (!options) return refused;
    options->eval.deadline = request_deadline(context);
    RouteContext in_language = context;
    in_language.language = options->language;
    if (options->format == Format::Html) return no_html(in_language);
    if (body->find("scenario") != nullptr) return scenario_route(in_language, *body, *options);
    std::shared_ptr<const Facts> facts = read_incident(in_language, *body, refused);
    if (!facts) return refused;
    std::optional<std::vector<Change>> changes = read_changes(in_language, *body, refused);
    if (!changes) return refused;
    ChangeResult resolved = resolve_changes(facts, *changes, options->language);
    if (!resolved.ok()) {
        return problem_for(in_language, ProblemKind::InvalidIncident, resolved.diagnostics);
    }
    std::shared_ptr<const Facts> after = apply_changes(resolved.changes, options->language).facts;
    WhatIfResult result = what_if(*context.state->rules, *facts, options->eval, *after,
                                  options->eval, resolved.changes.get());
    if (!result.ok()) {
        return problem_for(in_language, refusal_of(result.diagnostics), result.diagnostics);
    }
    return rendered(render_diff(result.diff, options->format, options->language), options->format);
}

HttpResponse explore_route(const RouteContext& context) {
    HttpResponse refused;
    std::optional<Body> body =
        read_body(context, {"incident", "options", "depth", "budget"}, refused);
    if (!body) return refused;
    std::optional<RequestOptions> options = read_options(context, body->find("options"), refused);
    if (!options) return refused;
    options->eval.deadline = request_deadline(context);
    RouteContext in_language = context;
    in_language.language = options->language;
    if (options->format == Format::Html) return no_html(in_language);
    ExploreOptions explore_options;
    explore_options.eval = options->eval;
    if (const boost::json::value* depth = body->value.if_contains("depth")) {
        if (!depth->is_int64() || (depth->as_int64() != 1 && depth->as_int64() != 2)) {
            return problem_for(in_language, ProblemKind::MalformedRequest,
                               {member_problem(in_language, body->find("depth"), "depth", "1, 2")});
        }
        explore_options.depth = static_cast<int>(depth->as_int64());
    }
    if (const boost::json::value* budget = body->value.if_contains("budget")) {
        if (!budget->is_int64() || budget->as_int64() < 1 ||
            budget->as_int64() > static_cast<std::int64_t>(kMaxExploreBudget)) {
            return problem_for(in_language, ProblemKind::MalformedRequest,
                               {member_problem(in_language, body->find("budget"), "budget",
                                               "1…" + std::to_string(kMaxExploreBudget))});
        }
        explore_options.budget = static_cast<std::size_t>(budget->as_int64());
    }
    std::shared_ptr<const Facts> facts = read_incident(in_language, *body, refused);
    if (!facts) return refused;
    ExploreResult result = explore(facts, explore_options);
    if (!result.ok()) {
        return problem_for(in_language, refusal_of(result.diagnostics), result.diagnostics);
    }
    return rendered(render_explore(result, options->format, options->language), options->format);
}

}  // namespace netral::serve
