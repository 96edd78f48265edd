// SPDX-License-Identifier: Apache-2.0
// The Markdown rendering of a decision for a case file, in Indonesian or English: a header
// table, the outcome as a table with the candidate sanctions and review items, the tracks as one
// table with each track's steps below it, then (markdown_trail.cpp) the findings with their
// condition trees as nested lists, and the referrals, defaults, parameters, notes and why-not
// sections. Sections are always present, with "(none)" when empty.
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
    Language language = out.language();
    std::string title = md_escape(out.word(Msg::DecisionTitle));
    if (!decision.incident.empty()) title += ": " + md_code(decision.incident);
    out.line("# " + title);
    out.line("");
    std::vector<std::vector<std::string>> rows;
    rows.push_back({out.text(Msg::Incident), decision.incident.empty()
                                                 ? out.text(Msg::NoIncidentId)
                                                 : md_code(decision.incident, true)});
    if (!decision.source.empty()) {
        rows.push_back({out.text(Msg::IncidentFile), md_code(decision.source, true)});
    }
    rows.push_back({out.text(Msg::AsOf), md_escape(decision.as_of)});
    const RulesetInfo& rules = decision.ruleset;
    std::string ruleset = md_code(rules.name, true) + ' ' + md_escape(rules.version);
    const std::string& rules_title = pick(rules.title, language);
    if (!rules_title.empty()) ruleset += " — " + md_escape(rules_title);
    rows.push_back({out.text(Msg::Ruleset), ruleset});
    rows.push_back({out.text(Msg::Digest), md_code(rules.digest, true)});
    rows.push_back({out.text(Msg::EngineVersion), md_escape(decision.engine_version)});
    out.table({out.text(Msg::Field), out.text(Msg::Value)}, rows);
}

/// The recommended sanction with its label, or "(none)".
std::string recommended_cell(const Writer& out, const std::string& sanction,
                             const std::vector<std::string>& sanctions,
                             const std::vector<Text>& labels) {
    if (sanction.empty()) return none_text(out);
    const Text* label = sanction_label(sanctions, labels, sanction);
    return labelled(sanction, label != nullptr ? *label : Text{}, out.language(), true);
}

void write_review_items(Writer& out, const Decision& decision) {
    out.heading(3, out.text(Msg::ReviewItems));
    if (decision.review.empty()) out.none();
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
        out.bullet(0, text);
        if (item.needs.empty()) continue;
        std::vector<std::string> needs;
        for (const Text& need : item.needs) needs.push_back(md_code(pick(need, out.language())));
        out.bullet(1, fmt::format("{}: {}", out.text(Msg::Needs), fmt::join(needs, ", ")));
    }
}

void write_outcome(Writer& out, const Decision& decision) {
    const Outcome& outcome = decision.outcome;
    Language language = out.language();
    out.heading(2, out.text(Msg::Outcome));
    std::vector<std::vector<std::string>> rows;
    rows.push_back({out.text(Msg::Category),
                    labelled(outcome.category, outcome.category_label, language, true)});
    const TrackResult* track = outcome_track(decision);
    if (track != nullptr) {
        rows.push_back(
            {out.text(Msg::Track), labelled(track->track, track->label, language, true)});
    } else if (!outcome.track.empty()) {
        rows.push_back({out.text(Msg::Track), md_code(outcome.track, true)});
    }
    rows.push_back(
        {out.text(Msg::Recommended), recommended_cell(out, outcome_recommended(decision),
                                                      outcome.sanctions, outcome.sanction_labels)});
    if (outcome.provisional) {
        rows.push_back({out.text(Msg::ProvisionalResult),
                        fmt::format("**{}**", md_escape(upper_ascii(yes_no(true, language))))});
    }
    rows.push_back(
        {out.text(Msg::ReviewNeeded),
         fmt::format("**{}**", md_escape(upper_ascii(yes_no(outcome.review, language))))});
    out.table({out.text(Msg::Field), out.text(Msg::Value)}, rows);
    out.line(out.text(Msg::CandidateSanctions) + ":");
    out.line("");
    if (outcome.sanctions.empty()) out.none();
    for (std::size_t i = 0; i < outcome.sanctions.size(); ++i) {
        Text label = i < outcome.sanction_labels.size() ? outcome.sanction_labels[i] : Text{};
        out.line(fmt::format("{}. {}", i + 1, labelled(outcome.sanctions[i], label, language)));
    }
    write_review_items(out, decision);
}

