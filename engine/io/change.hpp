// SPDX-License-Identifier: Apache-2.0
// What-if changes: `PATH=VALUE` (set) or `PATH` (unset) against the facts of one incident,
// checked like incident files (declared names with a did-you-mean, values read by the binder),
// resolved once into slot edits that apply_changes() replays on a copy of the incident — no
// text is parsed again, so a program can apply many resolved change sets cheaply.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"

namespace netral::io {

/// One change as given: a label (`--set #1`, the file name in diagnostics and origins), the
/// path and, for a set, the value.
struct ChangeText {
    std::string label;                 ///< names the change's text in diagnostics and the trail
    std::string path;                  ///< `acts[rally-1].state_facility`
    std::optional<std::string> value;  ///< the value as an incident writes it; none: unset
};

/// One slot to overwrite in a copy of the incident.
struct SlotEdit {
    std::optional<std::uint32_t> instance;  ///< Instance::serial, or none for a top-level fact
    std::uint32_t slot = 0;                 ///< FactId index, or Layout::field_slot
    facts::Slot value;                      ///< the new slot
    bool span_in_change = false;            ///< value.origin.span points into ResolvedChanges
                                            ///< ::storage (not into the rule files)
    std::uint32_t change = 0;               ///< index of the change it comes from
};

/// Changes resolved against one incident. Immutable once resolved; texts and sets of the new
/// values live in `storage`, which must outlive every incident the edits are applied to.
struct ResolvedChanges {
    facts::Incident storage;        ///< sources: one file per change (its text, by index);
                                    ///< texts and sets of the new values
    std::vector<SlotEdit> edits;    ///< in application order (a later edit wins)
    std::vector<std::string> paths; ///< by change: the path as given (for summaries)
};

/// Resolves `changes` against `base` (the incident the edits will be applied to). Errors go to
/// `sink`, with spans into `out.storage.sources` (file k is change k, its text `PATH=VALUE` or
/// `PATH`). Returns false when any error was reported. Deterministic; reads `base` only.
bool resolve_changes(const check::ir::Program& program, const facts::Layout& layout,
                     const facts::Incident& base, const std::vector<ChangeText>& changes,
                     base::DiagnosticSink& sink, ResolvedChanges& out);

/// A copy of `base` (facts/copy.hpp) with `changes` applied; the change texts are added to its
/// sources so Changed origins point into them. `changes` must have been resolved against
/// `base`; both must outlive the result (its texts and sets may point into them).
facts::Incident apply_changes(const facts::Incident& base, const ResolvedChanges& changes);

}  // namespace netral::io
