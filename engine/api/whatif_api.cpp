// SPDX-License-Identifier: Apache-2.0
// The public what-if API (include/netral/whatif.hpp): changes resolved by engine/io/change,
// applied to a copy of the facts, and what_if() and diff() over the what-if stage
// (whatif/what_if.hpp, whatif/diff.hpp), which evaluates both sides and asks for the why-not
// traces the diff needs to name the condition that flipped.
#include <utility>

#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/public_diagnostic.hpp"
#include "io/change.hpp"
#include "render/render_decision.hpp"
#include "render/render_diff.hpp"
#include "whatif/diff.hpp"
#include "whatif/what_if.hpp"

namespace netral {

ChangeSet::ChangeSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ChangeSet::~ChangeSet() = default;
const std::vector<Change>& ChangeSet::changes() const { return impl_->changes; }
const std::shared_ptr<const Facts>& ChangeSet::base() const { return impl_->base; }

namespace {

/// The sink limit for change diagnostics.
constexpr std::size_t kMaxChangeErrors = 100;

}  // namespace

ChangeResult resolve_changes(std::shared_ptr<const Facts> base, const std::vector<Change>& changes,
                             Language language) {
    ChangeResult result;
    if (!base) {
        result.diagnostics.push_back(api::no_facts("resolve_changes", language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    auto impl = std::make_unique<ChangeSetState>();
    impl->base = base;
    impl->changes = changes;
    std::vector<io::ChangeText> texts;
    for (std::size_t i = 0; i < impl->changes.size(); ++i) {
        Change& change = impl->changes[i];
        if (change.label.empty()) change.label = "change #" + std::to_string(i + 1);
        texts.push_back({change.label, change.path, change.value});
    }
    const RuleSetState& rs = state(*state(*base).rules);
    base::DiagnosticSink sink(kMaxChangeErrors);
    bool ok = io::resolve_changes(rs.program, rs.layout, state(*base).incident, texts, sink,
                                  impl->resolved);
    std::vector<base::Diagnostic> sorted = sink.sorted();
    result.diagnostics = base::to_public(sorted, impl->resolved.storage.sources, language);
    result.text = base::render_text(sorted, impl->resolved.storage.sources, language, false);
    if (ok) result.changes = detail::Access::make(std::move(impl));
    return result;
}

IncidentResult apply_changes(std::shared_ptr<const ChangeSet> changes, Language language) {
    IncidentResult result;
    if (!changes) {
        result.diagnostics.push_back(base::usage_error(api::codes::kNoChangeSet,
                                                       base::msg(api::codes::kNoChangeSet),
                                                       base::msg("E7012.hint"), language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    const FactsState& base = state(*changes->base());
    auto impl = std::make_unique<FactsState>();
    impl->rules = base.rules;
    impl->path = base.path;
    impl->incident = io::apply_changes(base.incident, state(*changes).resolved);
    impl->made_by = std::move(changes);
    result.facts = detail::Access::make(std::move(impl));
    return result;
}

WhatIfResult what_if(const RuleSet& rules, const Facts& before, const EvalOptions& before_options,
                     const Facts& after, const EvalOptions& after_options,
                     const ChangeSet* changes) {
    const whatif::RuleSetView view_of_rules = view(state(rules));
    std::vector<Diagnostic> refused;
    auto side = [&](const Facts& facts, const EvalOptions& options, eval::Options& out) {
        // As evaluate() checks: facts of another rule set first, else the options.
        if (state(facts).rules.get() != &rules) {
            refused.push_back(api::other_rule_set(options.language));
            return;
        }
        whatif::read_side_options(view_of_rules, options, state(facts).path, out, refused);
    };
    eval::Options bo;
    eval::Options ao;
    side(before, before_options, bo);
    side(after, after_options, ao);
    if (!refused.empty()) {
        WhatIfResult result;
        result.diagnostics = std::move(refused);
        return result;
    }
    std::vector<std::string> described;
    if (changes != nullptr) {
        for (const Change& change : changes->changes()) {
            described.push_back(whatif::describe_change(change.path, change.value));
        }
    }
    return whatif::what_if(view_of_rules, state(before).incident, bo, state(after).incident, ao,
                           std::move(described), before_options.language);
}

DecisionDiff diff(const Decision& before, const Decision& after) {
    return whatif::diff(before, after);
}

std::string render_diff(const DecisionDiff& diff, Format format, Language language) {
    switch (format) {
        case Format::Text:
            return rendering::diff_to_text(diff, language);
        case Format::Markdown:
            return rendering::diff_to_markdown(diff, language);
        case Format::Json:
            return rendering::diff_to_json(diff);
        case Format::Html:
            return rendering::text_as_html(rendering::diff_to_text(diff, language), language);
    }
    return {};
}

}  // namespace netral
