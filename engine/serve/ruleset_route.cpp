// SPDX-License-Identifier: Apache-2.0
// `GET /v1/ruleset`: the rule set being served — name, version, digest, rule count, when it was
// loaded — and its reference (what `netral doc` writes, without the cases).
#include <boost/json/object.hpp>

#include "render/json_writer.hpp"
#include "serve/routes.hpp"

namespace netral::serve {

HttpResponse ruleset_route(const RouteContext& context) {
    const RuleSet& rules = *context.state->rules;
    boost::json::object body;
    body["name"] = rules.name();
    body["version"] = rules.version();
    body["digest"] = rules.digest();
    body["rule_count"] = rules.rule_count();
    body["loaded_at"] = context.state->loaded_at;
    body["engine_version"] = netral::version();
    body["reference"] = context.state->reference;
    HttpResponse response;
    response.content_type = "application/json";
    response.body = rendering::write_json(body);
    return response;
}

}  // namespace netral::serve
