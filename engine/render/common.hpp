// SPDX-License-Identifier: Apache-2.0
// Pieces the text and Markdown renderings share: picking a language from a Text, writing a place
// in a file, the marks and words for truth values, where a value came from, and looking up the
// recommended sanction. Results are plain (not escaped): each renderer makes them safe for its
// own output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"
#include "render/catalogue.hpp"

namespace netral::rendering {

/// The text in `language`; English falls back to Indonesian when empty.
const std::string& pick(const Text& text, Language language);

/// How precise a place is written.
enum class Precision {
    Line,    ///< `file:line`, for declarations in the rule files
    Column,  ///< `file:line:col`, for places in the incident file
};

/// `file:line` or `file:line:col`; empty when the location has no file. A column of 0 is left
/// out whatever the precision.
std::string place(const Location& location, Precision precision);

/// ✓ for true, ✗ for false, ? for unknown.
std::string_view truth_mark(Truth truth);

/// "yes", "no" or "unknown" in `language`.
std::string_view truth_word(Truth truth, Language language);

/// "yes" or "no" in `language`.
std::string_view yes_no(bool value, Language language);

/// `value (label)`, or just `value` when the label says nothing more than the id.
std::string with_label(const std::string& value, const Text& label, Language language);

/// Where a value came from, in three parts a renderer formats its own way.
struct OriginParts {
    std::string words;   ///< "incident file", "default, declared at", "absent (unknown)", …
    std::string where;   ///< the place the words lead to (may be empty)
    std::string detail;  ///< ValueSeen::detail in the language asked for (may be empty)
};

/// The parts of where `value` came from: places in the incident with their column, places in
/// the rule files with their line.
OriginParts origin_parts(const ValueSeen& value, Language language);

/// The parts joined: "incident file inc.yaml:9:11", "default, declared at
/// rules/vocabulary.rules:40", followed by "; detail" when the value carries one.
std::string origin_phrase(const ValueSeen& value, Language language);

/// "exception by" / "prevailed over by" for a relation kind.
std::string relation_phrase(RelationKind kind, Language language);

/// The label of `sanction` among a track's or the outcome's candidates; null when not listed.
const Text* sanction_label(const std::vector<std::string>& sanctions,
                           const std::vector<Text>& labels, const std::string& sanction);

/// The track the outcome came from, or null when it names none (or one not in `tracks`).
const TrackResult* outcome_track(const Decision& decision);

/// True when a track found nothing and did nothing: no finding, no step, no provisional mark,
/// no range of categories over inexact dates. Such a track shares one line with the others.
bool track_is_idle(const TrackResult& track);

/// The track named `name`, or null.
const TrackResult* find_track(const Decision& decision, const std::string& name);

/// The tracks whose recommendation another track's absorbs, in track order.
std::vector<const TrackResult*> absorbed_tracks(const Decision& decision);

/// The citations a legal-basis list shows, in their order: those in force on the date judged;
/// when none is, all of them (each then carries the not-in-force marker). JSON keeps every
/// citation with its `in_force` flag. See docs/decisions.md.
std::vector<const CitationRef*> shown_citations(const std::vector<CitationRef>& citations);

/// One finding on one line: act, what was done (the rule's title), the level, the articles, and
/// markers for displaced, provisional or undecided findings.
std::string finding_brief(const Finding& finding, Language language);

/// One referral on one line: the article, the regulation, the act, and whether it applies
/// when that is undecided.
std::string referral_brief(const Referral& referral, Language language);

/// The sanction recommended for the outcome: that of the outcome's track when the track reached
/// the outcome's category; empty otherwise.
std::string outcome_recommended(const Decision& decision);

}  // namespace netral::rendering
