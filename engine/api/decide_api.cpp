// SPDX-License-Identifier: Apache-2.0
// decide() and error_object() (include/netral/request.hpp): one incident's text to its rendered
// decision, and the error object of one that gave none, shared by `netral eval`, the service
// and the C API so that each says the same thing in the same JSON.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "api/incident_status.hpp"
#include "api/usage.hpp"
#include "netral/request.hpp"
#include "render/json_writer.hpp"

namespace netral {

namespace {

namespace json = boost::json;

/// The place of a diagnostic as the error object shows it: a line of a stream is its own
/// one-line source, shown as line `line` of `stream`.
Location shown(std::size_t line, std::string_view stream, const Location& location) {
    if (line == 0) return location;
    Location out = location;
    out.file = std::string(stream);
    out.line = line;
    out.end_line = line;
    return out;
}

json::value diagnostic_json(std::size_t line, std::string_view stream,
                            const Diagnostic& diagnostic) {
    Diagnostic copy = diagnostic;
    copy.location = shown(line, stream, diagnostic.location);
    for (DiagnosticNote& note : copy.notes) note.location = shown(line, stream, note.location);
    return json::parse(to_json(copy));
}

}  // namespace

bool api::unreadable(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        if (d.severity != Severity::Error) continue;
        return d.code.size() == 5 && d.code.compare(0, 4, "E600") == 0;
    }
    return false;
}

DecideResult decide(std::shared_ptr<const RuleSet> rules, const Source& incident,
                    IncidentFormat format, const RequestOptions& options,
                    const IncidentLimits& limits) {
    DecideResult result;
    if (!rules) {
        result.diagnostics.push_back(api::no_rule_set("decide", options.language));
        result.text = base::usage_text(result.diagnostics, options.language);
        return result;
    }
    result.diagnostics = check_eval_options(*rules, options.eval);
    if (!result.diagnostics.empty()) {
        result.status = DecideResult::Status::BadOptions;
        result.text = base::usage_text(result.diagnostics, options.language);
        return result;
    }
    IncidentResult loaded = load_incident(rules, incident, format, limits, options.language);
    result.diagnostics = std::move(loaded.diagnostics);
    result.text = std::move(loaded.text);
    if (!loaded.ok()) {
        result.status = api::unreadable(result.diagnostics) ? DecideResult::Status::Unreadable
                                                            : DecideResult::Status::InvalidIncident;
        return result;
    }
    EvalResult evaluated = evaluate(*rules, *loaded.facts, options.eval);
    if (!evaluated.ok()) {
        result.status = DecideResult::Status::NotEvaluated;
        result.diagnostics.insert(result.diagnostics.end(), evaluated.diagnostics.begin(),
                                  evaluated.diagnostics.end());
        result.text += base::usage_text(evaluated.diagnostics, options.language);
        return result;
    }
    result.status = DecideResult::Status::Decided;
    if (options.render) result.body = render(*evaluated.decision, options.format, options.language, options.detail);
    result.decision = std::move(evaluated.decision);
    return result;
}

std::string error_object(std::string_view source, std::size_t line, std::string_view stream,
                         const std::vector<Diagnostic>& diagnostics, bool one_line) {
    json::object out;
    out["source"] = source;
    if (line != 0) out["line"] = line;
    const Diagnostic* first = diagnostics.empty() ? nullptr : &diagnostics.front();
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error) {
            first = &d;
            break;
        }
    }
    if (first != nullptr) out["error"] = diagnostic_json(line, stream, *first);
    json::array all;
    for (const Diagnostic& d : diagnostics) all.emplace_back(diagnostic_json(line, stream, d));
    out["diagnostics"] = std::move(all);
    return rendering::write_json(out, one_line ? rendering::JsonLayout::Line
                                               : rendering::JsonLayout::Indented);
}

}  // namespace netral
