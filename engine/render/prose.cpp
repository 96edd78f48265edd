// SPDX-License-Identifier: Apache-2.0
// The prose reasoning of a finding (see prose.hpp). It reads the condition trees only where they
// held: a value read by a condition that failed, or by a branch not taken, is not a fact the
// finding rests on. A derived fact's definition is the exception: the dates it compared decided
// its value whichever branch they sat in, so they are stated with it.
#include "render/prose.hpp"

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "render/catalogue.hpp"
#include "render/common.hpp"

namespace netral::rendering {

namespace {

constexpr std::array<Msg, 12> kMonths = {
    Msg::January, Msg::February, Msg::March,     Msg::April,   Msg::May,      Msg::June,
    Msg::July,    Msg::August,   Msg::September, Msg::October, Msg::November, Msg::December};

/// A calendar date split in parts; `month` and `day` are 0 when the text does not give them.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

bool digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month in 1-12; false for anything else.
bool parse_date(std::string_view text, DateParts& out) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
    if (!digits(text.substr(0, 4))) return false;
    out = DateParts{std::stoi(std::string(text.substr(0, 4))), 0, 0};
    if (text.size() >= 7) {
        if (text[4] != '-' || !digits(text.substr(5, 2))) return false;
        out.month = std::stoi(std::string(text.substr(5, 2)));
        if (out.month < 1 || out.month > 12) return false;
    }
    if (text.size() == 10) {
        if (text[7] != '-' || !digits(text.substr(8, 2))) return false;
        out.day = std::stoi(std::string(text.substr(8, 2)));
    }
    return true;
}

std::string words(const DateParts& date, Language language, bool with_year) {
    std::string out;
    if (date.day != 0) out += std::to_string(date.day) + ' ';
    if (date.month != 0) {
        out += msg(kMonths[static_cast<std::size_t>(date.month - 1)], language);
        if (with_year) out += ' ';
    }
    if (with_year || date.month == 0) out += std::to_string(date.year);
    return out;
}

bool is_date(std::string_view value) {
    DateParts parts;
    return parse_date(value, parts);
}

bool is_period(std::string_view value) {
    std::size_t dots = value.find("..");
    return dots != std::string_view::npos && is_date(value.substr(0, dots)) &&
           is_date(value.substr(dots + 2));
}

/// Where a value stands for a fact of the incident rather than of the rules.
bool from_incident(OriginKind origin) {
    switch (origin) {
        case OriginKind::Given:
        case OriginKind::Default:
        case OriginKind::Host:
        case OriginKind::Implied:
        case OriginKind::Changed:
            return true;
        case OriginKind::Absent:
        case OriginKind::Derived:
        case OriginKind::Table:
        case OriginKind::Parameter:
        case OriginKind::AsOf:
        case OriginKind::Constant:
            return false;
    }
    return false;
}

/// A fact the reasoning states, with the dates and periods of the rules it was derived from.
struct Stated {
    const ValueSeen* value = nullptr;        ///< the value read
    std::vector<const ValueSeen*> compared;  ///< dates and periods its definition compared
};

bool is_date_or_period(const ValueSeen& value) {
    return is_date(value.value) || is_period(value.value);
}

/// A derived value that says what it is: its definition's trace is the node's parts.
bool labelled_derived(const ValueSeen& value) {
    return value.origin == OriginKind::Derived && !value.what.id.empty();
}

/// Every value read in `nodes`, held or not: a derived fact's definition took one branch, and
/// the dates its conditions compared (also in the branches not taken) are what decided it.
void definition_values(const std::vector<ConditionTrace>& nodes,
                       std::vector<const ValueSeen*>& out) {
    for (const ConditionTrace& node : nodes) {
        for (const ValueSeen& value : node.values) out.push_back(&value);
        definition_values(node.parts, out);
    }
}

/// What the reasoning rests on: the values read by the conditions that held, depth first, each
/// name once, a labelled derived fact carrying the rule-set dates and periods its definition
/// compared; `direct` gets the incident's dates the conditions read themselves, `defined` those
/// the derived facts' definitions read, in the order read.
void held_values(const std::vector<ConditionTrace>& nodes, std::vector<Stated>& out,
                 std::vector<const ValueSeen*>& direct, std::vector<const ValueSeen*>& defined) {
    auto seen = [&](const ValueSeen& value) {
        for (const Stated& other : out) {
            if (other.value->name == value.name) return true;
        }
        return false;
    };
    for (const ConditionTrace& node : nodes) {
        if (node.result != Truth::True) continue;
        bool derived = false;
        for (const ValueSeen& value : node.values) {
            derived = derived || labelled_derived(value);
        }
        // The node's own values, derived ones with their inputs.
        std::vector<const ValueSeen*> inputs;
        if (derived) definition_values(node.parts, inputs);
        for (const ValueSeen& value : node.values) {
            if (from_incident(value.origin) && is_date(value.value)) direct.push_back(&value);
            if (seen(value)) continue;
            Stated stated{&value, {}};
            if (labelled_derived(value)) {
                for (const ValueSeen* input : inputs) {
                    if (from_incident(input->origin)) {
                        if (is_date(input->value)) defined.push_back(input);
                    } else if (is_date_or_period(*input) && !input->what.id.empty()) {
                        bool again = false;
                        for (const ValueSeen* other : stated.compared) {
                            again = again || other->name == input->name;
                        }
                        if (!again) stated.compared.push_back(input);
                    }
                }
            }
            out.push_back(std::move(stated));
        }
        if (!derived) held_values(node.parts, out, direct, defined);
    }
}

/// `text` with its first letter in lower case when it starts a word rather than an acronym
/// ("Inside the campaign period" → "inside …", "PNS" unchanged), to run inside a sentence.
std::string lower_first(std::string_view text) {
    std::string out(text);
    if (out.size() >= 2 && out[0] >= 'A' && out[0] <= 'Z' && out[1] >= 'a' && out[1] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
}

/// The dates and periods a derived fact compared: a period as its range in words, a date with
/// what it is ("determination day 22 September 2024").
std::vector<std::string> compared_phrases(const Stated& stated, Language language) {
    std::vector<std::string> out;
    for (const ValueSeen* input : stated.compared) {
        std::string when = date_in_words(input->value, language);
        out.push_back(is_period(input->value)
                          ? when
                          : fmt::format("{} {}", lower_first(pick(input->what, language)), when));
    }
    return out;
}

/// A circumstance for the opening clause: a derived fact said by the rule pack's phrase for its
/// value, `{}` filled with the dates and periods it compared ("after the candidates were
/// determined on 22 September 2024"); without a phrase, a true derived condition with the dates
/// it compared, as "inside the campaign period (25 September – 23 November 2024)". Empty for any
/// other value, and for a phrase with `{}` when nothing was compared (a stage the incident gave
/// outright): the value is then stated among the facts.
std::string circumstance(const Stated& stated, Language language) {
    const ValueSeen& value = *stated.value;
    if (!labelled_derived(value)) return {};
    std::vector<std::string> dates;
    for (const ValueSeen* input : stated.compared) {
        dates.push_back(date_in_words(input->value, language));
    }
    const std::string& phrase = pick(value.phrase, language);
    if (!phrase.empty()) {
        if (phrase.find("{}") == std::string::npos) return phrase;
        if (dates.empty()) return {};
        std::string filled = fmt::format("{}", fmt::join(dates, ", "));
        std::string out;
        std::size_t from = 0;
        for (std::size_t at = phrase.find("{}"); at != std::string::npos;
             at = phrase.find("{}", from)) {
            out += phrase.substr(from, at - from) + filled;
            from = at + 2;
        }
        return out + phrase.substr(from);
    }
    if (value.value != "true" || stated.compared.empty()) return {};
    return fmt::format("{} ({})", lower_first(pick(value.what, language)),
                       fmt::join(compared_phrases(stated, language), ", "));
}

/// "a, b and c".
std::string join_and(const std::vector<std::string>& items, Language language) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? fmt::format(" {} ", msg(Msg::ProseAnd, language)) : ", ";
        out += items[i];
    }
    return out;
}

