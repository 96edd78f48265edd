// SPDX-License-Identifier: Apache-2.0
// The justification trail in the Markdown rendering: each finding under its own heading with
// its rule, citations in bold, reason and condition tree as nested bullets (✓ / ✗ / ? per node,
// every value read with its origin and place as a code span), the relations that touched it,
// and the why-not section with the conditions that did not hold and what would make them hold.
#include <fmt/format.h>

#include <cstddef>
#include <string>

#include "render/common.hpp"
#include "render/markdown_writer.hpp"
#include "render/prose.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering::markdown {

std::string upper_first(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string rule_ref(const RuleRef& rule, Language language) {
    std::string out = md_code(rule.id);
    const std::string& title = pick(rule.title, language);
    if (!title.empty()) out += " — " + md_escape(title);
    std::string where = place(rule.location, Precision::Line);
    if (!where.empty()) out += " (" + md_code(where) + ")";
    return out;
}

std::string citation_item(const CitationRef& citation, Language language) {
    std::string out = fmt::format("**{}**", md_escape(citation.text));
    const std::string& regulation = pick(citation.regulation, language);
    if (!regulation.empty()) out += " — " + md_escape(regulation);
    if (!citation.in_force)
        out += fmt::format(" — *{}*", md_escape(msg(Msg::NotInForce, language)));
    if (citation.inference) {
        out += fmt::format(" — *{}: {}*", md_escape(msg(Msg::Inferred, language)),
                           md_escape(pick(*citation.inference, language)));
    }
    return out;
}

void write_citations(Writer& out, std::size_t depth, const std::vector<CitationRef>& citations) {
    for (const CitationRef* citation : shown_citations(citations)) {
        out.bullet(depth, citation_item(*citation, out.language()));
    }
}

std::string value_item(const ValueSeen& value, Language language) {
    std::string out =
        md_code(value.name) + " = " + (value.value.empty() ? "?" : md_code(value.value));
    const std::string& label = pick(value.label, language);
    if (!label.empty() && label != value.value) out += " (" + md_escape(label) + ")";
    OriginParts origin = origin_parts(value, language);
    out += " — " + md_escape(origin.words);
    if (!origin.where.empty()) out += ' ' + md_code(origin.where);
    if (!origin.detail.empty()) out += "; " + md_escape(origin.detail);
    return out;
}

void write_conditions(Writer& out, std::size_t depth, const std::vector<ConditionTrace>& nodes,
                      bool failed_only) {
    for (const ConditionTrace& node : nodes) {
        if (failed_only && node.result == Truth::True) continue;
        out.bullet(depth, fmt::format("{} {}", truth_mark(node.result), md_code(node.text)));
        for (const ValueSeen& value : node.values) {
            out.bullet(depth + 1, value_item(value, out.language()));
        }
        for (const Text& hint : node.would_hold) {
            out.bullet(depth + 1, fmt::format("→ *{}:* {}", out.text(Msg::WouldHold),
                                              md_code(pick(hint, out.language()))));
        }
        write_conditions(out, depth + 1, node.parts, failed_only);
    }
}

namespace {

void write_relations(Writer& out, const Finding& finding) {
    Language language = out.language();
    if (!finding.relations.empty()) {
        out.field(0, Msg::Relations, "");
        for (const RelationApplied& relation : finding.relations) {
            std::string text = fmt::format("{} {} {}", truth_mark(relation.result),
                                           md_escape(relation_phrase(relation.kind, language)),
                                           md_code(relation.rule));
            if (!relation.doctrine.empty()) text += " (" + md_code(relation.doctrine) + ")";
            std::string where = place(relation.location, Precision::Line);
            if (!where.empty()) text += " — " + md_code(where);
            out.bullet(1, text);
        }
    }
    if (finding.displaced) {
        out.bullet(0, finding.displaced_by.empty()
                          ? fmt::format("**{}**", out.text(Msg::Displaced))
                          : fmt::format("**{}** {}", out.text(Msg::DisplacedBy),
                                        md_code(finding.displaced_by)));
    }
}

/// The rules that marked the finding provisional: each with its place, reason and conditions.
void write_marks(Writer& out, const Finding& finding, Detail detail) {
    for (const ProvisionalMark& mark : finding.provisional) {
        std::string text =
            fmt::format("**{}** {}", out.text(Msg::ProvisionalBy), md_code(mark.rule));
        std::string where = place(mark.location, Precision::Line);
        if (!where.empty()) text += " — " + md_code(where);
        out.bullet(0, text + ": " + md_escape(pick(mark.reason, out.language())));
        if (detail == Detail::Full) write_conditions(out, 1, mark.conditions, false);
    }
}

/// One finding under a level-3 heading; with `failed_only` (why-not), only the conditions that
/// did not hold.
void write_finding(Writer& out, std::size_t number, const Finding& finding, bool failed_only,
                   Detail detail) {
    Language language = out.language();
    std::string head =
        fmt::format("{} #{}: {} — {}", out.text(Msg::Finding), number,
                    finding.act.empty() ? out.text(Msg::WholeIncident) : md_code(finding.act),
                    md_code(finding.rule.id));
    if (finding.displaced) head += fmt::format(" ({})", out.text(Msg::Displaced));
    if (!finding.provisional.empty()) head += fmt::format(" ({})", out.text(Msg::Provisional));
    out.heading(3, head);
    if (!failed_only) {
        std::string prose = finding_prose(finding, language);
        if (!prose.empty()) {
            out.line(md_escape(prose));
            out.line("");
        }
    }
    const RuleRef& rule = finding.rule;
    if (!finding.act.empty()) {
        std::string act = md_code(finding.act);
        if (!finding.binding.empty()) act += " (" + md_code(finding.binding) + ")";
        out.field(0, Msg::Act, act);
    }
    out.field(0, Msg::Rule, rule_ref(rule, language));
    std::string status = md_escape(rule.status);
    if (!rule.row.empty())
        status += fmt::format(" · **{}:** {}", out.text(Msg::Row), md_escape(rule.row));
    out.field(0, Msg::Status, status);
    if (!finding.track.empty()) {
        out.field(0, Msg::Track, labelled(finding.track, finding.track_label, language));
    }
    const std::string& level = finding.sanction.empty() ? finding.category : finding.sanction;
    out.field(0, Msg::Level, labelled(level, finding.level_label, language));
    out.field(0, Msg::Applies, md_escape(truth_word(finding.applies, language)));
    std::string none = fmt::format("*({})*", out.text(Msg::None));
    out.field(0, Msg::LegalBasis, rule.citations.empty() ? none : "");
    write_citations(out, 1, rule.citations);
    // A rule that did not apply has no reason to give: no empty field.
    if (!pick(finding.reason, language).empty()) {
        out.field(0, Msg::Reason, md_escape(pick(finding.reason, language)));
    }
    if (detail == Detail::Full) {
        Msg conditions = failed_only ? Msg::FailedConditions : Msg::Conditions;
        out.field(0, conditions, finding.conditions.empty() ? none : "");
        write_conditions(out, 1, finding.conditions, failed_only);
    }
    if (detail == Detail::Full && !finding.validity.empty()) {
        out.field(0, Msg::ValidityJudgedBy, "");
        for (const ValueSeen& value : finding.validity) out.bullet(1, value_item(value, language));
    }
    write_relations(out, finding);
    write_marks(out, finding, detail);
    // The rule's notes are for its authors (netral doc); a decision shows only bilingual texts.
}

}  // namespace

void write_findings(Writer& out, const Decision& decision, Detail detail) {
    if (decision.findings.empty()) return;  // the answer already says "(none)"
    out.heading(2, out.text(Msg::Reasoning));
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        write_finding(out, i + 1, decision.findings[i], false, detail);
    }
    if (detail == Detail::Summary) {
        out.line("");
        out.line(fmt::format("*({})*", out.text(Msg::DetailHint)));
    }
}

void write_why_not(Writer& out, const Decision& decision) {
    out.heading(2, fmt::format("{}: {}", out.text(Msg::WhyNot), md_code(decision.why_not_target)));
    if (decision.why_not_reached) out.line(out.text(Msg::TargetReached));
    if (decision.why_not.empty()) out.none();
    for (std::size_t i = 0; i < decision.why_not.size(); ++i) {
        write_finding(out, i + 1, decision.why_not[i], true, Detail::Full);
    }
}

}  // namespace netral::rendering::markdown
