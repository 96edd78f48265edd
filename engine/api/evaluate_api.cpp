// SPDX-License-Identifier: Apache-2.0
// evaluate() and render(): the public entry points over engine/eval and engine/render. Options
// are checked here (as-of date, parameter names and values), so the evaluator only ever sees a
// valid configuration.
#include <chrono>
#include <ctime>

#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/suggest.hpp"
#include "eval/evaluate.hpp"
#include "render/render_decision.hpp"

namespace netral {

namespace {

namespace ir = check::ir;

using api::usage_error;
namespace codes = api::codes;

/// Reads the as-of date, the parameter choices and the why-not target of `options` into `eo`;
/// each bad one is a diagnostic in `diagnostics` (E7001–E7004).
void configure(const ir::Program& program, const EvalOptions& options, eval::Options& eo,
               std::vector<Diagnostic>& diagnostics) {
    if (options.as_of.empty()) {
        auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        eo.as_of = static_cast<facts::Day>(days.time_since_epoch().count());
    } else if (auto date = ir::parse_date(options.as_of)) {
        eo.as_of = static_cast<facts::Day>(ir::to_days(*date));
    } else {
        diagnostics.push_back(usage_error(codes::kBadAsOf,
                                          base::msg(codes::kBadAsOf, options.as_of),
                                          base::msg("E7001.hint"), options.language));
    }
    eo.params.resize(program.params.size());
    eo.params_chosen.assign(program.params.size(), false);
    for (std::size_t i = 0; i < program.params.size(); ++i) {
        eo.params[i] = program.params[i].default_value;
    }
    for (const auto& [name, value] : options.params) {
        std::size_t found = program.params.size();
        std::vector<std::string> names;
        for (std::size_t i = 0; i < program.params.size(); ++i) {
            names.push_back(program.params[i].name);
            if (program.params[i].name == name) found = i;
        }
        if (found == program.params.size()) {
            diagnostics.push_back(usage_error(codes::kUnknownParam,
                                              base::msg(codes::kUnknownParam, name),
                                              base::did_you_mean(name, names), options.language));
            continue;
        }
        const ir::Enum& values = program.enums[program.params[found].values.index()];
        std::vector<std::string> words;
        bool matched = false;
        for (std::size_t v = 0; v < values.values.size(); ++v) {
            words.push_back(values.values[v].name);
            if (values.values[v].name == value) {
                eo.params[found] = static_cast<std::uint32_t>(v);
                eo.params_chosen[found] = true;
                matched = true;
            }
        }
        if (!matched) {
            std::string list;
            for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
            diagnostics.push_back(usage_error(codes::kBadParamValue,
                                              base::msg(codes::kBadParamValue, value, name),
                                              base::msg("E7003.hint", list), options.language));
        }
    }
    if (!options.why_not.empty() && !eval::is_why_not_target(program, options.why_not)) {
        std::vector<std::string> names;
        for (const ir::Rule& rule : program.rules) names.push_back(rule.name);
        for (const ir::Category& category : program.categories) names.push_back(category.name);
        diagnostics.push_back(
            usage_error(codes::kUnknownWhyNot, base::msg(codes::kUnknownWhyNot, options.why_not),
                        base::did_you_mean(options.why_not, names), options.language));
    }
}

}  // namespace

std::vector<Diagnostic> check_eval_options(const RuleSet& rules, const EvalOptions& options) {
    eval::Options eo;
    std::vector<Diagnostic> diagnostics;
    configure(state(rules).program, options, eo, diagnostics);
    return diagnostics;
}

EvalResult evaluate(const RuleSet& rules, const Facts& facts, const EvalOptions& options) {
    const RuleSetState& rs = state(rules);
    const ir::Program& program = rs.program;
    EvalResult result;
    // Facts are laid out in the slots of the rule set they were read against; any other rule set
    // would read them through the wrong layout.
    if (state(facts).rules.get() != &rules) {
        result.diagnostics.push_back(usage_error(codes::kOtherRuleSet,
                                                 base::msg(codes::kOtherRuleSet),
                                                 base::msg("E7005.hint"), options.language));
        return result;
    }
    eval::Options eo;
    configure(program, options, eo, result.diagnostics);
    if (!result.diagnostics.empty()) return result;
    // Why-not entries are descriptions through and through; they imply a described decision.
    eo.describe = options.describe || !options.why_not.empty() || options.examine_all;
    eo.trail = options.trail && eo.describe;
    eo.why_not = options.why_not;
    eo.examine_all = options.examine_all && options.why_not.empty();
    eo.source = state(facts).path;
    eo.digest = rs.digest;
    eo.rule_refs = &rs.rule_refs;
    result.decision = eval::evaluate(program, rs.plan, rs.sources, state(facts).incident, eo);
    return result;
}

std::string render(const Decision& decision, Format format, Language language, Detail detail) {
    switch (format) {
        case Format::Text:
            return rendering::to_text(decision, language, detail);
        case Format::Markdown:
            return rendering::to_markdown(decision, language, detail);
        case Format::Html:
            return rendering::to_html(decision, language, detail);
        case Format::Json:
            return rendering::to_json(decision);
    }
    return {};
}

}  // namespace netral