/// The candidate ids of a track, mildest first (their labels are in the outcome and the steps).
std::string tracks_row_sanctions(const TrackResult& track) {
    std::string out;
    for (std::size_t i = 0; i < track.sanctions.size(); ++i) {
        if (i > 0) out += ", ";
        out += md_code(track.sanctions[i], true);
    }
    return out;
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
        for (const CitationRef& citation : step.citations) {
            out.line(indent + "- " + citation_item(citation, language));
        }
        for (const ValueSeen& value : step.values) {
            out.line(indent + "- " + value_item(value, language));
        }
    }
}

void write_tracks(Writer& out, const Decision& decision) {
    Language language = out.language();
    out.heading(2, out.text(Msg::Tracks));
    if (decision.tracks.empty()) {
        out.none();
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const TrackResult& track : decision.tracks) {
        std::string used;
        for (std::size_t index : track.findings) {
            used += (used.empty() ? "#" : ", #") + std::to_string(index + 1);
        }
        std::string sanctions = tracks_row_sanctions(track);
        std::string result = labelled(track.category, track.category_label, language, true);
        if (track.provisional) result += fmt::format(" (**{}**)", out.text(Msg::Provisional));
        rows.push_back(
            {labelled(track.track, track.label, language, true), result,
             sanctions.empty() ? none_text(out) : sanctions,
             recommended_cell(out, track.recommended, track.sanctions, track.sanction_labels),
             used.empty() ? none_text(out) : used});
    }
    out.table({out.text(Msg::Track), out.text(Msg::Result), out.text(Msg::CandidateSanctions),
               out.text(Msg::Recommended), out.text(Msg::FindingsUsed)},
              rows);
    for (const TrackResult& track : decision.tracks) {
        if (!track.steps.empty()) write_steps(out, track);
    }
}

void write_referrals(Writer& out, const Decision& decision) {
    Language language = out.language();
    out.heading(2, out.text(Msg::Referrals));
    if (decision.referrals.empty()) out.none();
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
        if (referral.conditions.empty()) continue;
        out.field(1, Msg::Conditions, "");
        write_conditions(out, 2, referral.conditions, false);
    }
}

void write_defaults_params_notes(Writer& out, const Decision& decision) {
    out.heading(2, out.text(Msg::DefaultsUsed));
    if (decision.defaults.empty()) {
        out.none();
    } else {
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
    out.heading(2, out.text(Msg::Params));
    if (decision.params.empty()) {
        out.none();
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const ParamUsed& param : decision.params) {
            std::string how = out.text(param.chosen ? Msg::ParamChosen : Msg::ParamDefault);
            if (!param.status.empty()) how += " · " + md_code(param.status, true);
            rows.push_back({md_code(param.name, true), md_code(param.value, true), how});
        }
        out.table({out.text(Msg::Params), out.text(Msg::Value), out.text(Msg::Status)}, rows);
    }
    out.heading(2, out.text(Msg::Notes));
    if (decision.notes.empty()) out.none();
    for (const std::string& note : decision.notes) out.bullet(0, md_escape(note));
}

}  // namespace

}  // namespace markdown

std::string to_markdown(const Decision& decision, Language language, Detail detail) {
    markdown::Writer out(language);
    markdown::write_header(out, decision);
    markdown::write_outcome(out, decision);
    markdown::write_tracks(out, decision);
    markdown::write_findings(out, decision);
    markdown::write_referrals(out, decision);
    markdown::write_defaults_params_notes(out, decision);
    if (!decision.why_not_target.empty()) markdown::write_why_not(out, decision);
    if (decision.why_not_target.empty() && detail == Detail::Full) write_not_applied(out, decision);
    return out.take();
}

}  // namespace netral::rendering
