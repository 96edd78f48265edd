// SPDX-License-Identifier: Apache-2.0
// The public explore() (include/netral/explore.hpp) over the what-if stage's search
// (whatif/explore.hpp): a null handle and bad evaluation options refused here, the rendering.
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "netral/explore.hpp"
#include "render/render_decision.hpp"
#include "render/render_explore.hpp"
#include "whatif/explore.hpp"

namespace netral {

ExploreResult explore(std::shared_ptr<const Facts> facts, const ExploreOptions& options) {
    if (!facts) {
        ExploreResult result;
        result.depth = options.depth;
        result.budget = options.budget;
        result.diagnostics.push_back(api::no_facts("explore", options.eval.language));
        return result;
    }
    const whatif::RuleSetView rules = view(state(*state(*facts).rules));
    // Variants are compared by id: no descriptions, no trail, no why-not.
    EvalOptions eval = options.eval;
    eval.describe = false;
    eval.trail = false;
    eval.why_not.clear();
    eval::Options eval_options;
    std::vector<Diagnostic> refused;
    whatif::read_options(rules, eval, state(*facts).path, eval_options, refused);
    if (!refused.empty()) {
        ExploreResult result;
        result.depth = options.depth;
        result.budget = options.budget;
        result.diagnostics = std::move(refused);
        return result;
    }
    return whatif::explore(rules, state(*facts).incident, eval_options, options);
}

std::string render_explore(const ExploreResult& result, Format format, Language language) {
    switch (format) {
        case Format::Text:
            return rendering::explore_to_text(result, language);
        case Format::Markdown:
            return rendering::explore_to_markdown(result, language);
        case Format::Json:
            return rendering::explore_to_json(result);
        case Format::Html:
            return rendering::text_as_html(rendering::explore_to_text(result, language), language);
    }
    return {};
}

}  // namespace netral
