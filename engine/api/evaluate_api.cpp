// SPDX-License-Identifier: Apache-2.0
// evaluate() and render(): the public entry points over engine/eval and engine/render. Options
// are checked before evaluating (eval/options.hpp: as-of date, parameter names and values), so
// the evaluator only ever sees a valid configuration.
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "eval/evaluate.hpp"
#include "eval/options.hpp"
#include "render/render_decision.hpp"

namespace netral {

std::vector<Diagnostic> check_eval_options(const RuleSet& rules, const EvalOptions& options) {
    eval::Options eo;
    std::vector<Diagnostic> diagnostics;
    eval::read_options(state(rules).program, options, eo, diagnostics);
    return diagnostics;
}

EvalResult evaluate(const RuleSet& rules, const Facts& facts, const EvalOptions& options) {
    const RuleSetState& rs = state(rules);
    const check::ir::Program& program = rs.program;
    EvalResult result;
    // Facts are laid out in the slots of the rule set they were read against; any other rule set
    // would read them through the wrong layout.
    if (state(facts).rules.get() != &rules) {
        result.diagnostics.push_back(api::other_rule_set(options.language));
        return result;
    }
    eval::Options eo;
    eval::read_options(program, options, eo, result.diagnostics);
    if (!result.diagnostics.empty()) return result;
    eo.source = state(facts).path;
    eo.digest = rs.digest;
    eo.rule_refs = &rs.rule_refs;
    eval::Stopped stopped;
    result.decision =
        eval::evaluate(program, rs.plan, rs.sources, state(facts).incident, eo, &stopped);
    if (!result.decision)
        result.diagnostics.push_back(eval::stopped_error(stopped, options.language));
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