/// One fact in words: "Inside the campaign period", "Status: Civil servant", "Campaign period
/// 25 September – 23 November 2024"; empty for a value without a label of what it is.
std::string fact_phrase(const ValueSeen& value, Language language) {
    const std::string& what = pick(value.what, language);
    if (what.empty() || value.origin == OriginKind::Absent || value.value.empty()) return {};
    if (value.value == "true") return what;
    if (value.value == "false") return fmt::format("{}: {}", what, yes_no(false, language));
    if (is_date(value.value) || is_period(value.value)) {
        return fmt::format("{} {}", what, date_in_words(value.value, language));
    }
    const std::string& label = pick(value.label, language);
    return fmt::format("{}: {}", what, label.empty() ? value.value : label);
}

}  // namespace

std::string date_in_words(std::string_view value, Language language) {
    DateParts date;
    if (parse_date(value, date)) return words(date, language, true);
    std::size_t dots = value.find("..");
    DateParts from;
    DateParts until;
    if (dots == std::string_view::npos || !parse_date(value.substr(0, dots), from) ||
        !parse_date(value.substr(dots + 2), until)) {
        return std::string(value);
    }
    bool same_year = from.year == until.year && from.month != 0;
    return fmt::format("{} – {}", words(from, language, !same_year), words(until, language, true));
}

