// SPDX-License-Identifier: Apache-2.0
// A decision: what evaluating one incident against a rule set returns — the outcome, the result
// of every track, the findings, referrals and review items, and the justification trail behind
// each of them. Plain values of standard-library types; a Decision refers to nothing else, so it
// may be kept, copied and read from any thread after evaluate() returns.
//
// Texts that a reader sees come in both languages (`Text`): those of the rule pack, and the
// engine's own words (review messages, track steps, details, needs, why-not hints). The renderers
// pick one. Ids (rule ids, sanction ids, fact paths) are language-neutral and never translated.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/netral.hpp"

namespace netral {

/// A text in Indonesian and, when the rule pack gives one, English. `en` falls back to `id`.
struct Text {
    std::string id;  ///< Indonesian
    std::string en;  ///< English (equal to `id` when the pack has no English text)

    friend bool operator==(const Text&, const Text&) = default;
};

/// Three-valued result of a condition: unknown when a fact it needs is missing or a partial
/// date does not decide it.
enum class Truth { False, True, Unknown };

/// Where a value the evaluation used came from.
enum class OriginKind {
    Given,     ///< written in the incident file (`location` points there)
    Default,   ///< absent from the incident; the declared default was taken (`location`: the
               ///< declaration in the rule files)
    Absent,    ///< absent and without default: unknown (`location`: the enclosing map)
    Host,      ///< set by the host program through the API (no location)
    Implied,   ///< filled in by a stated convention (act ids act-1, act-2, …)
    Derived,   ///< computed by a derived fact (`location`: its declaration)
    Table,     ///< read from a table row (`location`: the row)
    Parameter, ///< a parameter's value (`location`: the param; `detail` says default or chosen)
    AsOf,      ///< the evaluation's as-of date
    Constant,  ///< written in the rule itself
    Changed,   ///< set by a what-if change instead of the incident file (`location`: the value
               ///< in the change's text, file `--set #1`; `detail`: "set by what-if")
};

/// A value the evaluation read, with its origin.
struct ValueSeen {
    std::string name;         ///< what was read, as written in the rules: `act.content`, `stage(act)`
    std::string value;        ///< the value as an id (`candidate_promotion`, `2024-10-03`, `true`)
    Text label;               ///< the value's label from the rule pack (enum values, ladder
                              ///< steps); equal to `value` in both languages otherwise
    OriginKind origin = OriginKind::Given;
    Location location;        ///< see OriginKind
    Text detail;              ///< a further word on the origin, empty when none: "inexact
                              ///< date", "chosen" / "default" (a parameter), "set by rule r",
                              ///< "no row for these keys"
    Text what;                ///< what was read, in words: the label of the fact, field,
                              ///< derived fact, table column or parameter; empty when it has
                              ///< none (a constant, the as-of date)
    Text phrase = {};         ///< a derived fact's phrase for this value (its `value` clause),
                              ///< `{}` standing for the dates its definition compared; empty
                              ///< when the rule pack gives none
};

/// One evaluated condition, as a tree following the rule's `and`/`or`/`not` structure.
struct ConditionTrace {
    std::string text;                      ///< the condition as written
    Truth result = Truth::Unknown;         ///< what it evaluated to
    std::vector<ValueSeen> values;         ///< values read directly by this condition (leaves)
    std::vector<ConditionTrace> parts;     ///< operands of and / or / not
    std::vector<Text> would_hold;          ///< why-not: fact values that would make it hold
                                           ///< (`acts[a1].kind = social_media`, or in words)
};

/// A citation as canonical text, with the regulation's title and whether it was in force.
struct CitationRef {
    std::string text;       ///< "PP 94/2021 Pasal 14 huruf i angka 3"
    Text regulation;        ///< the regulation's title
    bool in_force = true;   ///< false when the regulation was not in force on the judged date
    Location location;      ///< the `cite` clause
    /// Set when the rule cites the provision as its author's inference, not as text that states
    /// the conclusion (`cite … inferred "why"`): why it is cited. Renderings show it as such.
    std::optional<Text> inference{};
};

/// The rule (one version of it) a finding, referral or review item comes from.
struct RuleRef {
    std::string id;          ///< rule id (versions share it)
    Text title;              ///< title
    std::string status;      ///< verified, practice, conflict, gap, unverified
    std::string row;         ///< brief row id, may be empty
    Location location;       ///< the rule block
    std::vector<CitationRef> citations;
    std::vector<std::string> notes;  ///< the rule's notes, for its authors: not a decision text
};

/// Why a finding is provisional: a rule with `then provisional "…"` held for its binding. The
/// finding still counts; the mark says it rests on facts not yet established.
struct ProvisionalMark {
    std::string rule;        ///< id of the rule that marked the finding
    Text reason;             ///< the reason that rule gives
    Location location;       ///< its `then provisional` clause
    std::vector<ConditionTrace> conditions;  ///< the marking rule's `for … where` and `when`,
                                             ///< evaluated (empty without a trail)
};

/// How another rule touched a finding. The JSON form is to_string()'s, given with each value.
enum class RelationKind {
    Exception,  ///< `exception`: the other rule is an exception to this one
    Prevails,   ///< `prevails`: the other rule prevails over this one
};

/// A relation between two rules that the evaluation applied.
struct RelationApplied {
    RelationKind kind = RelationKind::Exception;  ///< what the other rule did to the finding
    std::string rule;        ///< the other rule's id
    std::string doctrine;    ///< lex_specialis, lex_posterior, lex_superior, or empty
    Truth result = Truth::True;  ///< Unknown when the other rule may or may not apply
    Location location;       ///< the relation clause
};

/// One rule that fired for one binding (an act, or the whole incident).
struct Finding {
    std::string act;         ///< the act id, or empty for a whole-incident rule
    std::string binding;     ///< the bound element as the trail names it (`acts[1]`), may be empty
    RuleRef rule;
    std::string track;       ///< track id
    Text track_label;
    std::string category;    ///< category id
    std::string sanction;    ///< sanction id (`category.sanction`) when the rule names one
    Text level_label;        ///< label of the category or sanction
    Text reason;             ///< the `because` text with its placeholders filled in
    Truth applies = Truth::True;            ///< Unknown: depends on missing facts (review)
    std::vector<ConditionTrace> conditions; ///< `for … where` and `when`, evaluated
    std::vector<ValueSeen> validity;        ///< the date the rule's period was judged by
    std::vector<RelationApplied> relations; ///< exceptions and prevailing rules that touched it
    bool displaced = false;  ///< an exception or a prevailing rule removed it from its track
    std::string displaced_by;  ///< that rule's id
    std::vector<ProvisionalMark> provisional;  ///< empty when the finding is established; one
                                               ///< mark per marking rule that held for its
                                               ///< binding, in rule declaration order
    /// A possible finding: with inexact dates, the days on which it holds when it holds on
    /// some days of their spans and not on others (`2024-09-01..2024-09-21`: the days of its
    /// own act's date when that date alone decides; otherwise each combination, one day or span
    /// per inexact date joined by ` & `). Empty otherwise.
    std::vector<std::string> holds_on;
};

/// A criminal referral attached to an act.
struct Referral {
    std::string citation;    ///< "UU 10/2016 Pasal 188"
    Text regulation;         ///< the regulation's title
    std::string act;         ///< act id, or empty
    RuleRef rule;
    Text reason;
    Truth applies = Truth::True;
    std::vector<ConditionTrace> conditions;
};

/// What a review item is about. The JSON form is to_string()'s, given with each value.
enum class ReviewKind {
    Status,       ///< `status`: a rule with status conflict, gap or unverified fired
    Rule,         ///< `rule`: a rule's `then review` held
    Missing,      ///< `missing`: a rule may hold; facts it needs are missing (see needs)
    Conflict,     ///< `conflict`: one binding got a finding and a "no sanction" or an outcome
    Exception,    ///< `exception`: an exception may apply (see needs)
    Escalation,   ///< `escalation`: the sanction history is too incomplete to judge repetition
    Sanction,     ///< `sanction`: whether the sanctions of a category apply is undecided
    Provisional,  ///< `provisional`: a marking rule may hold (see needs)
    Validity,     ///< `validity`: a finding's every citation is out of force on the judged date
    Inexact,      ///< `inexact`: the outcome differs over the days an inexact date may be
                  ///< (see Decision::inexact)
};

/// Why a human must decide.
struct ReviewItem {
    ReviewKind kind = ReviewKind::Rule;  ///< what to decide
    Text message;            ///< what to look at
    std::string act;         ///< act id, may be empty
    std::string rule;        ///< rule id, may be empty
    std::vector<Text> needs;  ///< facts whose values would settle it: a fact path
                              ///< (`acts[1].impact`, the same in both languages), a path with
                              ///< "(exact day)", or "a row of table t"
};

/// What a step of a track did. The JSON form is to_string()'s, given with each value.
enum class StepKind {
    Combine,      ///< `combine`: the track's findings were combined into a category
    Escalate,     ///< `escalate`: the result was compared with the earlier sanction
    Ceiling,      ///< `ceiling`: escalation found nothing heavier below its ceiling
    Provisional,  ///< `provisional`: the winning category rests on provisional findings only
};

/// One step of combining and escalating a track, in order.
struct TrackStep {
    StepKind kind = StepKind::Combine;  ///< what the step did
    Text text;               ///< what happened, for a reader
    std::vector<CitationRef> citations;  ///< the policy's citations
    std::vector<ValueSeen> values;       ///< history entries and the like it used
};

/// The result of one track.
struct TrackResult {
    std::string track;                   ///< track id
    Text label;
    std::string category;                ///< winning category, or "none" when nothing was found
    Text category_label;
    std::vector<std::string> sanctions;  ///< candidate sanction ids, mildest first
    std::vector<Text> sanction_labels;   ///< their labels
    std::string recommended;             ///< the sanction the policy recommends, may be empty
    std::vector<std::size_t> findings;   ///< indexes into Decision::findings it combined
    std::vector<TrackStep> steps;        ///< combination and escalation, in order
    bool provisional = false;            ///< the winning category is reached only by
                                         ///< provisional findings (see Finding::provisional)
    std::string absorbed_by;  ///< the track whose recommended sanction absorbs this track's
                              ///< recommendation (it ends the employment); empty when none
    Text absorbed_reason;     ///< why, from that sanction's `absorbs` clause
    /// With an inexact date whose days give the track different categories: each of them, in
    /// ladder order (mildest first); empty otherwise
    std::vector<std::string> possible;
    std::vector<Text> possible_labels;  ///< their labels
};

/// A default the incident did not give and the evaluation used.
struct DefaultUsed {
    std::string fact;        ///< `acts[1].role` / `decided`
    std::string value;       ///< the value taken
    Location declared;       ///< where the default is declared
};

/// A parameter's value in this evaluation.
struct ParamUsed {
    std::string name;
    std::string value;
    bool chosen = false;     ///< true when given by the caller, false for the pack's default
    std::string status;      ///< the parameter's status, may be empty
};

/// The outcome over all tracks.
struct Outcome {
    std::string category;                ///< heaviest over the tracks in ladder order, or an
                                         ///< outcome (`contract`, `out_of_scope`), or `none`
    Text category_label;
    std::vector<std::string> sanctions;  ///< candidate sanction ids of that category
    std::vector<Text> sanction_labels;
    bool review = false;                 ///< a human must decide (see Decision::review)
    std::string track;                   ///< the track the outcome came from, may be empty
    bool provisional = false;            ///< that track's result is provisional
    /// With an inexact date whose days give different outcomes: each category the outcome is on
    /// some day of its span, in ladder order (mildest first); empty otherwise. `category` is
    /// then chosen among them by the rule set's `inexact` policy (Decision::inexact)
    std::vector<std::string> possible;
    std::vector<Text> possible_labels;  ///< their labels
};

/// A stretch of days over which the outcome stays the same: one combination of days, one per
/// inexact date.
struct DatePiece {
    std::vector<std::string> days;  ///< per InexactDates::dates: `YYYY-MM-DD` or
                                    ///< `YYYY-MM-DD..YYYY-MM-DD`, inclusive
    std::string category;           ///< the outcome on those days
    Text category_label;
    std::vector<std::string> tracks;  ///< each track's category on those days, in the
                                      ///< order of Decision::tracks
};

/// How the outcome varies over the days inexact dates (a month, a year) may be. Empty `dates`
/// when the incident has no inexact date that changes the outcome.
struct InexactDates {
    std::vector<std::string> dates;  ///< the inexact dates as fact paths (`acts[post-1].date`)
    std::vector<DatePiece> pieces;   ///< in day order; neighbouring days with one result
                                     ///< are merged
    Text decides;                    ///< what decides between the outcomes: "moral before
                                     ///< 22 September 2024, heavy from that date"
    std::string policy;              ///< `heaviest`, `mildest` or `range`: how the outcome's
                                     ///< `category` was chosen among the possible ones
    bool too_many = false;           ///< the spans would split into more pieces than the
                                     ///< limit: judged over the whole spans instead
};

/// Identity of the rule set a decision was made with.
struct RulesetInfo {
    std::string name;
    Text title;
    std::string version;
    std::string digest;      ///< "sha256:<hex>" over the canonical rule files
};

/// Everything evaluate() returns for one incident.
struct Decision {
    std::string incident;                ///< the incident's `id` fact (empty if it has none)
    std::string source;                  ///< the incident file's path, may be empty
    std::string as_of;                   ///< YYYY-MM-DD
    std::string engine_version;
    RulesetInfo ruleset;
    Outcome outcome;
    std::vector<TrackResult> tracks;     ///< every declared track, in declaration order
    std::vector<Finding> findings;       ///< by act order, then rule declaration order
    std::vector<Referral> referrals;
    std::vector<ReviewItem> review;      ///< empty exactly when outcome.review is false
    InexactDates inexact;                ///< the outcome over the days of inexact dates
    std::vector<DefaultUsed> defaults;   ///< defaults the evaluation read
    std::vector<ParamUsed> params;
    std::vector<std::string> notes;      ///< the incident's notes, copied
    /// explain --why-not: every rule that could give the target, for each element, nearest
    /// first (fewest conditions that did not hold), then in rule declaration order
    std::vector<Finding> why_not;
    std::string why_not_target;          ///< the target asked for, empty otherwise
    /// The target is already reached: a track's category or candidate sanctions are the target,
    /// or, for a rule id, that rule applies to some element and is not displaced
    bool why_not_reached = false;
};

/// The stable names of the kinds above, as JSON and the renderings write them (`exception`,
/// `missing`, …); static strings.
std::string_view to_string(RelationKind kind);
std::string_view to_string(ReviewKind kind);
std::string_view to_string(StepKind kind);

}  // namespace netral
