// SPDX-License-Identifier: Apache-2.0
// The prose reasoning of a finding (see prose.hpp). It reads the condition trees only where they
// held: a value read by a condition that failed, or by a branch not taken, is not a fact the
// finding rests on.
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

/// The values read by the conditions that held, depth first, each name once.
void held_values(const std::vector<ConditionTrace>& nodes, std::vector<const ValueSeen*>& out) {
    for (const ConditionTrace& node : nodes) {
        if (node.result != Truth::True) continue;
        for (const ValueSeen& value : node.values) {
            bool seen = false;
            for (const ValueSeen* other : out) seen = seen || other->name == value.name;
            if (!seen) out.push_back(&value);
        }
        held_values(node.parts, out);
    }
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
    std::vector<const ValueSeen*> values;
    held_values(finding.conditions, values);
    if (values.empty() && pick(finding.reason, language).empty()) return {};
    // The first date the incident gives opens the paragraph; the other values are the facts.
    const ValueSeen* anchor = nullptr;
    std::vector<std::string> facts;
    for (const ValueSeen* value : values) {
        if (anchor == nullptr && from_incident(value->origin) && is_date(value->value)) {
            anchor = value;
            continue;
        }
        std::string phrase = fact_phrase(*value, language);
        if (!phrase.empty()) facts.push_back(std::move(phrase));
    }
    std::string out;
    if (anchor != nullptr) {
        out += fmt::format("{} {}, ", msg(Msg::ProseOn, language),
                           date_in_words(anchor->value, language));
    }
    out += finding.act.empty() ? std::string(msg(Msg::ProseWholeCase, language))
                               : fmt::format("{} {}", msg(Msg::ProseAct, language), finding.act);
    // A sentence opens with a capital: the connectives are written in lower case.
    if (anchor == nullptr && !out.empty() && out[0] >= 'a' && out[0] <= 'z') {
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
