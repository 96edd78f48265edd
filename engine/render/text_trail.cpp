// SPDX-License-Identifier: Apache-2.0
// The justification trail in the terminal rendering: each finding with its rule, citations,
// reason and condition tree (✓ / ✗ / ? per node, every value read with its origin), the
// relations that touched it, and the why-not section that lists, for a target the user asked
// about, the conditions that did not hold and the values that would have made them hold.
#include <fmt/format.h>

#include <cstddef>
#include <string>

#include "render/common.hpp"
#include "render/prose.hpp"
#include "render/text_writer.hpp"

namespace netral::rendering::text {

std::string rule_line(const RuleRef& rule, Language language) {
    std::string out = rule.id;
    const std::string& title = pick(rule.title, language);
    if (!title.empty()) out += " — " + title;
    std::string where = place(rule.location, Precision::Line);
    if (!where.empty()) out += " (" + where + ")";
    return out;
}

void write_citations(Writer& out, std::size_t indent, const std::vector<CitationRef>& citations) {
    for (const CitationRef* shown : shown_citations(citations)) {
        const CitationRef& citation = *shown;
        std::string text = "§ " + citation.text;
        const std::string& regulation = pick(citation.regulation, out.language());
        if (!regulation.empty()) text += " — " + regulation;
        if (!citation.in_force) text += fmt::format(" [{}]", out.word(Msg::NotInForce));
        if (citation.inference) {
            text += fmt::format(" [{}: {}]", out.word(Msg::Inferred),
                                pick(*citation.inference, out.language()));
        }
        out.line(indent, text);
    }
}

std::string value_line(const ValueSeen& value, Language language) {
    std::string shown = value.value.empty() ? "?" : value.value;
    return fmt::format("{} = {} ← {}", value.name, with_label(shown, value.label, language),
                       origin_phrase(value, language));
}

void write_conditions(Writer& out, std::size_t indent, const std::vector<ConditionTrace>& nodes,
                      bool failed_only) {
    for (const ConditionTrace& node : nodes) {
        if (failed_only && node.result == Truth::True) continue;
        out.line(indent, fmt::format("{} {}", truth_mark(node.result), node.text));
        for (const ValueSeen& value : node.values) {
            out.line(indent + 4, "• " + value_line(value, out.language()));
        }
        for (const Text& hint : node.would_hold) {
            out.line(indent + 4,
                     fmt::format("→ {}: {}", out.word(Msg::WouldHold), pick(hint, out.language())));
        }
        write_conditions(out, indent + 2, node.parts, failed_only);
    }
}

namespace {

/// `Act act-1 (acts[0])`, or `Act: whole incident`.
std::string act_line(const Writer& out, const Finding& finding) {
    if (finding.act.empty()) return std::string(out.word(Msg::WholeIncident));
    std::string text = finding.act;
    if (!finding.binding.empty()) text += " (" + finding.binding + ")";
    return text;
}

/// The level a finding gives: its sanction when the rule names one, else its category.
std::string level_line(const Finding& finding, Language language) {
    const std::string& level = finding.sanction.empty() ? finding.category : finding.sanction;
    return with_label(level, finding.level_label, language);
}

void write_relations(Writer& out, const Finding& finding) {
    Language language = out.language();
    if (!finding.relations.empty()) {
        out.line(2, fmt::format("{}:", out.word(Msg::Relations)));
        for (const RelationApplied& relation : finding.relations) {
            std::string text = fmt::format("{} {} {}", truth_mark(relation.result),
                                           relation_phrase(relation.kind, language), relation.rule);
            if (!relation.doctrine.empty()) text += " (" + relation.doctrine + ")";
            std::string where = place(relation.location, Precision::Line);
            if (!where.empty()) text += " — " + where;
            out.line(4, text);
        }
    }
    if (finding.displaced) {
        out.line(2, finding.displaced_by.empty()
                        ? std::string(out.word(Msg::Displaced))
                        : fmt::format("{} {}", out.word(Msg::DisplacedBy), finding.displaced_by));
    }
}

/// The rules that marked the finding provisional: each with its place, reason and conditions.
void write_marks(Writer& out, const Finding& finding, Detail detail) {
    for (const ProvisionalMark& mark : finding.provisional) {
        std::string text = fmt::format("{} {}", out.word(Msg::ProvisionalBy), mark.rule);
        std::string where = place(mark.location, Precision::Line);
        if (!where.empty()) text += " (" + where + ")";
        out.line(2, text + ": " + pick(mark.reason, out.language()));
        if (detail == Detail::Full) write_conditions(out, 4, mark.conditions, false);
    }
}

/// One finding; with `failed_only` (why-not), only the conditions that did not hold. The
/// conditions and the validity date are shown at Detail::Full.
void write_finding(Writer& out, std::size_t number, const Finding& finding, bool failed_only,
                   Detail detail) {
    Language language = out.language();
    std::string head = fmt::format("#{} {} {}", number, out.word(Msg::Act), act_line(out, finding));
    if (finding.displaced) head += fmt::format(" [{}]", out.word(Msg::Displaced));
    if (!finding.provisional.empty()) head += fmt::format(" [{}]", out.word(Msg::Provisional));
    out.line(0, head);
    if (!failed_only) {
        std::string prose = finding_prose(finding, language);
        if (!prose.empty()) out.line(2, prose);
    }
    const RuleRef& rule = finding.rule;
    out.field(2, Msg::Rule, rule_line(rule, language));
    std::string status = fmt::format("{}: {}", out.word(Msg::Status), rule.status);
    if (!rule.row.empty()) status += fmt::format(" · {}: {}", out.word(Msg::Row), rule.row);
    out.line(2, status);
    if (!finding.track.empty()) {
        out.field(2, Msg::Track, with_label(finding.track, finding.track_label, language));
    }
    out.field(2, Msg::Level, level_line(finding, language));
    out.field(2, Msg::Applies, truth_word(finding.applies, language));
    out.line(2, fmt::format("{}:", out.word(Msg::LegalBasis)));
    if (rule.citations.empty()) out.none(4);
    write_citations(out, 4, rule.citations);
    // A rule that did not apply has no reason to give: no empty field.
    if (!pick(finding.reason, language).empty()) {
        out.field(2, Msg::Reason, pick(finding.reason, language));
    }
    if (detail == Detail::Full) {
        Msg conditions = failed_only ? Msg::FailedConditions : Msg::Conditions;
        out.line(2, fmt::format("{}:", out.word(conditions)));
        if (finding.conditions.empty()) out.none(4);
        write_conditions(out, 4, finding.conditions, failed_only);
    }
    if (detail == Detail::Full && !finding.validity.empty()) {
        out.line(2, fmt::format("{}:", out.word(Msg::ValidityJudgedBy)));
        for (const ValueSeen& value : finding.validity) {
            out.line(4, "• " + value_line(value, language));
        }
    }
    write_relations(out, finding);
    write_marks(out, finding, detail);
    // The rule's notes are for its authors (netral doc); a decision shows only bilingual texts.
}

}  // namespace

void write_findings(Writer& out, const Decision& decision, Detail detail) {
    if (decision.findings.empty()) return;  // the answer already says "(none)"
    out.heading(Msg::Reasoning);
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        if (i > 0) out.line(0, "");
        write_finding(out, i + 1, decision.findings[i], false, detail);
    }
    if (detail == Detail::Summary) {
        out.line(0, "");
        out.line(0, fmt::format("({})", out.word(Msg::DetailHint)));
    }
}

void write_why_not(Writer& out, const Decision& decision) {
    out.heading(Msg::WhyNot);
    out.field(0, Msg::Target, decision.why_not_target);
    if (decision.why_not_reached) out.line(0, out.word(Msg::TargetReached));
    if (decision.why_not.empty()) out.none(0);
    for (std::size_t i = 0; i < decision.why_not.size(); ++i) {
        out.line(0, "");
        write_finding(out, i + 1, decision.why_not[i], true, Detail::Full);
    }
}

}  // namespace netral::rendering::text
