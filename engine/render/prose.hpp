// SPDX-License-Identifier: Apache-2.0
// A finding's reasoning as a paragraph of prose, in Indonesian or English, for the text, Markdown
// and HTML renderings. The legal words all come from the decision, that is from the rule pack:
// the labels of the facts read and of their values, the rule's title and `because` text, the
// level's label and the citations. The engine adds only connectives and month names
// (catalogue.hpp), so the paragraph stays free of any domain's vocabulary.
#pragma once

#include <string>
#include <string_view>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"

namespace netral::rendering {

/// `2024-10-03` as "3 Oktober 2024" / "3 October 2024", `2024-10` as "Oktober 2024"; a period
/// `2024-09-25..2024-11-23` as "25 September – 23 November 2024". Any other text is returned
/// as it is.
std::string date_in_words(std::string_view value, Language language);

/// The reasoning of `finding`: the date of the act with the circumstances derived from it (a
/// true labelled derived fact with the periods it compared: "inside the campaign period
/// (25 September – 23 November 2024)"), the facts established (each held condition's labelled
/// values, in the order the rule reads them, a derived one with the dates it compared), the rule
/// that therefore applies with its `because` text, and the level with the articles it rests on. Plain text on one line (the
/// caller escapes it). Empty for a finding without a trail (EvalOptions::describe false).
std::string finding_prose(const Finding& finding, Language language);

}  // namespace netral::rendering
