// SPDX-License-Identifier: Apache-2.0
// Explore: search the single-fact changes (and, at depth 2, pairs of them) that move an
// incident's outcome category, over the domains the rule set declares — enum values, booleans,
// dates just across each date the rules compare with, whole numbers next to the numbers the
// rules compare with, items of lists without a key removed or repeated. Every variant reuses the
// compiled plan and the incident's facts (no text is parsed again) and is evaluated by id only.
// Only standard-library types; docs/whatif.md ("Explore") lists the candidate rules.
//
// Thread safety: explore() is a pure function of its arguments and may run on several threads
// at once; it may start `ExploreOptions::threads` threads of its own and joins them before it
// returns. The result is a plain value. render_explore() is pure.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"

namespace netral {

/// How explore() searches.
struct ExploreOptions {
    int depth = 1;               ///< 1: single changes; 2: also pairs of changes of two slots
    std::size_t budget = 10000;  ///< at most this many variants are evaluated (the base is not
                                 ///< counted); the search stops there and says so
    EvalOptions eval;            ///< as-of date, parameters and limits of every evaluation
                                 ///< (the limits bound each one: the base's, each variant's);
                                 ///< `describe`, `trail` and `why_not` are ignored (by id)
    unsigned threads = 1;        ///< evaluation threads (1 = the caller's); the result does not
                                 ///< depend on it
};

/// What one change of a variant does. The JSON form is to_string()'s, given with each value.
enum class ExploreChangeKind {
    Set,     ///< `set`: a value
    Remove,  ///< `remove`: a list item
    Add,     ///< `add`: a copy of a list item, appended
};

/// Which way a variant moves the outcome category. The JSON form is to_string()'s.
enum class ExploreDirection {
    Raise,  ///< `raise`: to a heavier category of the severity order
    Lower,  ///< `lower`: to a lighter one
    Other,  ///< `other`: to or from a category outside the order, such as `contract`
};

/// The stable names of the kinds above, as JSON writes them; static strings.
std::string_view to_string(ExploreChangeKind kind);
std::string_view to_string(ExploreDirection direction);

/// One change of a variant.
struct ExploreChange {
    ExploreChangeKind kind = ExploreChangeKind::Set;  ///< what the change does
    std::string path;    ///< set: the value's path (`acts[rally-1].state_facility`);
                         ///< remove: the item (`history[1]`); add: the item copied
    std::string value;   ///< set: the new value as an incident writes it; empty otherwise
    std::string before;  ///< set: the value before (`?` when unknown); empty otherwise
    std::string text;    ///< `PATH=VALUE`, `remove history[1]` or `add history[+] = history[1]`
};

/// A variant whose outcome category differs from the base's.
struct ExploreEntry {
    std::vector<ExploreChange> changes;  ///< one, or two at depth 2 (neither enough alone)
    std::string category;                ///< the variant's outcome category
    std::string recommended;             ///< the sanction recommended for it, may be empty
    bool review = false;                 ///< the variant needs a human's review
    std::string rule;  ///< the rule that makes the difference, empty when no single one does:
                       ///< raising, a finding of the new category that stands only in the
                       ///< variant; lowering, a finding of the base category that no longer does
    std::string act;   ///< that finding's act, empty for a whole-incident rule
    bool rule_added = true;  ///< true: the rule stands only in the variant; false: only in the base
};

/// The entries that reach one category.
struct ExploreGroup {
    std::string category;                                  ///< the variant outcome category
    ExploreDirection direction = ExploreDirection::Other;  ///< from the base category
    std::vector<ExploreEntry> entries;  ///< single changes first, then pairs, in search order
};

/// What explore() returns.
struct ExploreResult {
    std::string incident;                 ///< the incident's id
    std::string as_of;                    ///< the evaluations' as-of date
    OutcomeSide base;                     ///< the base outcome
    int depth = 1;                        ///< as asked
    std::size_t budget = 0;               ///< as asked
    std::size_t candidates = 0;           ///< single changes enumerated (that resolve)
    std::size_t evaluated = 0;            ///< variants evaluated
    bool exhausted = false;               ///< the budget stopped the search: results are partial
    /// Variants whose evaluation a time or work limit of `eval` stopped (EvalOptions): counted
    /// in `evaluated`, left out of `groups`. Not zero: the groups may be missing entries.
    std::size_t stopped = 0;
    std::vector<ExploreGroup> groups;     ///< ordinal categories heaviest first, then the others
                                          ///< in declaration order
    std::vector<Diagnostic> diagnostics;  ///< a bad as-of date or parameter, or no facts (then
                                          ///< nothing else); never a warning
    /// The search ran; false exactly when `diagnostics` holds an error.
    bool ok() const { return diagnostics.empty(); }
};

/// Searches the changes of `facts` that change its outcome category, as described above and in
/// docs/whatif.md. Deterministic: the same facts and options (whatever `threads`) give the same
/// result. Never throws for bad input; null `facts` is an error (E7011).
ExploreResult explore(std::shared_ptr<const Facts> facts, const ExploreOptions& options);

/// Renders an explore result: Text and Markdown in the language given, JSON (both languages
/// are the same there: only ids). Deterministic; thread-safe.
std::string render_explore(const ExploreResult& result, Format format,
                           Language language = Language::Indonesian);

}  // namespace netral
