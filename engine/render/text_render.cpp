// SPDX-License-Identifier: Apache-2.0
// The terminal rendering of a decision for legal staff, in Indonesian or English. The answer
// comes first (category, recommended sanction and range, review, referrals, one line per
// finding); then (text_trail.cpp) each finding's reasoning, the tracks that did something with
// their steps, the referrals, defaults, parameters, notes, why-not, and the decision record.
// An empty section takes one line, "Heading: (none)", so a reader knows nothing was left out.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstddef>
#include <string>

#include "render/common.hpp"
#include "render/not_applied.hpp"
#include "render/render_decision.hpp"
#include "render/safe_text.hpp"
#include "render/text_writer.hpp"

namespace netral::rendering {

namespace text {

namespace {

/// Number of code points in UTF-8 text (for underlining headings).
std::size_t code_points(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    }
    return count;
}

}  // namespace

void Writer::line(std::size_t indent, std::string_view text) {
    out_.append(indent, ' ');
    out_ += one_line(text);
    out_ += '\n';
}

void Writer::field(std::size_t indent, Msg label, std::string_view value) {
    line(indent, fmt::format("{}: {}", word(label), value));
}

void Writer::heading(Msg key) {
    std::string title = upper_ascii(word(key));
    out_ += '\n';
    line(0, title);
    line(0, std::string(code_points(title), '-'));
}

void Writer::none(std::size_t indent) { line(indent, fmt::format("({})", word(Msg::None))); }

namespace {

void write_header(Writer& out, const Decision& decision) {
    std::string title = upper_ascii(out.word(Msg::DecisionTitle));
    out.line(0, title);
    out.line(0, std::string(code_points(title), '='));
    out.field(
        0, Msg::Incident,
        decision.incident.empty() ? std::string(out.word(Msg::NoIncidentId)) : decision.incident);
    if (!decision.source.empty()) out.field(0, Msg::IncidentFile, decision.source);
    out.field(0, Msg::AsOf, decision.as_of);
}

/// The identity of what decided: printed last, where a case file keeps its record.
void write_record(Writer& out, const Decision& decision) {
    out.heading(Msg::DecisionRecord);
    const RulesetInfo& rules = decision.ruleset;
    std::string ruleset = fmt::format("{} {}", rules.name, rules.version);
    const std::string& title_text = pick(rules.title, out.language());
    if (!title_text.empty()) ruleset += " — " + title_text;
    out.field(0, Msg::Ruleset, ruleset);
    out.field(0, Msg::Digest, rules.digest);
    out.field(0, Msg::EngineVersion, decision.engine_version);
    out.field(0, Msg::AsOf, decision.as_of);
}

/// Candidate sanctions as a numbered list, mildest first.
void write_candidates(Writer& out, std::size_t indent, const std::vector<std::string>& sanctions,
                      const std::vector<Text>& labels) {
    out.line(indent, fmt::format("{}:", out.word(Msg::CandidateSanctions)));
    if (sanctions.empty()) out.none(indent + 2);
    for (std::size_t i = 0; i < sanctions.size(); ++i) {
        Text label = i < labels.size() ? labels[i] : Text{};
        out.line(indent + 2,
                 fmt::format("{}. {}", i + 1, with_label(sanctions[i], label, out.language())));
    }
}

/// `sanction (label)` for a recommended sanction, or "(none)".
std::string recommended_text(const Writer& out, const std::string& sanction,
                             const std::vector<std::string>& sanctions,
                             const std::vector<Text>& labels) {
    if (sanction.empty()) return fmt::format("({})", out.word(Msg::None));
    const Text* label = sanction_label(sanctions, labels, sanction);
    return with_label(sanction, label != nullptr ? *label : Text{}, out.language());
}

/// The review items under the review line: what to decide and which facts would settle it.
void write_review_items(Writer& out, const Decision& decision) {
    for (const ReviewItem& item : decision.review) {
        std::string text =
            fmt::format("- [{}] {}", to_string(item.kind), pick(item.message, out.language()));
        std::string about;
        if (!item.act.empty()) about += fmt::format("{} {}", out.word(Msg::Act), item.act);
        if (!item.rule.empty()) {
            if (!about.empty()) about += ", ";
            about += fmt::format("{} {}", out.word(Msg::Rule), item.rule);
        }
        if (!about.empty()) text += " (" + about + ")";
        out.line(2, text);
        if (item.needs.empty()) continue;
        std::vector<std::string> needs;
        for (const Text& need : item.needs) needs.push_back(pick(need, out.language()));
        out.line(4, fmt::format("{}: {}", out.word(Msg::Needs), fmt::join(needs, ", ")));
    }
}

/// The referrals in the answer, one line each: a referral is never buried below the findings.
void write_referral_lines(Writer& out, const Decision& decision) {
    Language language = out.language();
    if (decision.referrals.empty()) {
        out.line(0, fmt::format("{}: ({})", out.word(Msg::Referrals), out.word(Msg::None)));
        return;
    }
    out.line(0, fmt::format("{}:", out.word(Msg::Referrals)));
    for (const Referral& referral : decision.referrals) {
        out.line(2, "- " + referral_brief(referral, language));
    }
}

/// The findings in the answer, one line each: act, what was done, the articles.
void write_finding_lines(Writer& out, const Decision& decision) {
    if (decision.findings.empty()) {
        out.line(0, fmt::format("{}: ({})", out.word(Msg::Findings), out.word(Msg::None)));
        return;
    }
    out.line(0, fmt::format("{}:", out.word(Msg::InBrief)));
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        out.line(2,
                 fmt::format("#{} {}", i + 1, finding_brief(decision.findings[i], out.language())));
    }
}

/// `track (label)` of the track that absorbs `track`'s recommendation.
std::string absorber_text(const Decision& decision, const TrackResult& track, Language language) {
    const TrackResult* by = find_track(decision, track.absorbed_by);
    return by != nullptr ? with_label(by->track, by->label, language) : track.absorbed_by;
}

/// The other tracks' recommendations a dismissal absorbs: one line each, then the reason.
void write_absorbed(Writer& out, const Decision& decision) {
    auto absorbed = absorbed_tracks(decision);
    if (absorbed.empty()) return;
    Language language = out.language();
    out.line(0, fmt::format("{}:", out.word(Msg::AbsorbedTracks)));
    for (const TrackResult* track : absorbed) {
        out.line(2,
                 fmt::format("- {}: {}; {} {}", with_label(track->track, track->label, language),
                             recommended_text(out, track->recommended, track->sanctions,
                                              track->sanction_labels),
                             out.word(Msg::AbsorbedBy), absorber_text(decision, *track, language)));
        const std::string& reason = pick(track->absorbed_reason, language);
        if (!reason.empty()) out.line(4, reason);
    }
}

/// With inexact dates: the categories possible over their days and what decides between them.
void write_possible(Writer& out, std::size_t indent, const std::vector<std::string>& ids,
                    const std::vector<Text>& labels, const Text* decides) {
    if (ids.size() < 2) return;
    std::vector<std::string> items;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        items.push_back(with_label(ids[i], i < labels.size() ? labels[i] : Text{}, out.language()));
    }
    out.field(indent, Msg::PossibleCategories, fmt::format("{}", fmt::join(items, ", ")));
    if (decides != nullptr && !decides->id.empty()) {
        out.field(indent, Msg::DecidedBy, pick(*decides, out.language()));
    }
}

