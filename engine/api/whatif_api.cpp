// SPDX-License-Identifier: Apache-2.0
// The public what-if API (include/netral/whatif.hpp): changes resolved by engine/io/change,
// applied to a copy of the facts, and what_if(), which evaluates both sides and asks for the
// why-not traces the diff needs to name the condition that flipped.
#include <set>
#include <utility>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "io/change.hpp"
#include "render/render_decision.hpp"
#include "render/render_diff.hpp"

namespace netral {

ChangeSet::ChangeSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ChangeSet::~ChangeSet() = default;
const std::vector<Change>& ChangeSet::changes() const { return impl_->changes; }
const std::shared_ptr<const Facts>& ChangeSet::base() const { return impl_->base; }

namespace {

/// The sink limit for change diagnostics.
constexpr std::size_t kMaxChangeErrors = 100;

/// `PATH=VALUE` or `unset PATH`.
std::string describe_change(const Change& change) {
    return change.value ? change.path + "=" + *change.value : "unset " + change.path;
}

}  // namespace

ChangeResult resolve_changes(std::shared_ptr<const Facts> base, const std::vector<Change>& changes,
                             Language language) {
    ChangeResult result;
    if (!base) {
        result.diagnostics.push_back(api::no_facts("resolve_changes", language));
        result.text = api::usage_text(result.diagnostics, language);
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
    result.diagnostics = api::to_public(sorted, impl->resolved.storage.sources, language);
    result.text = base::render_text(sorted, impl->resolved.storage.sources, language, false);
    if (ok) result.changes = detail::Access::make(std::move(impl));
    return result;
}

IncidentResult apply_changes(std::shared_ptr<const ChangeSet> changes, Language language) {
    IncidentResult result;
    if (!changes) {
        result.diagnostics.push_back(api::usage_error(api::codes::kNoChangeSet,
                                                      base::msg(api::codes::kNoChangeSet),
                                                      base::msg("E7012.hint"), language));
        result.text = api::usage_text(result.diagnostics, language);
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
    WhatIfResult result;
    EvalOptions bo = before_options;
    EvalOptions ao = after_options;
    bo.trail = ao.trail = true;
    bo.describe = ao.describe = true;
    bo.why_not.clear();
    ao.why_not.clear();
    EvalResult b = evaluate(rules, before, bo);
    EvalResult a = evaluate(rules, after, ao);
    for (auto* side : {&b, &a}) {
        for (Diagnostic& d : side->diagnostics) result.diagnostics.push_back(std::move(d));
    }
    if (!b.ok() || !a.ok()) return result;
    result.before = std::move(*b.decision);
    result.after = std::move(*a.decision);
    // A rule present on one side only: the other side's why-not trace of it names the flip.
    DecisionDiff first = diff(*result.before, *result.after);
    std::set<std::string> wanted_before;
    std::set<std::string> wanted_after;
    for (const FindingDiff& f : first.findings) {
        switch (f.kind) {
            case FindingChange::Added:
                wanted_before.insert(f.rule);
                break;
            case FindingChange::Removed:
                wanted_after.insert(f.rule);
                break;
            case FindingChange::Changed:
                break;
        }
    }
    auto gather = [&](const Facts& facts, EvalOptions options, const std::set<std::string>& ids,
                      Decision& into) {
        for (const std::string& id : ids) {
            options.why_not = id;
            EvalResult r = evaluate(rules, facts, options);
            if (!r.ok()) continue;
            for (Finding& f : r.decision->why_not) into.why_not.push_back(std::move(f));
        }
    };
    Decision before_traced = *result.before;
    Decision after_traced = *result.after;
    gather(before, bo, wanted_before, before_traced);
    gather(after, ao, wanted_after, after_traced);
    result.diff = diff(before_traced, after_traced);
    if (changes != nullptr) {
        for (const Change& change : changes->changes()) {
            result.diff.changes.push_back(describe_change(change));
        }
    }
    return result;
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
