// SPDX-License-Identifier: Apache-2.0
// What-if: change facts of an incident (`acts[rally-1].state_facility=none`), evaluate again and
// compare the two decisions — outcome, tracks, findings with the condition that flipped,
// citations and review items. Changes are resolved once against the incident (checked like an
// incident file) and then applied to a copy of its facts without parsing anything again, so a
// program may resolve and apply many change sets cheaply. Only standard-library types.
//
// Thread safety and ownership: a ChangeSet is immutable and keeps its base Facts alive; it may be
// applied from several threads at once. Facts made by apply_changes() keep the ChangeSet alive.
// diff() and render_diff() are pure functions of plain values.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "netral/netral.hpp"

namespace netral {

/// One change to an incident's facts, as a plain value.
///
/// Paths (docs/whatif.md): `fact` (`decided`), `record.field` (`person.status`),
/// `list[ID].field` where ID is an item's id (`acts[rally-1].date`) or its position counted
/// from 1 as the report counts (`acts[1].date`), and nested records as declared
/// (`acts[1].evidence.status`). Values are
/// written as in an incident file (enum values, `true`/`false`, whole numbers, dates including
/// `YYYY-MM` and `YYYY`, sets as `a,b` or `[a, b]`, `"…"` for a text that looks like something
/// else).
struct Change {
    std::string path;                  ///< what to change
    std::optional<std::string> value;  ///< the new value; none: unset (default, else unknown)
    std::string label;                 ///< names the change in diagnostics and in the trail
                                       ///< (`--set #1`); empty: `change #N` by position
};

/// Changes resolved against one incident: checked, with their values read, ready to apply.
/// Immutable; keeps the base Facts (and through it the rule set) alive.
class ChangeSet {
public:
    /// The changes as given, labels filled in.
    const std::vector<Change>& changes() const;
    /// The facts the changes were resolved against.
    const std::shared_ptr<const Facts>& base() const;
    ~ChangeSet();

private:
    friend struct detail::Access;
    struct Impl;  ///< engine-side state
    explicit ChangeSet(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// The result of resolving changes: the change set, or the diagnostics that make a change
/// invalid (file `--set #1` is the change's text `PATH=VALUE`, so the caret points into it).
struct ChangeResult {
    std::shared_ptr<const ChangeSet> changes;  ///< null when a change is invalid
    std::vector<Diagnostic> diagnostics;       ///< errors with a did-you-mean hint
    std::string text;                          ///< the diagnostics rendered with carets
    /// A change set was made; false exactly when `diagnostics` holds an error.
    bool ok() const { return changes != nullptr; }
};

/// Resolves `changes`, in order, against `base`: unknown facts, fields and list items are
/// errors with a did-you-mean, values are read as in an incident file, fields of another variant
/// case are refused. Changing a variant tag (an act's `kind`) clears the fields of the old case;
/// the new case's fields take their defaults, and its required fields must be set by later
/// changes of the same set. Keys (`id`), whole records and lists cannot be changed; required
/// facts cannot be unset. No changes give a change set that changes nothing; a null `base` is
/// an error (E7011). Never throws for bad input; thread-safe. The diagnostics are in `language`.
ChangeResult resolve_changes(std::shared_ptr<const Facts> base, const std::vector<Change>& changes,
                             Language language = Language::Indonesian);

/// The base facts with the changes applied, as a new Facts (the base is not touched). Changed
/// values have origin Changed (location: the value in the change's text); unset values have
/// their default (origin Default) or are unknown (origin Absent). Cheap: copies slots only.
/// Fails only for a null `changes` (E7012), reported in `language`. Thread-safe.
IncidentResult apply_changes(std::shared_ptr<const ChangeSet> changes,
                             Language language = Language::Indonesian);

/// A value read by a condition, before and after.
struct ValueChange {
    std::string name;    ///< as written in the rules: `act.state_facility`
    std::string before;  ///< value id before (empty when the side did not read it)
    std::string after;   ///< value id after
    OriginKind origin = OriginKind::Given;  ///< origin of the value after
    Location location;  ///< where the value after comes from (a change: `--set #1`)
};

/// The first condition whose result differs between the two traces of one rule.
struct FlippedCondition {
    std::string text;  ///< the condition as written
    Truth before = Truth::Unknown;
    Truth after = Truth::Unknown;
    std::vector<ValueChange> values;  ///< the values it read, before and after
};

/// How a finding differs. The JSON form is to_string()'s, given with each value.
enum class FindingChange {
    Added,    ///< `added`: the rule newly fired for the binding
    Removed,  ///< `removed`: it stopped firing
    Changed,  ///< `changed`: it fired on both sides, differently
};

/// The stable name of `change`, as JSON writes it; a static string.
std::string_view to_string(FindingChange change);

/// How one finding (a rule for one binding) differs.
struct FindingDiff {
    /// Added (newly fired), removed (stopped firing) or changed.
    FindingChange kind = FindingChange::Changed;
    std::string act;         ///< act id, empty for a whole-incident rule
    std::string rule;        ///< rule id
    Text title;              ///< the rule's title
    std::string level;       ///< the finding's category or sanction (`heavy.demotion_12m`)
    Truth applies_before = Truth::False;  ///< False when absent on that side
    Truth applies_after = Truth::False;
    bool displaced_before = false;
    bool displaced_after = false;
    bool provisional_before = false;
    bool provisional_after = false;
    std::optional<FlippedCondition> flipped;   ///< when both traces are known (a side without
                                               ///< the finding needs its why-not trace)
    std::vector<std::string> relations_added;  ///< "exception r" / "prevails r"
    std::vector<std::string> relations_removed;
};

/// How one track's result differs.
struct TrackDiff {
    std::string track;
    std::string category_before;
    std::string category_after;
    std::string recommended_before;
    std::string recommended_after;
    std::vector<Text> steps_added;    ///< combination and escalation steps only after
    std::vector<Text> steps_removed;  ///< only before
};

/// One side of the outcome.
struct OutcomeSide {
    std::string category;
    std::vector<std::string> sanctions;
    std::string recommended;
    bool review = false;
    bool provisional = false;
};

/// A parameter whose value differs.
struct ParamDiff {
    std::string name;
    std::string before;
    std::string after;
};

/// Everything that differs between two decisions of one incident. A plain value.
struct DecisionDiff {
    std::string incident;              ///< the incident's id (of the after decision)
    std::vector<std::string> changes;  ///< the input changes, as `PATH=VALUE` / `unset PATH`
                                       ///< (filled by what_if(), empty from diff())
    std::string as_of_before;
    std::string as_of_after;
    std::vector<ParamDiff> params;
    OutcomeSide before;
    OutcomeSide after;
    bool outcome_changed = false;  ///< category, sanctions, review or provisional differ
    std::vector<TrackDiff> tracks;            ///< tracks that differ, in declaration order
    std::vector<FindingDiff> findings;        ///< in the order of the after decision, then the
                                              ///< removed ones in the order of before
    std::vector<std::string> citations_added;    ///< cited by fired rules only after
    std::vector<std::string> citations_removed;  ///< only before
    std::vector<ReviewItem> review_added;
    std::vector<ReviewItem> review_removed;
    std::vector<std::string> referrals_added;    ///< "citation (act)"
    std::vector<std::string> referrals_removed;
};

/// Compares two decisions of one incident. Findings are keyed by (act, rule id). For a finding
/// on one side only, the flipped condition comes from the other side's why-not trace of that
/// rule when that decision has one (what_if() asks for it). Pure; thread-safe.
DecisionDiff diff(const Decision& before, const Decision& after);

/// What what_if() returns.
struct WhatIfResult {
    std::optional<Decision> before;       ///< the base decision
    std::optional<Decision> after;        ///< the changed decision
    DecisionDiff diff;                    ///< after against before
    std::vector<Diagnostic> diagnostics;  ///< a bad as-of date or parameter (then no decisions)
    /// Both decisions were made; false exactly when `diagnostics` holds an error.
    bool ok() const { return before.has_value() && after.has_value(); }
};

/// Evaluates `before` with `before_options` and `after` with `after_options` (both with the
/// trail), diffs them and, for every rule that newly fired or stopped firing, evaluates again
/// with why-not on that rule so the flipped condition can be shown. `changes` (may be null)
/// fills DecisionDiff::changes. Thread-safe.
WhatIfResult what_if(const RuleSet& rules, const Facts& before, const EvalOptions& before_options,
                     const Facts& after, const EvalOptions& after_options,
                     const ChangeSet* changes = nullptr);

/// Renders a diff: Text and Markdown in the language given, JSON with both (docs/whatif.md).
/// Deterministic; thread-safe.
std::string render_diff(const DecisionDiff& diff, Format format,
                        Language language = Language::Indonesian);

}  // namespace netral