/// The first screen: category, recommended sanction and the admissible range, review and why,
/// criminal referrals, and one line per finding.
void write_answer(Writer& out, const Decision& decision) {
    const Outcome& outcome = decision.outcome;
    Language language = out.language();
    out.heading(Msg::Answer);
    out.field(0, Msg::Category, with_label(outcome.category, outcome.category_label, language));
    write_possible(out, 0, outcome.possible, outcome.possible_labels, &decision.inexact.decides);
    const TrackResult* track = outcome_track(decision);
    if (track != nullptr) {
        out.field(0, Msg::Track, with_label(track->track, track->label, language));
    } else if (!outcome.track.empty()) {
        out.field(0, Msg::Track, outcome.track);
    }
    out.field(0, Msg::Recommended,
              recommended_text(out, outcome_recommended(decision), outcome.sanctions,
                               outcome.sanction_labels));
    write_candidates(out, 0, outcome.sanctions, outcome.sanction_labels);
    write_absorbed(out, decision);
    if (outcome.provisional) {
        out.field(0, Msg::ProvisionalResult, upper_ascii(yes_no(true, language)));
    }
    out.field(0, Msg::ReviewNeeded, upper_ascii(yes_no(outcome.review, language)));
    write_review_items(out, decision);
    write_referral_lines(out, decision);
    write_finding_lines(out, decision);
}

void write_step(Writer& out, std::size_t number, const TrackStep& step) {
    std::string number_text = fmt::format("{}. ", number);
    out.line(4, fmt::format("{}[{}] {}", number_text, to_string(step.kind),
                            pick(step.text, out.language())));
    std::size_t indent = 4 + number_text.size();
    write_citations(out, indent, step.citations);
    for (const ValueSeen& value : step.values) {
        out.line(indent, "• " + value_line(value, out.language()));
    }
}

