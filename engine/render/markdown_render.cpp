// SPDX-License-Identifier: Apache-2.0
// The Markdown rendering of a decision for a case file, in Indonesian or English: the answer
// first as a list (category, recommended sanction and range, review, referrals, one line per
// finding), then (markdown_trail.cpp) each finding's reasoning, the tracks that did something
// as one narrow table with their steps, the referrals, defaults, parameters, notes, why-not and
// the decision record. An empty section takes one line, "**Heading:** *(none)*".
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstddef>
#include <iterator>
#include <string>

#include "render/common.hpp"
#include "render/markdown_writer.hpp"
#include "render/not_applied.hpp"
#include "render/render_decision.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace markdown {

std::string Writer::text(Msg key) const { return md_escape(word(key)); }

void Writer::line(std::string_view line) {
    out_ += line;
    out_ += '\n';
}

void Writer::heading(int level, std::string_view title) {
    bool blank_before = out_.empty() || out_.ends_with("\n\n");
    if (!blank_before) out_ += '\n';
    fmt::format_to(std::back_inserter(out_), "{:#<{}} {}\n\n", "", level, title);
}

void Writer::bullet(std::size_t depth, std::string_view text) {
    fmt::format_to(std::back_inserter(out_), "{:{}}- {}\n", "", depth * 2, text);
}

void Writer::field(std::size_t depth, Msg label, std::string_view value) {
    std::string item = fmt::format("**{}:**", text(label));
    if (!value.empty()) item += fmt::format(" {}", value);
    bullet(depth, item);
}

void Writer::table(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows) {
    auto row = [&](const std::vector<std::string>& cells) {
        fmt::format_to(std::back_inserter(out_), "| {} |\n", fmt::join(cells, " | "));
    };
    row(header);
    out_ += '|';
    for (std::size_t i = 0; i < header.size(); ++i) out_ += "---|";
    out_ += '\n';
    for (const auto& cells : rows) row(cells);
    out_ += '\n';
}

void Writer::none() { line(fmt::format("*({})*", text(Msg::None))); }

std::string labelled(const std::string& id, const Text& label, Language language, bool in_table) {
    std::string out = md_code(id, in_table);
    const std::string& text = pick(label, language);
    if (!text.empty() && text != id) out += " — " + md_escape(text);
    return out;
}

