// SPDX-License-Identifier: Apache-2.0
#include "cli/load_rules.hpp"

#include <ostream>

#include "api/rule_set_digest.hpp"
#include "cli/color.hpp"

namespace netral::cli {

std::optional<RuleSetInput> load_rules(const Invocation& invocation, const std::string& command,
                                       const std::string& given, const Limits& limits) {
    auto location = find_rules(given, invocation.environment);
    if (!location) {
        usage_error(invocation, command,
                    "no rules directory given and no bundled rules found; pass --rules DIR or set "
                    "NETRAL_RULES");
        return std::nullopt;
    }
    invocation.err << local_rules_warning(*location, invocation.environment);
    std::string error;
    auto sources = load_rule_directory(location->path, error, limits);
    if (!sources) {
        usage_error(invocation, command, error);
        return std::nullopt;
    }
    RuleSetInput input{std::move(*location), std::move(*sources), {}};
    input.digest = api::rule_set_digest(input.sources);
    return input;
}

CompiledRules compile_rules_option(const Invocation& invocation, const CompileRequest& request) {
    CompiledRules result;
    auto input = load_rules(invocation, request.command, request.rules, request.options.limits);
    if (!input) {
        result.exit_code = kExitUsage;
        return result;
    }
    result.location = input->location;
    CompileResult compiled = compile_rules(input->sources, request.options);
    if (!compiled.ok()) {
        // The coloured rendering exists only on the check report; failures are rare enough to
        // run the front end again for it.
        bool color = use_color(request.color, invocation.environment, Stream::Err);
        invocation.err << rule_set_line(input->location, input->digest)
                       << (color ? check_rules(input->sources, request.options).text(true)
                                 : compiled.text)
                       << "netral " << request.command << ": the rule set has errors; "
                       << request.consequence << "\n";
        result.exit_code = kExitErrors;
        return result;
    }
    result.rules = compiled.rules;
    return result;
}

}  // namespace netral::cli