/// The tracks that did something, in full; those that found nothing share one line.
void write_tracks(Writer& out, const Decision& decision, Detail detail) {
    Language language = out.language();
    out.heading(Msg::Tracks);
    if (decision.tracks.empty()) out.none(0);
    std::vector<std::string> idle;
    bool first = true;
    for (const TrackResult& track : decision.tracks) {
        if (track_is_idle(track)) {
            idle.push_back(track.track);
            continue;
        }
        if (!first) out.line(0, "");
        first = false;
        out.line(0, with_label(track.track, track.label, language));
        out.field(2, Msg::Result, with_label(track.category, track.category_label, language));
        write_possible(out, 2, track.possible, track.possible_labels, nullptr);
        if (track.provisional) {
            out.field(2, Msg::ProvisionalResult, upper_ascii(yes_no(true, language)));
        }
        if (detail == Detail::Full)
            write_candidates(out, 2, track.sanctions, track.sanction_labels);
        out.field(2, Msg::Recommended,
                  recommended_text(out, track.recommended, track.sanctions, track.sanction_labels));
        if (!track.absorbed_by.empty()) {
            out.field(2, Msg::AbsorbedBy, absorber_text(decision, track, language));
            const std::string& reason = pick(track.absorbed_reason, language);
            if (!reason.empty()) out.line(4, reason);
        }
        std::string used;
        for (std::size_t index : track.findings) {
            used += (used.empty() ? "#" : ", #") + std::to_string(index + 1);
        }
        out.field(2, Msg::FindingsUsed,
                  used.empty() ? fmt::format("({})", out.word(Msg::None)) : used);
        if (track.steps.empty()) continue;
        out.line(2, fmt::format("{}:", out.word(Msg::Steps)));
        for (std::size_t i = 0; i < track.steps.size(); ++i) write_step(out, i + 1, track.steps[i]);
    }
    if (idle.empty()) return;
    if (!first) out.line(0, "");
    out.field(0, Msg::TracksWithoutFindings, fmt::format("{}", fmt::join(idle, ", ")));
}

void write_referrals(Writer& out, const Decision& decision, Detail detail) {
    Language language = out.language();
    if (decision.referrals.empty()) return;  // the answer already says "(none)"
    out.heading(Msg::Referrals);
    for (const Referral& referral : decision.referrals) {
        std::string head = "- " + referral.citation;
        const std::string& regulation = pick(referral.regulation, language);
        if (!regulation.empty()) head += " — " + regulation;
        out.line(0, head);
        out.field(2, Msg::Act,
                  referral.act.empty() ? std::string(out.word(Msg::WholeIncident)) : referral.act);
        out.field(2, Msg::Rule, rule_line(referral.rule, language));
        if (!referral.rule.citations.empty()) {
            out.line(2, fmt::format("{}:", out.word(Msg::LegalBasis)));
            write_citations(out, 4, referral.rule.citations);
        }
        out.field(2, Msg::Applies, truth_word(referral.applies, language));
        out.field(2, Msg::Reason, pick(referral.reason, language));
        if (referral.conditions.empty() || detail == Detail::Summary) continue;
        out.line(2, fmt::format("{}:", out.word(Msg::Conditions)));
        write_conditions(out, 4, referral.conditions, false);
    }
}

/// A short section: its heading and items, or one line "Heading: (none)" when it is empty.
bool empty_section(Writer& out, Msg key, bool empty) {
    if (!empty) {
        out.heading(key);
        return false;
    }
    out.line(0, "");
    out.line(0, fmt::format("{}: ({})", out.word(key), out.word(Msg::None)));
    return true;
}

void write_defaults_params_notes(Writer& out, const Decision& decision) {
    if (!empty_section(out, Msg::DefaultsUsed, decision.defaults.empty())) {
        for (const DefaultUsed& used : decision.defaults) {
            std::string text = fmt::format("- {} = {}", used.fact, used.value);
            std::string where = place(used.declared, Precision::Line);
            if (!where.empty()) text += fmt::format(" ({} {})", out.word(Msg::DeclaredAt), where);
            out.line(0, text);
        }
    }
    if (!empty_section(out, Msg::Params, decision.params.empty())) {
        for (const ParamUsed& param : decision.params) {
            std::string text =
                fmt::format("- {} = {} ({})", param.name, param.value,
                            out.word(param.chosen ? Msg::ParamChosen : Msg::ParamDefault));
            if (!param.status.empty()) {
                text += fmt::format(" · {}: {}", out.word(Msg::Status), param.status);
            }
            out.line(0, text);
        }
    }
    if (!empty_section(out, Msg::Notes, decision.notes.empty())) {
        for (const std::string& note : decision.notes) out.line(0, "- " + note);
    }
}

}  // namespace

}  // namespace text

std::string to_text(const Decision& decision, Language language, Detail detail) {
    text::Writer out(language);
    text::write_header(out, decision);
    text::write_answer(out, decision);
    text::write_findings(out, decision, detail);
    text::write_tracks(out, decision, detail);
    text::write_referrals(out, decision, detail);
    text::write_defaults_params_notes(out, decision);
    if (!decision.why_not_target.empty()) text::write_why_not(out, decision);
    // Only a decision made with EvalOptions::examine_all holds the rules that did not apply.
    bool examined = decision.why_not_target.empty() && !decision.why_not.empty();
    if (examined && detail == Detail::Full) write_not_applied(out, decision);
    text::write_record(out, decision);
    return out.take();
}

}  // namespace netral::rendering