namespace {

std::string none_text(const Writer& out) { return fmt::format("*({})*", out.text(Msg::None)); }

void write_header(Writer& out, const Decision& decision) {
    std::string title = md_escape(out.word(Msg::DecisionTitle));
    if (!decision.incident.empty()) title += ": " + md_code(decision.incident);
    out.line("# " + title);
    out.line("");
    if (!decision.source.empty()) {
        out.bullet(
            0, fmt::format("**{}:** {}", out.text(Msg::IncidentFile), md_code(decision.source)));
    }
    out.bullet(0, fmt::format("**{}:** {}", out.text(Msg::AsOf), md_escape(decision.as_of)));
}

/// The identity of what decided, last, where a case file keeps its record.
void write_record(Writer& out, const Decision& decision) {
    Language language = out.language();
    out.heading(2, out.text(Msg::DecisionRecord));
    const RulesetInfo& rules = decision.ruleset;
    std::string ruleset = md_code(rules.name) + ' ' + md_escape(rules.version);
    const std::string& rules_title = pick(rules.title, language);
    if (!rules_title.empty()) ruleset += " — " + md_escape(rules_title);
    out.field(0, Msg::Ruleset, ruleset);
    out.field(0, Msg::Digest, md_code(rules.digest));
    out.field(0, Msg::EngineVersion, md_escape(decision.engine_version));
    out.field(0, Msg::AsOf, md_escape(decision.as_of));
}

/// The recommended sanction with its label, or "(none)".
std::string recommended_cell(const Writer& out, const std::string& sanction,
                             const std::vector<std::string>& sanctions,
                             const std::vector<Text>& labels) {
    if (sanction.empty()) return none_text(out);
    const Text* label = sanction_label(sanctions, labels, sanction);
    return labelled(sanction, label != nullptr ? *label : Text{}, out.language(), true);
}

/// The review items below the review line, as a nested list.
void write_review_items(Writer& out, const Decision& decision) {
    for (const ReviewItem& item : decision.review) {
        std::string text = fmt::format("**[{}]** {}", md_escape(to_string(item.kind)),
                                       md_escape(pick(item.message, out.language())));
        std::string about;
        if (!item.act.empty()) about += fmt::format("{} {}", out.text(Msg::Act), md_code(item.act));
        if (!item.rule.empty()) {
            if (!about.empty()) about += ", ";
            about += fmt::format("{} {}", out.text(Msg::Rule), md_code(item.rule));
        }
        if (!about.empty()) text += " (" + about + ")";
        out.bullet(1, text);
        if (item.needs.empty()) continue;
        std::vector<std::string> needs;
        for (const Text& need : item.needs) needs.push_back(md_code(pick(need, out.language())));
        out.bullet(2, fmt::format("{}: {}", out.text(Msg::Needs), fmt::join(needs, ", ")));
    }
}

/// `track` label of the track that absorbs `track`'s recommendation, as Markdown.
std::string absorber_cell(const Decision& decision, const TrackResult& track, Language language) {
    const TrackResult* by = find_track(decision, track.absorbed_by);
    return by != nullptr ? labelled(by->track, by->label, language) : md_code(track.absorbed_by);
}

/// The other tracks' recommendations a dismissal absorbs: one item each, with the reason.
void write_absorbed(Writer& out, const Decision& decision) {
    auto absorbed = absorbed_tracks(decision);
    if (absorbed.empty()) return;
    Language language = out.language();
    out.field(0, Msg::AbsorbedTracks, "");
    for (const TrackResult* track : absorbed) {
        out.bullet(
            1, fmt::format("{}: {}; **{}** {}", labelled(track->track, track->label, language),
                           recommended_cell(out, track->recommended, track->sanctions,
                                            track->sanction_labels),
                           out.text(Msg::AbsorbedBy), absorber_cell(decision, *track, language)));
        const std::string& reason = pick(track->absorbed_reason, language);
        if (!reason.empty()) out.bullet(2, md_escape(reason));
    }
}

/// With inexact dates: the categories possible over their days and what decides between them.
void write_possible(Writer& out, const Outcome& outcome, const Text& decides) {
    if (outcome.possible.size() < 2) return;
    std::vector<std::string> items;
    for (std::size_t i = 0; i < outcome.possible.size(); ++i) {
        Text label = i < outcome.possible_labels.size() ? outcome.possible_labels[i] : Text{};
        items.push_back(labelled(outcome.possible[i], label, out.language(), false));
    }
    out.field(0, Msg::PossibleCategories, fmt::format("{}", fmt::join(items, ", ")));
    if (!decides.id.empty()) {
        out.field(0, Msg::DecidedBy, md_escape(pick(decides, out.language())));
    }
}

/// The first screen: category, recommended sanction and the admissible range, review and why,
/// criminal referrals, and one line per finding. A list, not a table: it never runs off a page.
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
        out.field(0, Msg::Track, md_code(outcome.track));
    }
    out.field(0, Msg::Recommended,
              recommended_cell(out, outcome_recommended(decision), outcome.sanctions,
                               outcome.sanction_labels));
    out.field(0, Msg::CandidateSanctions, outcome.sanctions.empty() ? none_text(out) : "");
    for (std::size_t i = 0; i < outcome.sanctions.size(); ++i) {
        Text label = i < outcome.sanction_labels.size() ? outcome.sanction_labels[i] : Text{};
        out.line(fmt::format("  {}. {}", i + 1, labelled(outcome.sanctions[i], label, language)));
    }
    write_absorbed(out, decision);
    if (outcome.provisional) {
        out.field(0, Msg::ProvisionalResult,
                  fmt::format("**{}**", md_escape(upper_ascii(yes_no(true, language)))));
    }
    out.field(0, Msg::ReviewNeeded,
              fmt::format("**{}**", md_escape(upper_ascii(yes_no(outcome.review, language)))));
    write_review_items(out, decision);
    out.field(0, Msg::Referrals, decision.referrals.empty() ? none_text(out) : "");
    for (const Referral& referral : decision.referrals) {
        out.bullet(1, md_escape(referral_brief(referral, language)));
    }
    out.field(0, decision.findings.empty() ? Msg::Findings : Msg::InBrief,
              decision.findings.empty() ? none_text(out) : "");
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        out.bullet(1, fmt::format("#{} {}", i + 1,
                                  md_escape(finding_brief(decision.findings[i], language))));
    }
}

