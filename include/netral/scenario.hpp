// SPDX-License-Identifier: Apache-2.0
// What-if scenarios: one YAML file names a base incident and variants of it, each a list of
// changes and possibly other parameters or another as-of date (docs/whatif.md). run_scenario()
// reads the file strictly, takes the base incident from the caller (given, or read by the
// caller's loader: the library opens no file), runs what_if() once per variant and returns every
// diff; render_scenario() prints them as one table (a row per variant) and then each diff. Only
// standard-library types.
//
// Thread safety: run_scenario() and render_scenario() are reentrant and share nothing but the
// rule set, which is immutable (and the loader, which run_scenario() calls on its own thread).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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
                            ///< folder, joined to it and normalised (`examples/jnp.yaml`);
                            ///< the given incident's path when ScenarioBase::incident is set
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

/// Reads the text of a scenario's base incident for run_scenario(). `path` is
/// ScenarioResult::base_path: the scenario's `base:` joined to the folder of the scenario's path
/// and normalised, as text (nothing is looked up). Reading more than `max_bytes + 1` bytes is
/// needless: a longer text is refused as too large anyway. Returns none when there is nothing
/// to read at `path`; run_scenario() then reports E6056 at `base:`. Called at most once per
/// run_scenario(), on its thread. A command line reads files relative to the scenario file; a
/// service may look `path` up among the files of a request, or give no loader at all.
using BaseLoader =
    std::function<std::optional<std::string>(const std::string& path, std::size_t max_bytes)>;

/// Where run_scenario() takes the base incident from.
struct ScenarioBase {
    /// The base incident itself. When set it is the base whatever `base:` names (the key is
    /// still required), and its path is ScenarioResult::base_path.
    std::optional<Source> incident;
    /// Otherwise: reads the incident `base:` names. Neither given: a scenario is an error at
    /// `base:` (E6058), since its base is a path and nothing may read it.
    BaseLoader loader;
};

/// Bounds of the evaluations of one run_scenario(), as EvalOptions gives them for one: each
/// evaluation stops after `work_limit` steps or `time_limit`, and none runs past `deadline`,
/// which a caller that must not be held (a service) sets to bound the whole scenario. The
/// scenario's own variants may not lift them. 0 and none: no bound.
struct ScenarioBounds {
    std::uint64_t work_limit = 0;
    std::chrono::milliseconds time_limit{0};
    std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// Reads the scenario `scenario` (its path locates the base incident), takes the base incident
/// from `base` (its text bounded by `limits`), loads it against `rules`, and evaluates every
/// variant with what_if(). The library itself never opens a file. Errors are data: unknown keys
/// (with a did-you-mean), values of the wrong kind, duplicate variant names, unknown parameters,
/// bad dates, a base the loader cannot read (E6056) or no way to read it (E6058), and every
/// change that resolve_changes() refuses — the latter at the change's path or value in the
/// scenario file, with a note naming the variant. The base incident's own errors point into
/// that incident. Then ok() is false and no variant is returned; a null `rules` is an error too
/// (E7010). Never throws for bad input (a loader that throws is the caller's). The diagnostics
/// are in `language`. A bound of `bounds` passed is E7006 (then no variant is returned either).
ScenarioResult run_scenario(std::shared_ptr<const RuleSet> rules, const Source& scenario,
                            const ScenarioBase& base, const IncidentLimits& limits = {},
                            Language language = Language::Indonesian,
                            const ScenarioBounds& bounds = {});

/// Renders an evaluated scenario: Text and Markdown in `language` (a table with a row for the
/// base and one per variant — category, recommended sanction, review, provisional and what
/// changed — then each variant's diff as render_diff() writes it); JSON with both languages
/// (docs/whatif.md). Deterministic.
std::string render_scenario(const ScenarioResult& result, Format format,
                            Language language = Language::Indonesian);

}  // namespace netral
