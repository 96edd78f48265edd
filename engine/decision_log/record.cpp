// SPDX-License-Identifier: Apache-2.0
#include "decision_log/record.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <map>

#include "base/sha256.hpp"
#include "decision_log/entry_id.hpp"
#include "io/readers.hpp"

namespace netral::decision_log {

void resolve_as_of(RequestOptions& options) {
    if (!options.eval.as_of.empty()) return;
    // The same day evaluate() takes for an empty as_of.
    options.eval.as_of = rfc3339(std::chrono::system_clock::now()).substr(0, 10);
}

std::string options_json(const RequestOptions& options) {
    RequestOptions resolved = options;
    resolve_as_of(resolved);
    std::map<std::string, std::string> params;
    for (const auto& [name, value] : resolved.eval.params) params[name] = value;
    boost::json::object json_params;
    for (const auto& [name, value] : params) json_params[name] = value;
    boost::json::object out;
    out["as_of"] = resolved.eval.as_of;
    out["params"] = std::move(json_params);
    out["lang"] = to_string(resolved.language);
    out["format"] = to_string(resolved.format);
    out["detail"] = to_string(resolved.detail);
    out["why_not"] = resolved.eval.why_not;
    return boost::json::serialize(out);
}

std::string body_hash(std::string_view body) {
    base::Sha256 sha;
    sha.update(body);
    return "sha256:" + sha.hex();
}

IncidentFormat resolve_format(IncidentFormat format, std::string_view text) {
    switch (format) {
        case IncidentFormat::Json:
        case IncidentFormat::Yaml:
            return format;
        case IncidentFormat::Auto:
            return io::looks_like_json(text) ? IncidentFormat::Json : IncidentFormat::Yaml;
    }
    return IncidentFormat::Yaml;
}

Entry make_entry(const RuleSet& rules, const Source& incident, IncidentFormat format,
                 const RequestOptions& options, std::string_view body) {
    Entry entry;
    entry.digest = rules.digest();
    entry.options = options_json(options);
    entry.incident = incident.text;
    entry.incident_format =
        resolve_format(format, incident.text) == IncidentFormat::Json ? "json" : "yaml";
    entry.source = incident.path;
    entry.decision_hash = body_hash(body);
    return entry;
}

RuleSetFiles rule_set_files(const RuleSet& rules, const std::vector<Source>& files) {
    return RuleSetFiles{rules.digest(), files};
}

}  // namespace netral::decision_log