void write_steps(Writer& out, const TrackResult& track) {
    Language language = out.language();
    out.heading(3, fmt::format("{}: {}", out.text(Msg::Steps),
                               labelled(track.track, track.label, language)));
    for (std::size_t i = 0; i < track.steps.size(); ++i) {
        const TrackStep& step = track.steps[i];
        std::string number = fmt::format("{}. ", i + 1);
        std::string indent(number.size(), ' ');
        out.line(fmt::format("{}**[{}]** {}", number, md_escape(to_string(step.kind)),
                             md_escape(pick(step.text, language))));
        for (const CitationRef* citation : shown_citations(step.citations)) {
            out.line(indent + "- " + citation_item(*citation, language));
        }
        for (const ValueSeen& value : step.values) {
            out.line(indent + "- " + value_item(value, language));
        }
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
    std::vector<std::string> idle;
    for (const TrackResult& track : decision.tracks) {
        if (track_is_idle(track)) {
            idle.push_back(md_code(track.track));
            continue;
        }
        std::string used;
        for (std::size_t index : track.findings) {
            used += (used.empty() ? "#" : ", #") + std::to_string(index + 1);
        }
        std::string result = labelled(track.category, track.category_label, language, true);
        if (track.provisional) result += fmt::format(" (**{}**)", out.text(Msg::Provisional));
        std::string recommended =
            recommended_cell(out, track.recommended, track.sanctions, track.sanction_labels);
        if (!track.absorbed_by.empty()) {
            const TrackResult* by = find_track(decision, track.absorbed_by);
            recommended +=
                fmt::format(" (**{}** {})", out.text(Msg::AbsorbedBy),
                            by != nullptr ? labelled(by->track, by->label, language, true)
                                          : md_code(track.absorbed_by));
        }
        if (track.possible.size() > 1) {
            std::vector<std::string> ids;
            for (const std::string& id : track.possible) ids.push_back(md_code(id, true));
            result +=
                fmt::format(" ({}: {})", out.text(Msg::PossibleCategories), fmt::join(ids, ", "));
        }
        rows.push_back({labelled(track.track, track.label, language, true), result, recommended,
                        used.empty() ? none_text(out) : used});
    }
    if (!rows.empty()) {
        out.table({out.text(Msg::Track), out.text(Msg::Result), out.text(Msg::Recommended),
                   out.text(Msg::FindingsUsed)},
                  rows);
    }
    if (!idle.empty()) {
        out.line(
            fmt::format("**{}:** {}", out.text(Msg::TracksWithoutFindings), fmt::join(idle, ", ")));
        out.line("");
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
        std::string head = fmt::format("**{}**", md_escape(referral.citation));
        const std::string& regulation = pick(referral.regulation, language);
        if (!regulation.empty()) head += " — " + md_escape(regulation);
        out.bullet(0, head);
        out.field(1, Msg::Act,
                  referral.act.empty() ? out.text(Msg::WholeIncident) : md_code(referral.act));
        out.field(1, Msg::Rule, rule_ref(referral.rule, language));
        if (!referral.rule.citations.empty()) {
            out.field(1, Msg::LegalBasis, "");
            write_citations(out, 2, referral.rule.citations);
        }
        out.field(1, Msg::Applies, md_escape(truth_word(referral.applies, language)));
        out.field(1, Msg::Reason, md_escape(pick(referral.reason, language)));
        if (referral.conditions.empty() || detail == Detail::Summary) continue;
        out.field(1, Msg::Conditions, "");
        write_conditions(out, 2, referral.conditions, false);
    }
}

/// A short section's heading, or, when it is empty, one paragraph "**Heading:** *(none)*".
bool empty_section(Writer& out, Msg key, bool empty) {
    if (!empty) {
        out.heading(2, out.text(key));
        return false;
    }
    out.line(fmt::format("**{}:** {}", out.text(key), none_text(out)));
    out.line("");
    return true;
}

void write_defaults_params_notes(Writer& out, const Decision& decision) {
    if (!empty_section(out, Msg::DefaultsUsed, decision.defaults.empty())) {
        std::vector<std::vector<std::string>> rows;
        for (const DefaultUsed& used : decision.defaults) {
            std::string where = place(used.declared, Precision::Line);
            rows.push_back({md_code(used.fact, true), md_code(used.value, true),
                            where.empty() ? none_text(out) : md_code(where, true)});
        }
        out.table({out.text(Msg::Fact), out.text(Msg::Value),
                   md_escape(upper_first(out.word(Msg::DeclaredAt)))},
                  rows);
    }
    if (!empty_section(out, Msg::Params, decision.params.empty())) {
        std::vector<std::vector<std::string>> rows;
        for (const ParamUsed& param : decision.params) {
            std::string how = out.text(param.chosen ? Msg::ParamChosen : Msg::ParamDefault);
            if (!param.status.empty()) how += " · " + md_code(param.status, true);
            rows.push_back({md_code(param.name, true), md_code(param.value, true), how});
        }
        out.table({out.text(Msg::Params), out.text(Msg::Value), out.text(Msg::Status)}, rows);
    }
    if (!empty_section(out, Msg::Notes, decision.notes.empty())) {
        for (const std::string& note : decision.notes) out.bullet(0, md_escape(note));
    }
}

}  // namespace

}  // namespace markdown

std::string to_markdown(const Decision& decision, Language language, Detail detail) {
    markdown::Writer out(language);
    markdown::write_header(out, decision);
    markdown::write_answer(out, decision);
    markdown::write_findings(out, decision, detail);
    markdown::write_tracks(out, decision);
    markdown::write_referrals(out, decision, detail);
    markdown::write_defaults_params_notes(out, decision);
    if (!decision.why_not_target.empty()) markdown::write_why_not(out, decision);
    // Only a decision made with EvalOptions::examine_all holds the rules that did not apply.
    bool examined = decision.why_not_target.empty() && !decision.why_not.empty();
    if (examined && detail == Detail::Full) write_not_applied(out, decision);
    markdown::write_record(out, decision);
    return out.take();
}

}  // namespace netral::rendering
