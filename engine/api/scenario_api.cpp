// SPDX-License-Identifier: Apache-2.0
// The public scenario API (include/netral/scenario.hpp) over the what-if stage's scenario runner
// (whatif/scenario.hpp): a null rule set refused, the public limits converted, the rendering.
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/public_diagnostic.hpp"
#include "netral/scenario.hpp"
#include "render/render_decision.hpp"
#include "render/render_diff.hpp"
#include "whatif/scenario.hpp"

namespace netral {

bool looks_like_scenario(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        std::string_view line = text.substr(at, end == std::string_view::npos ? end : end - at);
        if (line.rfind("scenario:", 0) == 0 || line.rfind("variants:", 0) == 0) return true;
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return false;
}

ScenarioResult run_scenario(std::shared_ptr<const RuleSet> rules, const Source& scenario,
                            const ScenarioBase& base, const IncidentLimits& limits,
                            Language language, const ScenarioBounds& bounds) {
    if (!rules) {
        ScenarioResult result;
        result.path = scenario.path;
        result.diagnostics.push_back(api::no_rule_set("run_scenario", language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    return whatif::run_scenario(view(state(*rules)), scenario, base, to_io_limits(limits),
                                language, bounds);
}

std::string render_scenario(const ScenarioResult& result, Format format, Language language) {
    switch (format) {
        case Format::Text:
            return rendering::scenario_to_text(result, language);
        case Format::Markdown:
            return rendering::scenario_to_markdown(result, language);
        case Format::Json:
            return rendering::scenario_to_json(result);
        case Format::Html:
            return rendering::text_as_html(rendering::scenario_to_text(result, language), language);
    }
    return {};
}

}  // namespace netral
