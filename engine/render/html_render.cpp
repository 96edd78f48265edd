// SPDX-License-Identifier: Apache-2.0
// The HTML rendering of a decision: one standalone, printable document with the same content in
// the same order as the Markdown report (markdown_render.cpp) — the answer first, then
// (html_trail.cpp) each finding's reasoning, the tracks with their steps, the referrals,
// defaults, parameters, notes, why-not and the decision record, which also runs in the footer
// of every printed page. An empty section takes one line, "Heading: (none)".
#include <fmt/format.h>

#include <cstddef>
#include <string>

#include "render/common.hpp"
#include "render/html_writer.hpp"
#include "render/not_applied.hpp"
#include "render/render_decision.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace html {

namespace {

void write_header(Writer& out, const Decision& decision) {
    std::string title = out.text(Msg::DecisionTitle);
    if (!decision.incident.empty()) title += ": " + code(decision.incident);
    out.heading(1, title);
    if (!decision.source.empty()) out.field(0, Msg::IncidentFile, code(decision.source));
    out.field(0, Msg::AsOf, escape(decision.as_of));
}

/// The record's rule set line: `name` version — title.
std::string ruleset_line(const Decision& decision, Language language) {
    const RulesetInfo& rules = decision.ruleset;
    std::string out = code(rules.name) + ' ' + escape(rules.version);
    const std::string& title = pick(rules.title, language);
    if (!title.empty()) out += " — " + escape(title);
    return out;
}

/// The identity of what decided, last, where a case file keeps its record.
void write_record(Writer& out, const Decision& decision) {
    out.open_section("keep");
    out.heading(2, out.text(Msg::DecisionRecord));
    out.field(0, Msg::Ruleset, ruleset_line(decision, out.language()));
    out.field(0, Msg::Digest, code(decision.ruleset.digest));
    out.field(0, Msg::EngineVersion, escape(decision.engine_version));
    out.field(0, Msg::AsOf, escape(decision.as_of));
    out.close_section();
}

/// The record on two short lines for the running footer: the incident, rule set, engine and
/// as-of date, then the digest (the longest part) on its own.
std::string footer_record(const Writer& out, const Decision& decision) {
    const RulesetInfo& rules = decision.ruleset;
    std::string first;
    if (!decision.incident.empty()) first += code(decision.incident) + " · ";
    first +=
        fmt::format("{}: {} {} · {}: {} · {}: {}", out.text(Msg::Ruleset), escape(rules.name),
                    escape(rules.version), out.text(Msg::EngineVersion),
                    escape(decision.engine_version), out.text(Msg::AsOf), escape(decision.as_of));
    return fmt::format("{}<br>{}: {}", first, out.text(Msg::Digest), code(rules.digest));
}

/// The recommended sanction with its label, or "(none)".
std::string recommended_cell(const Writer& out, const std::string& sanction,
                             const std::vector<std::string>& sanctions,
                             const std::vector<Text>& labels) {
    if (sanction.empty()) return none_text(out);
    const Text* label = sanction_label(sanctions, labels, sanction);
    return labelled(sanction, label != nullptr ? *label : Text{}, out.language());
}

/// The review items below the review line, as a nested list.
void write_review_items(Writer& out, const Decision& decision) {
    for (const ReviewItem& item : decision.review) {
        std::string text = fmt::format("{} {}", strong("[" + escape(to_string(item.kind)) + "]"),
                                       escape(pick(item.message, out.language())));
        std::string about;
        if (!item.act.empty()) about += fmt::format("{} {}", out.text(Msg::Act), code(item.act));
        if (!item.rule.empty()) {
            if (!about.empty()) about += ", ";
            about += fmt::format("{} {}", out.text(Msg::Rule), code(item.rule));
        }
        if (!about.empty()) text += " (" + about + ")";
        out.item(1, text);
        if (item.needs.empty()) continue;
        std::string needs;
        for (const Text& need : item.needs) {
            needs += (needs.empty() ? "" : ", ") + code(pick(need, out.language()));
        }
        out.item(2, fmt::format("{}: {}", out.text(Msg::Needs), needs));
    }
}

/// `track` label of the track that absorbs `track`'s recommendation.
std::string absorber_cell(const Decision& decision, const TrackResult& track, Language language) {
    const TrackResult* by = find_track(decision, track.absorbed_by);
    return by != nullptr ? labelled(by->track, by->label, language) : code(track.absorbed_by);
}

/// The other tracks' recommendations a dismissal absorbs: one item each, with the reason.
void write_absorbed(Writer& out, const Decision& decision) {
    auto absorbed = absorbed_tracks(decision);
    if (absorbed.empty()) return;
    Language language = out.language();
    out.field(0, Msg::AbsorbedTracks, "");
    for (const TrackResult* track : absorbed) {
        out.item(1, fmt::format("{}: {}; {} {}", labelled(track->track, track->label, language),
                                recommended_cell(out, track->recommended, track->sanctions,
                                                 track->sanction_labels),
                                strong(out.text(Msg::AbsorbedBy)),
                                absorber_cell(decision, *track, language)));
        const std::string& reason = pick(track->absorbed_reason, language);
        if (!reason.empty()) out.item(2, escape(reason));
    }
}

/// With inexact dates: the categories possible over their days and what decides between them.
void write_possible(Writer& out, const Outcome& outcome, const Text& decides) {
    if (outcome.possible.size() < 2) return;
    std::string items;
    for (std::size_t i = 0; i < outcome.possible.size(); ++i) {
        Text label = i < outcome.possible_labels.size() ? outcome.possible_labels[i] : Text{};
        items += (items.empty() ? "" : ", ") + labelled(outcome.possible[i], label, out.language());
    }
    out.field(0, Msg::PossibleCategories, items);
    if (!decides.id.empty()) out.field(0, Msg::DecidedBy, escape(pick(decides, out.language())));
}

/// The first screen: category, recommended sanction and the admissible range, review and why,
/// criminal referrals, and one line per finding.
void write_answer(Writer& out, const Decision& decision) {
    const Outcome& outcome = decision.outcome;
    Language language = out.language();
    out.heading(2, out.text(Msg::Answer));
    out.field(0, Msg::Category, labelled(outcome.category, outcome.category_label, language));
    write_possible(out, outcome, decision.inexact.decides);
    const TrackResult* track = outcome_track(decision);
    if (track != nullptr) {
        out.field(0, Msg::Track, labelled(track->track, track->label, language));
    } else if (!outcome.track.empty()) {
        out.field(0, Msg::Track, code(outcome.track));
    }
    out.field(0, Msg::Recommended,
              recommended_cell(out, outcome_recommended(decision), outcome.sanctions,
                               outcome.sanction_labels));
    out.field(0, Msg::CandidateSanctions, outcome.sanctions.empty() ? none_text(out) : "");
    for (std::size_t i = 0; i < outcome.sanctions.size(); ++i) {
        Text label = i < outcome.sanction_labels.size() ? outcome.sanction_labels[i] : Text{};
        out.item(1, labelled(outcome.sanctions[i], label, language), true);
    }
    write_absorbed(out, decision);
    if (outcome.provisional) {
        out.field(0, Msg::ProvisionalResult, strong(escape(upper_ascii(yes_no(true, language)))));
    }
    out.field(0, Msg::ReviewNeeded, strong(escape(upper_ascii(yes_no(outcome.review, language)))));
    write_review_items(out, decision);
    out.field(0, Msg::Referrals, decision.referrals.empty() ? none_text(out) : "");
    for (const Referral& referral : decision.referrals) {
        out.item(1, escape(referral_brief(referral, language)));
    }
    out.field(0, decision.findings.empty() ? Msg::Findings : Msg::InBrief,
              decision.findings.empty() ? none_text(out) : "");
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        out.item(
            1, fmt::format("#{} {}", i + 1, escape(finding_brief(decision.findings[i], language))));
    }
}

