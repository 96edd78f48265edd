// SPDX-License-Identifier: Apache-2.0
// The public scenario API (include/netral/scenario.hpp): the scenario file is read like an
// incident (same limits, same YAML reader, strict keys by io/scenario), the base incident is
// loaded once, every variant's changes are resolved against it — their diagnostics moved from
// the change's own text into the scenario file — and each variant goes through what_if().
#include <algorithm>
#include <filesystem>
#include <utility>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/read_file.hpp"
#include "io/codes.hpp"
#include "io/readers.hpp"
#include "io/scenario.hpp"
#include "io/tree_builder.hpp"
#include "netral/scenario.hpp"
#include "render/render_decision.hpp"
#include "render/render_diff.hpp"

namespace netral {

namespace {

/// The sink limit for a scenario's diagnostics, as for incidents.
constexpr std::size_t kMaxScenarioErrors = 100;

/// The base incident's path: `base` read relative to the scenario file's folder.
std::string base_path(const std::string& scenario_path, const std::string& base) {
    namespace fs = std::filesystem;
    fs::path written(base);
    if (written.is_absolute()) return written.lexically_normal().string();
    return (fs::path(scenario_path).parent_path() / written).lexically_normal().string();
}

/// Moves a change's diagnostics from its text (file `k` of the change storage is change `k`)
/// into the scenario file, and names the variant in a note.
void move_into_scenario(std::vector<base::Diagnostic>& diagnostics,
                        const io::ScenarioVariantSpec& variant) {
    auto moved = [&](base::Span span) {
        if (span.file >= variant.changes.size()) return variant.name_span;
        return io::map_change_span(variant.changes[span.file], span.begin, span.end - span.begin);
    };
    for (base::Diagnostic& d : diagnostics) {
        d.span = moved(d.span);
        for (base::Note& note : d.notes) note.span = moved(note.span);
        d.notes.push_back({variant.name_span, base::msg("note.api.in_variant", variant.name)});
    }
}

/// The variant's parameters: the scenario's, with the variant's choices over them.
std::vector<std::pair<std::string, std::string>> merged_params(
    const io::ScenarioSpec& spec, const io::ScenarioVariantSpec& variant) {
    auto out = spec.params;
    for (const auto& [name, value] : variant.params) {
        auto same = std::find_if(out.begin(), out.end(), [&](auto& p) { return p.first == name; });
        if (same != out.end()) {
            same->second = value;
        } else {
            out.emplace_back(name, value);
        }
    }
    return out;
}

/// Fills `result`'s diagnostics from internal ones into `sources`.
void report(ScenarioResult& result, std::vector<base::Diagnostic> diagnostics,
            const base::SourceMap& sources, Language language) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return a.span.file != b.span.file ? a.span.file < b.span.file : a.span.begin < b.span.begin;
    });
    auto extra = api::to_public(diagnostics, sources, language);
    result.diagnostics.insert(result.diagnostics.end(), extra.begin(), extra.end());
    result.text += base::render_text(diagnostics, sources, language, false);
}

}  // namespace

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
                            const IncidentLimits& limits, Language language) {
    ScenarioResult result;
    result.path = scenario.path;
    if (!rules) {
        result.diagnostics.push_back(api::no_rule_set("run_scenario", language));
        result.text = api::usage_text(result.diagnostics, language);
        return result;
    }
    const RuleSetState& rs = state(*rules);
    io::Limits io_limits = to_io_limits(limits);

    // The scenario file, read and checked like an incident file.
    base::SourceMap sources;
    std::size_t size = scenario.text.size();
    base::FileId file = sources.add(scenario.path, size > io_limits.max_bytes ? "" : scenario.text);
    base::DiagnosticSink sink(kMaxScenarioErrors);
    std::string_view text = sources.file(file).text();
    io::Document document;
    std::optional<io::ScenarioSpec> spec;
    if (io::check_size(size, io_limits, sink, file) && io::check_encoding(text, sink, file)) {
        io::TreeBuilder builder(document, io_limits, sink, file);
        io::read_yaml(text, builder);
        builder.flush();
        if (!builder.stopped() && !sink.has_errors()) {
            spec = io::read_scenario(rs.program, document, file, text, sink);
        }
    }
    if (!spec) {
        report(result, sink.sorted(), sources, language);
        return result;
    }
    result.title = spec->title;
    result.params = spec->params;
    result.base_path = base_path(scenario.path, spec->base);

    // The base incident, once for every variant.
    std::string base_text;
    if (!base::read_file_bounded(result.base_path, limits.max_bytes, base_text)) {
        sink.error(io::codes::kScenarioNoBase, spec->base_span,
                   base::msg(io::codes::kScenarioNoBase, result.base_path))
            .hint = base::msg("E6056.hint");
        report(result, sink.sorted(), sources, language);
        return result;
    }
    IncidentResult base = load_incident(rules, Source{result.base_path, std::move(base_text)},
                                        IncidentFormat::Auto, limits, language);
    if (!base.ok()) {
        result.diagnostics = std::move(base.diagnostics);
        result.text = std::move(base.text);
        return result;
    }

    // Every variant's changes; all of them are checked before anything is evaluated.
    std::vector<std::shared_ptr<const ChangeSet>> change_sets;
    std::vector<base::Diagnostic> change_errors;
    for (const io::ScenarioVariantSpec& variant : spec->variants) {
        auto impl = std::make_unique<ChangeSetState>();
        impl->base = base.facts;
        std::vector<io::ChangeText> texts;
        for (const io::ScenarioChange& change : variant.changes) {
            texts.push_back(change.text);
            impl->changes.push_back({change.text.path, change.text.value, change.text.label});
        }
        base::DiagnosticSink variant_sink(kMaxScenarioErrors);
        if (io::resolve_changes(rs.program, rs.layout, state(*base.facts).incident, texts,
                                variant_sink, impl->resolved)) {
            change_sets.push_back(detail::Access::make(std::move(impl)));
            continue;
        }
        std::vector<base::Diagnostic> found = variant_sink.sorted();
        move_into_scenario(found, variant);
        change_errors.insert(change_errors.end(), found.begin(), found.end());
    }
    if (!change_errors.empty()) {
        report(result, std::move(change_errors), sources, language);
        return result;
    }

    EvalOptions base_options;
    base_options.as_of = spec->as_of;
    base_options.params = spec->params;
    base_options.language = language;
    for (std::size_t i = 0; i < spec->variants.size(); ++i) {
        const io::ScenarioVariantSpec& variant = spec->variants[i];
        EvalOptions options = base_options;
        options.as_of = variant.as_of.value_or(spec->as_of);
        options.params = merged_params(*spec, variant);
        std::shared_ptr<const Facts> after = apply_changes(change_sets[i], language).facts;
        WhatIfResult evaluated =
            what_if(*rules, *base.facts, base_options, *after, options, change_sets[i].get());
        if (!evaluated.ok()) {
            // Dates and parameters were checked while reading; this is the rule set's refusal.
            for (Diagnostic& d : evaluated.diagnostics) {
                result.text += variant.name + ": " + d.message + "\n";
                result.diagnostics.push_back(std::move(d));
            }
            result.variants.clear();
            return result;
        }
        result.variants.push_back({variant.name, std::move(evaluated.diff)});
    }
    const DecisionDiff& first = result.variants.front().diff;
    result.incident = first.incident;
    result.as_of = first.as_of_before;
    result.base = first.before;
    return result;
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
