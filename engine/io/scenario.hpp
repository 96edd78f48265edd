// SPDX-License-Identifier: Apache-2.0
// Reads a what-if scenario file (docs/whatif.md, "Scenario files") from its document tree:
// known keys only, each value of its kind, parameters and dates checked against the rule set,
// variant names unique — every problem at its place in the file with a did-you-mean. Each
// change keeps the spans of its path and value, so the diagnostics of resolving it against the
// base incident can point into the scenario file too (see map_change_span()).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "io/change.hpp"
#include "io/document.hpp"

namespace netral::io {

/// One change of a variant: its text as resolve_changes() takes it, and where it is written.
struct ScenarioChange {
    ChangeText text;               ///< label, path and value (none for `unset`)
    base::Span path_span;          ///< the path as written (a `set:` key or an `unset:` item)
    base::Span value_span;         ///< the value as written; empty for an unset
    std::uint32_t path_skip = 0;   ///< bytes before the path's text inside path_span (a quote);
                                   ///< kNotExact when the span does not hold the text verbatim
    std::uint32_t value_skip = 0;  ///< the same for the value
};

/// path_skip / value_skip when the written text differs from the decoded one (escapes, a list
/// value written as a YAML sequence): offsets then map to the whole span.
inline constexpr std::uint32_t kNotExact = 0xffffffffU;

/// One variant as written.
struct ScenarioVariantSpec {
    std::string name;                     ///< unique in the scenario
    base::Span name_span;                 ///< the name's value
    std::vector<ScenarioChange> changes;  ///< `set:` entries in order, then `unset:` items
    std::optional<std::string> as_of;     ///< overrides the scenario's as_of
    std::vector<std::pair<std::string, std::string>> params;  ///< over the scenario's params
};

/// A scenario file as written.
struct ScenarioSpec {
    std::string title;     ///< `scenario:`
    std::string base;      ///< `base:` as written (relative to the scenario file's folder)
    base::Span base_span;  ///< where `base:`'s value is written
    std::string as_of;     ///< `as_of:`, empty when absent (today)
    std::vector<std::pair<std::string, std::string>> params;  ///< `params:` in file order
    std::vector<ScenarioVariantSpec> variants;                ///< in file order, at least one
};

/// Reads the scenario in `document` (spans into `file`, whose text is `text`), checking
/// parameters against `program`. Reports to `sink` (E6050–E6057 and the E6021-style did-you-mean
/// hints) and returns none when any error was reported. Never throws for bad input.
std::optional<ScenarioSpec> read_scenario(const check::ir::Program& program,
                                          const Document& document, base::FileId file,
                                          std::string_view text, base::DiagnosticSink& sink);

/// Maps `offset`, a byte offset into the change's text as resolve_changes() sees it (`PATH`,
/// or `PATH=VALUE`), to a span of the scenario file of length `length`: into the path or the
/// value as written, or the whole path or value when they were not written verbatim.
base::Span map_change_span(const ScenarioChange& change, std::uint32_t offset,
                           std::uint32_t length);

}  // namespace netral::io
