// SPDX-License-Identifier: Apache-2.0
// What-if scenarios: one YAML file names a base incident and variants of it, each a list of
// changes and possibly other parameters or another as-of date (docs/whatif.md). run_scenario()
// reads the file strictly, loads the base incident, runs what_if() once per variant and returns
// every diff; render_scenario() prints them as one table (a row per variant) and then each diff.
// Only standard-library types.
//
// Thread safety: run_scenario() and render_scenario() are reentrant and share nothing but the
// rule set, which is immutable.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/evaluate.hpp"
#include "netral/netral.hpp"
#include "netral/whatif.hpp"

namespace netral {

/// One variant of a scenario, evaluated.
struct ScenarioVariant {
    std::string name;   ///< as the scenario names it; unique within the scenario
    DecisionDiff diff;  ///< the variant against the base (DecisionDiff::changes as written)
};

/// A scenario, evaluated: the base outcome and one diff per variant, in file order.
struct ScenarioResult {
    std::string title;      ///< the `scenario:` text
    std::string path;       ///< the scenario file's path as given
    std::string base_path;  ///< the base incident's path: relative to the scenario file's
                            ///< folder, joined to it and normalised (`examples/jnp.yaml`)
    std::string incident;   ///< the base incident's id (empty when it has none)
    std::string as_of;      ///< the base's as-of date as evaluated (YYYY-MM-DD)
    std::vector<std::pair<std::string, std::string>> params;  ///< the base's parameter choices
    OutcomeSide base;                                         ///< the base outcome
    std::vector<ScenarioVariant> variants;                    ///< one per variant, in file order
    std::vector<Diagnostic> diagnostics;  ///< why nothing was evaluated (see run_scenario)
    std::string text;                     ///< the diagnostics rendered with carets
    /// Every variant was evaluated; false exactly when `diagnostics` holds an error.
    bool ok() const { return !variants.empty(); }
};

/// True when `text` looks like a scenario file rather than an incident: a top-level
/// `scenario:` or `variants:` key at the start of a line. A cheap test for the CLI, which takes
/// both kinds of file; run_scenario() reads the file strictly.
bool looks_like_scenario(std::string_view text);

/// Reads the scenario `scenario` (its path locates the base incident), loads the base incident
/// from disk (bounded by `limits`) against `rules`, and evaluates every variant with what_if().
/// Errors are data: unknown keys (with a did-you-mean), values of the wrong kind, duplicate
/// variant names, unknown parameters, bad dates, an unreadable base file, and every change that
/// resolve_changes() refuses — the latter at the change's path or value in the scenario file,
/// with a note naming the variant. The base incident's own errors point into that file. Then
/// ok() is false and no variant is returned; a null `rules` is an error too (E7010). Never
/// throws for bad input. The diagnostics are in `language`.
ScenarioResult run_scenario(std::shared_ptr<const RuleSet> rules, const Source& scenario,
                            const IncidentLimits& limits = {},
                            Language language = Language::Indonesian);

/// Renders an evaluated scenario: Text and Markdown in `language` (a table with a row for the
/// base and one per variant — category, recommended sanction, review, provisional and what
/// changed — then each variant's diff as render_diff() writes it); JSON with both languages
/// (docs/whatif.md). Deterministic.
std::string render_scenario(const ScenarioResult& result, Format format,
                            Language language = Language::Indonesian);

}  // namespace netral