std::string finding_prose(const Finding& finding, Language language) {
    std::vector<Stated> values;
    std::vector<const ValueSeen*> direct;
    std::vector<const ValueSeen*> defined;
    held_values(finding.conditions, values, direct, defined);
    if (values.empty() && pick(finding.reason, language).empty()) return {};
    // A date of the finding's own element opens the paragraph, with the circumstances derived
    // from it: one a condition read, or else one a derived fact's definition read (a stage
    // judged by the act's date); failing both, the first date a condition read. A date another
    // definition read (the decision's date, for the law in force) never opens it. The other
    // values are the facts, each derived one with the dates it compared.
    const ValueSeen* anchor = nullptr;
    std::string own = finding.binding + '.';
    for (const auto* list : {&direct, &defined}) {
        for (const ValueSeen* date : *list) {
            if (anchor == nullptr && !finding.binding.empty() && date->name.starts_with(own)) {
                anchor = date;
            }
        }
    }
    if (anchor == nullptr && !direct.empty()) anchor = direct.front();
    std::vector<std::string> circumstances;
    std::vector<std::string> facts;
    for (const Stated& stated : values) {
        const ValueSeen* value = stated.value;
        if (anchor != nullptr && value->name == anchor->name) continue;
        std::string when = circumstance(stated, language);
        if (!when.empty()) {
            circumstances.push_back(std::move(when));
            continue;
        }
        std::string phrase = fact_phrase(*value, language);
        if (phrase.empty()) continue;
        if (!stated.compared.empty()) {
            phrase += fmt::format(", {}", fmt::join(compared_phrases(stated, language), ", "));
        }
        facts.push_back(std::move(phrase));
    }
    std::string out;
    if (anchor != nullptr) {
        out += fmt::format("{} {}, ", msg(Msg::ProseOn, language),
                           date_in_words(anchor->value, language));
    }
    if (!circumstances.empty()) out += join_and(circumstances, language) + ", ";
    out += finding.act.empty() ? std::string(msg(Msg::ProseWholeCase, language))
                               : fmt::format("{} {}", msg(Msg::ProseAct, language), finding.act);
    // A sentence opens with a capital: the connectives are written in lower case.
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    if (!facts.empty()) {
        out +=
            fmt::format(" — {}: {}", msg(Msg::ProseEstablished, language), fmt::join(facts, "; "));
    }
    out += ". ";
    out +=
        msg(finding.applies == Truth::True ? Msg::ProseRuleHolds : Msg::ProseRuleMayHold, language);
    const std::string& title = pick(finding.rule.title, language);
    out += fmt::format(" “{}”", title.empty() ? finding.rule.id : title);
    const std::string& because = pick(finding.reason, language);
    if (!because.empty()) out += fmt::format(", {} {}", msg(Msg::ProseBecause, language), because);
    if (!out.ends_with('.')) out += '.';
    const std::string& level = pick(finding.level_label, language);
    std::vector<std::string> articles;
    for (const CitationRef* citation : shown_citations(finding.rule.citations)) {
        articles.push_back(citation->text);
    }
    if (!level.empty() || !articles.empty()) {
        out += fmt::format(" {} {}", msg(Msg::ProseGives, language),
                           level.empty()
                               ? (finding.sanction.empty() ? finding.category : finding.sanction)
                               : level);
        if (!articles.empty()) {
            out += fmt::format(", {} {}", msg(Msg::ProseUnder, language),
                               join_and(articles, language));
        }
        out += '.';
    }
    return out;
}

}  // namespace netral::rendering