void write_steps(Writer& out, const TrackResult& track) {
    Language language = out.language();
    out.heading(3, fmt::format("{}: {}", out.text(Msg::Steps),
                               labelled(track.track, track.label, language)));
    for (const TrackStep& step : track.steps) {
        out.item(0,
                 fmt::format("{} {}", strong("[" + escape(to_string(step.kind)) + "]"),
                             escape(pick(step.text, language))),
                 true);
        for (const CitationRef* citation : shown_citations(step.citations)) {
            out.item(1, citation_item(*citation, language));
        }
        for (const ValueSeen& value : step.values) out.item(1, value_item(value, language));
    }
}

/// The tracks that did something, as one table with each one's steps below it; those that
/// found nothing share one line.
void write_tracks(Writer& out, const Decision& decision) {
    Language language = out.language();
    out.heading(2, out.text(Msg::Tracks));
    if (decision.tracks.empty()) {
        out.none();
        return;
    }
    std::vector<std::vector<std::string>> rows;
    std::string idle;
    for (const TrackResult& track : decision.tracks) {
        if (track_is_idle(track)) {
            idle += (idle.empty() ? "" : ", ") + code(track.track);
            continue;
        }
        std::string used;
        for (std::size_t index : track.findings) {
            used += (used.empty() ? "#" : ", #") + std::to_string(index + 1);
        }
        std::string result = labelled(track.category, track.category_label, language);
        if (track.provisional) result += fmt::format(" ({})", strong(out.text(Msg::Provisional)));
        if (track.possible.size() > 1) {
            std::string ids;
            for (const std::string& id : track.possible) ids += (ids.empty() ? "" : ", ") + code(id);
            result += fmt::format(" ({}: {})", out.text(Msg::PossibleCategories), ids);
        }
        std::string recommended =
            recommended_cell(out, track.recommended, track.sanctions, track.sanction_labels);
        if (!track.absorbed_by.empty()) {
            recommended += fmt::format(" ({} {})", strong(out.text(Msg::AbsorbedBy)),
                                       absorber_cell(decision, track, language));
        }
        rows.push_back({labelled(track.track, track.label, language), result, recommended,
                        used.empty() ? none_text(out) : used});
    }
    if (!rows.empty()) {
        out.table({out.text(Msg::Track), out.text(Msg::Result), out.text(Msg::Recommended),
                   out.text(Msg::FindingsUsed)},
                  rows);
    }
    if (!idle.empty()) {
        out.paragraph(
            fmt::format("{} {}", strong(out.text(Msg::TracksWithoutFindings) + ":"), idle));
    }
    for (const TrackResult& track : decision.tracks) {
        if (!track.steps.empty()) write_steps(out, track);
    }
}

