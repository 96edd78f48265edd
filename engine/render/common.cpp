// SPDX-License-Identifier: Apache-2.0
// Shared wording of the text and Markdown renderings (see common.hpp).
#include "render/common.hpp"

namespace netral::rendering {

const std::string& pick(const Text& text, Language language) {
    if (language == Language::English && !text.en.empty()) return text.en;
    return text.id;
}

std::string place(const Location& location, Precision precision) {
    if (location.file.empty()) return {};
    std::string out = location.file;
    if (location.line == 0) return out;
    out += ':' + std::to_string(location.line);
    if (precision == Precision::Column && location.column != 0) {
        out += ':' + std::to_string(location.column);
    }
    return out;
}

std::string_view truth_mark(Truth truth) {
    switch (truth) {
        case Truth::True:
            return "✓";
        case Truth::False:
            return "✗";
        case Truth::Unknown:
            return "?";
    }
    return "?";
}

std::string_view truth_word(Truth truth, Language language) {
    switch (truth) {
        case Truth::True:
            return msg(Msg::Yes, language);
        case Truth::False:
            return msg(Msg::No, language);
        case Truth::Unknown:
            return msg(Msg::Unknown, language);
    }
    return msg(Msg::Unknown, language);
}

std::string_view yes_no(bool value, Language language) {
    return msg(value ? Msg::Yes : Msg::No, language);
}

std::string with_label(const std::string& value, const Text& label, Language language) {
    const std::string& text = pick(label, language);
    if (text.empty() || text == value) return value;
    return value + " (" + text + ")";
}

namespace {

Msg origin_key(OriginKind kind) {
    switch (kind) {
        case OriginKind::Given:
            return Msg::OriginGiven;
        case OriginKind::Default:
            return Msg::OriginDefault;
        case OriginKind::Absent:
            return Msg::OriginAbsent;
        case OriginKind::Host:
            return Msg::OriginHost;
        case OriginKind::Implied:
            return Msg::OriginImplied;
        case OriginKind::Derived:
            return Msg::OriginDerived;
        case OriginKind::Table:
            return Msg::OriginTable;
        case OriginKind::Parameter:
            return Msg::OriginParameter;
        case OriginKind::AsOf:
            return Msg::OriginAsOf;
        case OriginKind::Constant:
            return Msg::OriginConstant;
        case OriginKind::Changed:
            return Msg::OriginChanged;
    }
    return Msg::OriginGiven;
}

}  // namespace

OriginParts origin_parts(const ValueSeen& value, Language language) {
    OriginParts out{
        std::string(msg(origin_key(value.origin), language)), {}, pick(value.detail, language)};
    switch (value.origin) {
        case OriginKind::Given:
        case OriginKind::Changed:
            out.where = place(value.location, Precision::Column);
            break;
        case OriginKind::Absent:
            out.where = place(value.location, Precision::Column);
            if (!out.where.empty()) out.words += ", " + std::string(msg(Msg::InMapAt, language));
            break;
        case OriginKind::Default:
        case OriginKind::Derived:
        case OriginKind::Table:
        case OriginKind::Parameter:
        case OriginKind::Constant:
            out.where = place(value.location, Precision::Line);
            if (!out.where.empty()) {
                out.words += ", " + std::string(msg(Msg::DeclaredAt, language));
            }
            break;
        case OriginKind::Host:
        case OriginKind::Implied:
        case OriginKind::AsOf:
            break;
    }
    return out;
}

std::string origin_phrase(const ValueSeen& value, Language language) {
    OriginParts parts = origin_parts(value, language);
    std::string out = parts.words;
    if (!parts.where.empty()) out += ' ' + parts.where;
    if (!parts.detail.empty()) out += "; " + parts.detail;
    return out;
}

std::string relation_phrase(RelationKind kind, Language language) {
    switch (kind) {
        case RelationKind::Exception:
            return std::string(msg(Msg::RelationException, language));
        case RelationKind::Prevails:
            return std::string(msg(Msg::RelationPrevails, language));
    }
    return std::string(to_string(kind));
}

const Text* sanction_label(const std::vector<std::string>& sanctions,
                           const std::vector<Text>& labels, const std::string& sanction) {
    for (std::size_t i = 0; i < sanctions.size() && i < labels.size(); ++i) {
        if (sanctions[i] == sanction) return &labels[i];
    }
    return nullptr;
}

const TrackResult* outcome_track(const Decision& decision) {
    if (decision.outcome.track.empty()) return nullptr;
    for (const TrackResult& track : decision.tracks) {
        if (track.track == decision.outcome.track) return &track;
    }
    return nullptr;
}

std::string outcome_recommended(const Decision& decision) {
    const TrackResult* track = outcome_track(decision);
    if (track == nullptr || track->category != decision.outcome.category) return {};
    return track->recommended;
}

const TrackResult* find_track(const Decision& decision, const std::string& name) {
    for (const TrackResult& track : decision.tracks) {
        if (track.track == name) return &track;
    }
    return nullptr;
}

std::vector<const TrackResult*> absorbed_tracks(const Decision& decision) {
    std::vector<const TrackResult*> out;
    for (const TrackResult& track : decision.tracks) {
        if (!track.absorbed_by.empty()) out.push_back(&track);
    }
    return out;
}

bool track_is_idle(const TrackResult& track) {
    return track.findings.empty() && track.steps.empty() && !track.provisional &&
           track.possible.empty();
}

std::vector<const CitationRef*> shown_citations(const std::vector<CitationRef>& citations) {
    // Only what is in force on the date that matters. A list with nothing in force is shown
    // whole, marked: the rule applies those provisions itself (a transitional rule, or a
    // reading the pack keeps for review), and hiding them would leave a finding without basis.
    std::vector<const CitationRef*> out;
    out.reserve(citations.size());
    for (const CitationRef& citation : citations) {
        if (citation.in_force) out.push_back(&citation);
    }
    if (!out.empty()) return out;
    for (const CitationRef& citation : citations) out.push_back(&citation);
    return out;
}

namespace {

/// The citations as one run: "PP 94/2021 Pasal 5 huruf n angka 6; UU 10/2016 Pasal 73 ayat (4)".
std::string citation_run(const std::vector<CitationRef>& citations) {
    std::string out;
    for (const CitationRef* citation : shown_citations(citations)) {
        if (!out.empty()) out += "; ";
        out += citation->text;
    }
    return out;
}

}  // namespace

std::string finding_brief(const Finding& finding, Language language) {
    std::string out =
        finding.act.empty() ? std::string(msg(Msg::WholeIncident, language)) : finding.act;
    const std::string& title = pick(finding.rule.title, language);
    out += " — " + (title.empty() ? finding.rule.id : title);
    const std::string& level = finding.sanction.empty() ? finding.category : finding.sanction;
    const std::string& level_text = pick(finding.level_label, language);
    out += ": " + (level_text.empty() ? level : level_text);
    std::string articles = citation_run(finding.rule.citations);
    if (!articles.empty()) out += " — " + articles;
    if (finding.applies == Truth::Unknown) {
        out += " [" + std::string(msg(Msg::Applies, language)) + ": " +
               std::string(truth_word(finding.applies, language)) + "]";
    }
    if (!finding.holds_on.empty()) {
        out += " [" + std::string(msg(Msg::HoldsOn, language)) + " ";
        for (std::size_t i = 0; i < finding.holds_on.size(); ++i) {
            out += (i == 0 ? "" : ", ") + finding.holds_on[i];
        }
        out += "]";
    }
    if (finding.displaced) out += " [" + std::string(msg(Msg::Displaced, language)) + "]";
    if (!finding.provisional.empty()) {
        out += " [" + std::string(msg(Msg::Provisional, language)) + "]";
    }
    return out;
}

std::string referral_brief(const Referral& referral, Language language) {
    std::string out = referral.citation;
    const std::string& regulation = pick(referral.regulation, language);
    if (!regulation.empty()) out += " — " + regulation;
    out += " (" + std::string(msg(Msg::Act, language)) + " " +
           (referral.act.empty() ? std::string(msg(Msg::WholeIncident, language)) : referral.act);
    if (referral.applies != Truth::True) {
        out += "; " + std::string(msg(Msg::Applies, language)) + ": " +
               std::string(truth_word(referral.applies, language));
    }
    return out + ")";
}

}  // namespace netral::rendering
