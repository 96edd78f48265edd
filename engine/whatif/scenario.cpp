// SPDX-License-Identifier: Apache-2.0
// The scenario runner (whatif/scenario.hpp): the scenario file is read like an incident (same
// limits, same YAML reader, strict keys by io/scenario), the base incident is taken from the
// caller — given, or read by its loader; never opened here — and loaded once, every variant's
// changes are resolved against it — their diagnostics moved from the change's own text into the
// scenario file — and each variant goes through what_if().
#include "whatif/scenario.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <utility>

#include "base/public_diagnostic.hpp"
#include "io/codes.hpp"
#include "io/load_incident.hpp"
#include "io/readers.hpp"
#include "io/scenario.hpp"
#include "io/tree_builder.hpp"
#include "whatif/diff.hpp"
#include "whatif/what_if.hpp"

namespace netral::whatif {

namespace {

/// The sink limit for a scenario's diagnostics, as for incidents.
constexpr std::size_t kMaxScenarioErrors = 100;

/// The sink limit for the base incident's diagnostics, as for incidents.
constexpr std::size_t kMaxIncidentErrors = 100;

/// The base incident's path: `base` read relative to the scenario file's folder. Only joins
/// and normalises the text; nothing is looked up on disk.
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
    auto extra = base::to_public(diagnostics, sources, language);
    result.diagnostics.insert(result.diagnostics.end(), extra.begin(), extra.end());
    result.text += base::render_text(diagnostics, sources, language, false);
}

}  // namespace

ScenarioResult run_scenario(const RuleSetView& rules, const Source& scenario,
                            const ScenarioBase& base_incident, const io::Limits& io_limits,
                            Language language, const ScenarioBounds& bounds) {
    ScenarioResult result;
    result.path = scenario.path;

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
            spec = io::read_scenario(rules.program, document, file, text, sink);
        }
    }
    if (!spec) {
        report(result, sink.sorted(), sources, language);
        return result;
    }
    result.title = spec->title;
    result.params = spec->params;
    result.base_path = base_path(scenario.path, spec->base);

    // The base incident, once for every variant: given, or read by the caller's loader.
    std::string base_text;
    if (base_incident.incident) {
        result.base_path = base_incident.incident->path;
        base_text = base_incident.incident->text;
    } else if (!base_incident.loader) {
        sink.error(io::codes::kScenarioNoLoader, spec->base_span,
                   base::msg(io::codes::kScenarioNoLoader, spec->base))
            .hint = base::msg("E6058.hint");
        report(result, sink.sorted(), sources, language);
        return result;
    } else if (auto loaded = base_incident.loader(result.base_path, io_limits.max_bytes)) {
        base_text = std::move(*loaded);
    } else {
        sink.error(io::codes::kScenarioNoBase, spec->base_span,
                   base::msg(io::codes::kScenarioNoBase, result.base_path))
            .hint = base::msg("E6056.hint");
        report(result, sink.sorted(), sources, language);
        return result;
    }
    base::DiagnosticSink base_sink(kMaxIncidentErrors);
    facts::Incident base_facts;
    if (!io::load_incident(rules.program, rules.layout, result.base_path, std::move(base_text),
                           io::Format::Auto, io_limits, base_sink, base_facts)) {
        std::vector<base::Diagnostic> sorted = base_sink.sorted();
        result.diagnostics = base::to_public(sorted, base_facts.sources, language);
        result.text = base::render_text(sorted, base_facts.sources, language, false);
        return result;
    }

    // Every variant's changes; all of them are checked before anything is evaluated.
    std::vector<std::unique_ptr<io::ResolvedChanges>> change_sets;
    std::vector<base::Diagnostic> change_errors;
    for (const io::ScenarioVariantSpec& variant : spec->variants) {
        auto resolved = std::make_unique<io::ResolvedChanges>();
        std::vector<io::ChangeText> texts;
        for (const io::ScenarioChange& change : variant.changes) texts.push_back(change.text);
        base::DiagnosticSink variant_sink(kMaxScenarioErrors);
        if (io::resolve_changes(rules.program, rules.layout, base_facts, texts, variant_sink,
                                *resolved)) {
            change_sets.push_back(std::move(resolved));
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
    base_options.work_limit = bounds.work_limit;
    base_options.time_limit = bounds.time_limit;
    base_options.deadline = bounds.deadline;
    for (std::size_t i = 0; i < spec->variants.size(); ++i) {
        const io::ScenarioVariantSpec& variant = spec->variants[i];
        EvalOptions options = base_options;
        options.as_of = variant.as_of.value_or(spec->as_of);
        options.params = merged_params(*spec, variant);
        // Dates and parameters were checked while reading; a refusal here is the rule set's.
        std::vector<Diagnostic> refused;
        eval::Options before_options;
        eval::Options after_options;
        read_side_options(rules, base_options, result.base_path, before_options, refused);
        read_side_options(rules, options, result.base_path, after_options, refused);
        if (!refused.empty()) {
            for (Diagnostic& d : refused) {
                result.text += variant.name + ": " + d.message + "\n";
                result.diagnostics.push_back(std::move(d));
            }
            result.variants.clear();
            return result;
        }
        std::vector<std::string> changes;
        for (const io::ScenarioChange& change : variant.changes) {
            changes.push_back(describe_change(change.text.path, change.text.value));
        }
        facts::Incident after = io::apply_changes(base_facts, *change_sets[i]);
        WhatIfResult evaluated = what_if(rules, base_facts, before_options, after, after_options,
                                         std::move(changes), language);
        if (!evaluated.ok()) {
            // A work or time limit stopped one of its evaluations.
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

}  // namespace netral::whatif
