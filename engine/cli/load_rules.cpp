// SPDX-License-Identifier: Apache-2.0
#include "cli/load_rules.hpp"

namespace netral::cli {

std::optional<RuleSetInput> load_rules(const Invocation& invocation, const std::string& command,
                                       const ParsedArgs& parsed) {
    if (parsed.positional.size() > 1) {
        usage_error(invocation, command, command + " takes one RULES_DIR");
        return std::nullopt;
    }
    RuleSetInput input;
    std::string error;
    if (!front_end_options(parsed, input.options, error)) {
        usage_error(invocation, command, error);
        return std::nullopt;
    }
    std::string directory = resolve_rules_dir(parsed.positional, invocation.environment);
    if (directory.empty()) {
        usage_error(invocation, command,
                    "no rules directory given and no bundled rules found; pass RULES_DIR or set "
                    "NETRAL_RULES");
        return std::nullopt;
    }
    auto sources = load_rule_directory(directory, error, input.options.limits);
    if (!sources) {
        usage_error(invocation, command, error);
        return std::nullopt;
    }
    input.sources = std::move(*sources);
    return input;
}

std::shared_ptr<const RuleSet> compile_rules_option(
    const Invocation& invocation, const std::string& command, const ParsedArgs& parsed,
    const CheckOptions& options, const std::string& consequence, int& exit_code) {
    std::vector<std::string> rules_arg;
    if (parsed.has("--rules")) rules_arg.push_back(parsed.get("--rules", ""));
    std::string directory = resolve_rules_dir(rules_arg, invocation.environment);
    if (directory.empty()) {
        exit_code = usage_error(invocation, command,
                                "no rules directory given and no bundled rules found; pass "
                                "--rules DIR or set NETRAL_RULES");
        return nullptr;
    }
    std::string error;
    auto sources = load_rule_directory(directory, error, options.limits);
    if (!sources) {
        exit_code = usage_error(invocation, command, error);
        return nullptr;
    }
    CompileResult compiled = compile_rules(*sources, options);
    if (!compiled.ok()) {
        invocation.err << compiled.text << "netral " << command << ": the rule set has errors; "
                       << consequence << "\n";
        exit_code = kExitErrors;
        return nullptr;
    }
    return compiled.rules;
}

}  // namespace netral::cli
