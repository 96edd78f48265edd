// SPDX-License-Identifier: Apache-2.0
// The engine's own words inside a decision: review messages, track steps, the details of where a
// value came from, the `needs` of review items and the why-not hints. The evaluator writes them
// as `Text` in both languages, so every renderer (and every JSON consumer) can pick one; the
// words come from one table per language here, indexed by `Word`, never from string literals
// scattered through the evaluator. (The renderers' own words — headings, "yes"/"no" — are in
// engine/render/catalogue.hpp.)
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "facts/value.hpp"
#include "netral/decision.hpp"

namespace netral::eval {

/// Keys of the words. The tables in words.cpp list them in this order. A `{}` in a word is a
/// placeholder, filled in order by say(); the comment gives the English word.
enum class Word : std::size_t {
    // Needs of review items.
    NeedExactDay,  ///< "{fact} (exact day)": a date known only to the month or year
    NeedTableRow,  ///< "a row of table {table}": no table row has the keys asked for
    // Details of where a value came from (ValueSeen::detail).
    DetailInexactDate,   ///< "inexact date": a date given as a month or a year
    DetailSetByRule,     ///< "set by rule {rule}": the rule that set a derived fact
    DetailNoTableRow,    ///< "no row for these keys"
    DetailParamChosen,   ///< "chosen": the caller chose the parameter's value
    DetailParamDefault,  ///< "default": the pack's default value of the parameter
    DetailSetByWhatIf,   ///< "set by what-if {change}": a what-if change set the value
    // Why-not hints (ConditionTrace::would_hold).
    HintInForce,  ///< "a judged date inside the rule's period"
    HintGiven,    ///< "{fact} given in the incident"
    HintLeftOut,  ///< "{fact} left out"
    HintThrough,  ///< "change {facts} so that {derived condition}": a derived fact is never
                  ///< changed itself; the incident facts it is computed from are
    HintDerived,  ///< "change the incident facts {derived} is computed from so that {condition}"
    // Review messages.
    ReviewUndecided,    ///< "Rule {rule}{subject} may apply; facts it needs are missing …"
    ReviewException,    ///< "Exception {rule} may apply to {rule}"
    ReviewStatus,       ///< "Rule {rule} has status {status}: a human must decide"
    ReviewSanction,     ///< "Whether the sanction types of category {category} apply …"
    ReviewEscalation,   ///< "Earlier sanctions are incomplete for judging repetition on {track}"
    ReviewConflict,     ///< "Rules {rule} ({category}) and {rule} ({category}) conclude …"
    ReviewProvisional,  ///< "Rule {rule} may apply and mark the findings{subject} provisional; …"
    ReviewNotInForce,   ///< "Rule {rule}: none of its citations is in force on the date judged …"
    // Track steps.
    Heaviest,            ///< "heaviest": a combine policy's strategy
    Mildest,             ///< "mildest"
    StepCombine,         ///< "{n} finding(s); {heaviest} category: {category}"
    StepNoEarlier,       ///< "No earlier sanction counts for repetition"
    StepAlreadyHeavier,  ///< "Already heavier than the last sanction {sanction}"
    StepMustBeHeavier,   ///< "Must be heavier than the last sanction {sanction}: {recommended}"
    StepRaised,          ///< "Heavier than the last sanction {sanction}: raised to category …"
    StepAtCeiling,       ///< "Nothing heavier than {sanction} up to the ceiling {ceiling}; …"
    StepNoneHeavier,     ///< "No sanction type is heavier than {sanction}"
    StepProvisional,     ///< "Category {category} rests only on provisional findings {#n, …}"
    // Values shown in a reason's placeholders, in the language of the sentence around them.
    ValueYes,      ///< "yes": a true boolean
    ValueNo,       ///< "no": a false boolean
    ValueUnknown,  ///< "unknown": a value the incident does not give
    ValuePeriod,   ///< "{first} to {last}": a period with both ends
    ValueFrom,     ///< "from {first}": a period open at its end
    ValueUntil,    ///< "until {last}": a period open at its start
    // Inexact dates: what decides between the outcomes possible over a span (inexact.cpp).
    ReviewInexact,         ///< "The outcome depends on the exact day of {dates}: {what decides}"
    ReviewInexactTooMany,  ///< "The inexact dates {dates} give more than {n} combinations …"
    InexactBefore,         ///< "{category} before {date}"
    InexactFromThat,       ///< "{category} from that date"
    InexactFrom,           ///< "{category} from {date}"
    InexactOn,             ///< "{category} on {date}"
    InexactBetween,        ///< "{category} from {date} to {date}"
    InexactWhen,           ///< "{category} when {dates on days}"
    InexactAnd,            ///< " and ": joins the dates of InexactWhen
    RangeLabel,            ///< "{category} to {category}": the label of a range of categories
    Count,                 ///< number of keys; not a word
};

/// Number of word keys.
inline constexpr std::size_t kWordCount = static_cast<std::size_t>(Word::Count);

/// One entry of a language's table.
struct WordEntry {
    Word key;               ///< must equal the entry's index
    std::string_view text;  ///< never empty
};

/// A language's whole table, in `Word` order. Static storage; thread-safe.
using WordTable = std::array<WordEntry, kWordCount>;

/// The Indonesian (`english` false) or English table.
const WordTable& word_table(bool english);

/// A value put in a placeholder: the same in both languages (ids, fact paths, values) or a
/// `Text`. Refers to its argument, which must outlive the call to say().
struct WordArg {
    WordArg(const std::string& text) : id(text), en(text) {}  // NOLINT: implicit on purpose
    WordArg(const Text& text) : id(text.id), en(text.en.empty() ? text.id : text.en) {}  // NOLINT
    std::string_view id;  ///< Indonesian
    std::string_view en;  ///< English
};

/// The name of `month` (1-12) for dates in words: "Oktober" / "October". Kept apart from the
/// word tables because several months are spelled alike in both languages.
std::string_view month_name(int month, bool english);

/// A day in words in one language: "3 Oktober 2024" / "3 October 2024".
std::string day_words(facts::Day day, bool english);
/// A day in words in both languages.
Text day_words(facts::Day day);

/// The word `key` in both languages, its placeholders filled in order by `args` (a placeholder
/// without an argument stays empty).
Text say(Word key, std::initializer_list<WordArg> args = {});

}  // namespace netral::eval