void write_referrals(Writer& out, const Decision& decision, Detail detail) {
    Language language = out.language();
    if (decision.referrals.empty()) return;  // the answer already says "(none)"
    out.heading(2, out.text(Msg::Referrals));
    for (const Referral& referral : decision.referrals) {
        std::string head = strong(escape(referral.citation));
        const std::string& regulation = pick(referral.regulation, language);
        if (!regulation.empty()) head += " — " + escape(regulation);
        out.item(0, head);
        out.field(1, Msg::Act,
                  referral.act.empty() ? out.text(Msg::WholeIncident) : code(referral.act));
        out.field(1, Msg::Rule, rule_ref(referral.rule, language));
        if (!referral.rule.citations.empty()) {
            out.field(1, Msg::LegalBasis, "");
            for (const CitationRef* citation : shown_citations(referral.rule.citations)) {
                out.item(2, citation_item(*citation, language));
            }
        }
        out.field(1, Msg::Applies, escape(truth_word(referral.applies, language)));
        out.field(1, Msg::Reason, escape(pick(referral.reason, language)));
        if (referral.conditions.empty() || detail == Detail::Summary) continue;
        out.field(1, Msg::Conditions, "");
        write_conditions(out, 2, referral.conditions, false);
    }
}

/// A short section's heading, or, when it is empty, one paragraph "Heading: (none)".
bool empty_section(Writer& out, Msg key, bool empty) {
    if (!empty) {
        out.heading(2, out.text(key));
        return false;
    }
    out.paragraph(fmt::format("{} {}", strong(out.text(key) + ":"), none_text(out)));
    return true;
}

void write_defaults_params_notes(Writer& out, const Decision& decision) {
    if (!empty_section(out, Msg::DefaultsUsed, decision.defaults.empty())) {
        std::vector<std::vector<std::string>> rows;
        for (const DefaultUsed& used : decision.defaults) {
            std::string where = place(used.declared, Precision::Line);
            rows.push_back(
                {code(used.fact), code(used.value), where.empty() ? none_text(out) : code(where)});
        }
        std::string declared(out.word(Msg::DeclaredAt));
        if (!declared.empty() && declared[0] >= 'a' && declared[0] <= 'z') declared[0] -= 32;
        out.table({out.text(Msg::Fact), out.text(Msg::Value), escape(declared)}, rows);
    }
    if (!empty_section(out, Msg::Params, decision.params.empty())) {
        std::vector<std::vector<std::string>> rows;
        for (const ParamUsed& param : decision.params) {
            std::string how = out.text(param.chosen ? Msg::ParamChosen : Msg::ParamDefault);
            if (!param.status.empty()) how += " · " + code(param.status);
            rows.push_back({code(param.name), code(param.value), how});
        }
        out.table({out.text(Msg::Params), out.text(Msg::Value), out.text(Msg::Status)}, rows);
    }
    if (!empty_section(out, Msg::Notes, decision.notes.empty())) {
        for (const std::string& note : decision.notes) out.item(0, escape(note));
    }
}

}  // namespace

}  // namespace html

std::string to_html(const Decision& decision, Language language, Detail detail) {
    html::Writer out(language);
    html::write_header(out, decision);
    html::write_answer(out, decision);
    html::write_findings(out, decision, detail);
    html::write_tracks(out, decision);
    html::write_referrals(out, decision, detail);
    html::write_defaults_params_notes(out, decision);
    if (!decision.why_not_target.empty()) html::write_why_not(out, decision);
    // Only a decision made with EvalOptions::examine_all holds the rules that did not apply.
    bool examined = decision.why_not_target.empty() && !decision.why_not.empty();
    if (examined && detail == Detail::Full) write_not_applied(out, decision);
    html::write_record(out, decision);
    std::string title = html::escape(msg(Msg::DecisionTitle, language));
    if (!decision.incident.empty()) title += ": " + html::escape(decision.incident);
    std::string record = html::footer_record(out, decision);
    return html::document(language, title, record, out.take());
}

}  // namespace netral::rendering
