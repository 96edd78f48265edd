// SPDX-License-Identifier: Apache-2.0
// The engine's own words in the text and Markdown renderings of a decision: section headings,
// "yes"/"no", "needs", where a value came from. One table per language, indexed by `Msg`, so a
// missing translation is a test failure rather than a blank in a lawyer's case file. Labels and
// rule texts never come from here: they come from the rule pack through the Decision.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "netral/evaluate.hpp"

namespace netral::rendering {

/// Keys of the engine's words. The tables in catalogue.cpp list them in this order.
enum class Msg : std::size_t {
    // Header.
    DecisionTitle,  ///< the document title (the rule set names the domain, not the engine)
    Incident,       ///< "Incident"
    NoIncidentId,   ///< shown when the incident has no id
    IncidentFile,   ///< the incident file's path
    AsOf,           ///< the evaluation's as-of date
    Ruleset,        ///< rule set name and version
    Digest,         ///< the rule set's digest
    EngineVersion,  ///< the engine's version
    // Outcome.
    Outcome,             ///< section heading
    Category,            ///< the category reached
    Track,               ///< one track (column or field)
    CandidateSanctions,  ///< candidate sanctions, mildest first
    Recommended,         ///< the recommended sanction
    AbsorbedBy,          ///< a track's recommendation is absorbed by another track's
    AbsorbedTracks,      ///< the tracks whose recommendations the outcome absorbs
    ReviewNeeded,        ///< whether a human must decide
    ProvisionalResult,   ///< the result rests only on provisional findings (shown when it does)
    PossibleCategories,  ///< the categories possible over the days of an inexact date
    DecidedBy,           ///< what decides between them ("moral before …, heavy from …")
    ReviewItems,         ///< the list of review items
    Needs,               ///< facts that would settle a review item
    Yes,                 ///< yes
    No,                  ///< no
    Unknown,             ///< unknown (a truth value)
    None,                ///< nothing (an empty list)
    // Tracks.
    Tracks,        ///< section heading
    Result,        ///< a track's result
    Steps,         ///< combination and escalation steps
    FindingsUsed,  ///< the findings a track combined
    // Findings.
    Findings,           ///< section heading
    Finding,            ///< one finding ("Finding #1")
    Act,                ///< the act a finding is about
    WholeIncident,      ///< a finding about the whole incident rather than one act
    Rule,               ///< the rule
    Status,             ///< the rule's status (verified, practice, …)
    Row,                ///< the brief's row id
    Level,              ///< the category or sanction a finding gives
    Applies,            ///< whether the rule applies
    LegalBasis,         ///< citations
    NotInForce,         ///< marker on a citation not in force, shown because the rule cites
                        ///< nothing in force (a transitional rule applies it)
    Inferred,           ///< marker on a citation the rule's author inferred, before its reason
    Reason,             ///< the `because` text
    Conditions,         ///< the condition tree
    ValidityJudgedBy,   ///< the date the rule's period was judged by
    Relations,          ///< exceptions and prevailing rules applied
    RelationException,  ///< RelationKind::Exception
    RelationPrevails,   ///< RelationKind::Prevails
    HoldsOn,            ///< marker with days: a possible finding holds on those days only
    Displaced,          ///< marker: the finding was removed from its track
    DisplacedBy,        ///< marker with the rule: "DISPLACED by" a rule
    Provisional,        ///< marker: the finding is provisional
    ProvisionalBy,      ///< marker with the rule: "PROVISIONAL by" a rule, then its reason
    // Origins of values.
    OriginGiven,      ///< written in the incident file
    OriginDefault,    ///< the declared default
    OriginAbsent,     ///< absent, no default: unknown
    OriginHost,       ///< set by the host program
    OriginImplied,    ///< filled in by convention
    OriginDerived,    ///< computed by a derived fact
    OriginTable,      ///< read from a table row
    OriginParameter,  ///< a parameter's value
    OriginAsOf,       ///< the evaluation's as-of date
    OriginConstant,   ///< written in the rule itself
    OriginChanged,    ///< set by a what-if change
    DeclaredAt,       ///< "declared at" a place in the rule files
    InMapAt,          ///< where an absent value's enclosing map is
    // Other sections.
    Referrals,         ///< section heading: criminal referrals
    DefaultsUsed,      ///< section heading
    Fact,              ///< a fact path (table column)
    Value,             ///< a value (table column)
    Params,            ///< section heading
    ParamChosen,       ///< the caller chose the parameter's value
    ParamDefault,      ///< the pack's default value was used
    Notes,             ///< section heading: the incident's notes
    WhyNot,            ///< section heading: why the target was not the result
    Target,            ///< the target asked for
    TargetReached,     ///< the target is already the result, so nothing is missing
    NotApplied,        ///< section heading (explain): the rules examined that did not apply
    FailedConditions,  ///< conditions that did not hold
    WouldHold,         ///< hint: values that would make a condition hold
    Field,             ///< a field (table column)
    // The answer first, then the reasoning.
    Answer,                 ///< section heading: the answer on the first screen
    InBrief,                ///< the one-line-per-finding list in the answer
    Reasoning,              ///< section heading: each finding's reasoning
    DecisionRecord,         ///< section heading: rule set, digest, engine version, as-of
    TracksWithoutFindings,  ///< tracks that found nothing, on one line
    DetailHint,             ///< where the condition trees are (--detail full, JSON)
    // Connectives of the prose reasoning (prose.cpp). Only joining words: every legal word in
    // the prose comes from the rule pack (labels, titles, `because` texts, citations).
    ProseOn,           ///< "On" before a date that opens the reasoning
    ProseAct,          ///< "act" before an act id
    ProseWholeCase,    ///< the subject when the finding concerns the whole incident
    ProseEstablished,  ///< introduces the facts established: "the following was established"
    ProseRuleHolds,    ///< "therefore the rule … applies"
    ProseRuleMayHold,  ///< "the rule … may apply; facts are missing"
    ProseGives,        ///< "it gives" a level
    ProseUnder,        ///< "under" the articles
    ProseAnd,          ///< "and" between the last two items of a list
    ProseBecause,      ///< introduces the rule's `because` text
    January,           ///< month names for dates in words, in calendar order
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
    Count,  ///< number of keys; not a message
};

/// Number of message keys.
inline constexpr std::size_t kMessageCount = static_cast<std::size_t>(Msg::Count);

/// One entry of a language's table.
struct CatalogueEntry {
    Msg key;                ///< must equal the entry's index
    std::string_view text;  ///< never empty
};

/// A language's whole table, in `Msg` order. Static storage; thread-safe.
using CatalogueTable = std::array<CatalogueEntry, kMessageCount>;

/// The table for `language`.
const CatalogueTable& catalogue(Language language);

/// The word for `key` in `language`.
std::string_view msg(Msg key, Language language);

}  // namespace netral::rendering
