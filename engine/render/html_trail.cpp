// SPDX-License-Identifier: Apache-2.0
// The justification trail in the HTML rendering, as in the Markdown one (markdown_trail.cpp):
// each finding in its own section under a heading, opened by its reasoning in prose, then its
// rule, citations in bold, reason and condition tree as nested lists (✓ / ✗ / ? per node, every
// value read with its origin and place in code), the relations that touched it, and the why-not
// section with the conditions that did not hold and what would make them hold.
#include <fmt/format.h>

#include <cstddef>
#include <string>

#include "render/common.hpp"
#include "render/html_writer.hpp"
#include "render/prose.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering::html {

std::string rule_ref(const RuleRef& rule, Language language) {
    std::string out = code(rule.id);
    const std::string& title = pick(rule.title, language);
    if (!title.empty()) out += " — " + escape(title);
    std::string where = place(rule.location, Precision::Line);
    if (!where.empty()) out += " (" + code(where) + ")";
    return out;
}

std::string citation_item(const CitationRef& citation, Language language) {
    std::string out = strong(escape(citation.text));
    const std::string& regulation = pick(citation.regulation, language);
    if (!regulation.empty()) out += " — " + escape(regulation);
    if (!citation.in_force) out += " — " + em(escape(msg(Msg::NotInForce, language)));
    if (citation.inference) {
        out += " — " + em(fmt::format("{}: {}", escape(msg(Msg::Inferred, language)),
                                      escape(pick(*citation.inference, language))));
    }
    return out;
}

std::string value_item(const ValueSeen& value, Language language) {
    std::string out = code(value.name) + " = " + (value.value.empty() ? "?" : code(value.value));
    const std::string& label = pick(value.label, language);
    if (!label.empty() && label != value.value) out += " (" + escape(label) + ")";
    OriginParts origin = origin_parts(value, language);
    out += " — " + escape(origin.words);
    if (!origin.where.empty()) out += ' ' + code(origin.where);
    if (!origin.detail.empty()) out += "; " + escape(origin.detail);
    return out;
}

void write_conditions(Writer& out, std::size_t depth, const std::vector<ConditionTrace>& nodes,
                      bool failed_only) {
    for (const ConditionTrace& node : nodes) {
        if (failed_only && node.result == Truth::True) continue;
        out.item(depth, fmt::format("{} {}", truth_mark(node.result), code(node.text)));
        for (const ValueSeen& value : node.values) {
            out.item(depth + 1, value_item(value, out.language()));
        }
        for (const Text& hint : node.would_hold) {
            out.item(depth + 1, fmt::format("→ {} {}", em(out.text(Msg::WouldHold) + ":"),
                                            code(pick(hint, out.language()))));
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
            std::string text =
                fmt::format("{} {} {}", truth_mark(relation.result),
                            escape(relation_phrase(relation.kind, language)), code(relation.rule));
            if (!relation.doctrine.empty()) text += " (" + code(relation.doctrine) + ")";
            std::string where = place(relation.location, Precision::Line);
            if (!where.empty()) text += " — " + code(where);
            out.item(1, text);
        }
    }
    if (finding.displaced) {
        out.item(0, finding.displaced_by.empty()
                        ? strong(out.text(Msg::Displaced))
                        : fmt::format("{} {}", strong(out.text(Msg::DisplacedBy)),
                                      code(finding.displaced_by)));
    }
}

/// The rules that marked the finding provisional: each with its place, reason and conditions.
void write_marks(Writer& out, const Finding& finding, Detail detail) {
    for (const ProvisionalMark& mark : finding.provisional) {
        std::string text =
            fmt::format("{} {}", strong(out.text(Msg::ProvisionalBy)), code(mark.rule));
        std::string where = place(mark.location, Precision::Line);
        if (!where.empty()) text += " — " + code(where);
        out.item(0, text + ": " + escape(pick(mark.reason, out.language())));
        if (detail == Detail::Full) write_conditions(out, 1, mark.conditions, false);
    }
}

/// One finding in its section; with `failed_only` (why-not), only the conditions that did not
/// hold.
void write_finding(Writer& out, std::size_t number, const Finding& finding, bool failed_only,
                   Detail detail) {
    Language language = out.language();
    out.open_section("finding");
    std::string head =
        fmt::format("{} #{}: {} — {}", out.text(Msg::Finding), number,
                    finding.act.empty() ? out.text(Msg::WholeIncident) : code(finding.act),
                    code(finding.rule.id));
    if (finding.displaced) head += fmt::format(" ({})", out.text(Msg::Displaced));
    if (!finding.provisional.empty()) head += fmt::format(" ({})", out.text(Msg::Provisional));
    out.heading(3, head);
    if (!failed_only) {
        std::string prose = finding_prose(finding, language);
        if (!prose.empty()) out.paragraph(escape(prose), "prose");
    }
    const RuleRef& rule = finding.rule;
    if (!finding.act.empty()) {
        std::string act = code(finding.act);
        if (!finding.binding.empty()) act += " (" + code(finding.binding) + ")";
        out.field(0, Msg::Act, act);
    }
    out.field(0, Msg::Rule, rule_ref(rule, language));
    std::string status = escape(rule.status);
    if (!rule.row.empty()) {
        status += fmt::format(" · {} {}", strong(out.text(Msg::Row) + ":"), escape(rule.row));
    }
    out.field(0, Msg::Status, status);
    if (!finding.track.empty()) {
        out.field(0, Msg::Track, labelled(finding.track, finding.track_label, language));
    }
    const std::string& level = finding.sanction.empty() ? finding.category : finding.sanction;
    out.field(0, Msg::Level, labelled(level, finding.level_label, language));
    out.field(0, Msg::Applies, escape(truth_word(finding.applies, language)));
    out.field(0, Msg::LegalBasis, rule.citations.empty() ? none_text(out) : "");
    for (const CitationRef* citation : shown_citations(rule.citations)) {
        out.item(1, citation_item(*citation, language));
    }
    // A rule that did not apply has no reason to give: no empty field.
    if (!pick(finding.reason, language).empty()) {
        out.field(0, Msg::Reason, escape(pick(finding.reason, language)));
    }
    if (detail == Detail::Full) {
        Msg conditions = failed_only ? Msg::FailedConditions : Msg::Conditions;
        out.field(0, conditions, finding.conditions.empty() ? none_text(out) : "");
        write_conditions(out, 1, finding.conditions, failed_only);
    }
    if (detail == Detail::Full && !finding.validity.empty()) {
        out.field(0, Msg::ValidityJudgedBy, "");
        for (const ValueSeen& value : finding.validity) out.item(1, value_item(value, language));
    }
    write_relations(out, finding);
    write_marks(out, finding, detail);
    out.close_section();
}

}  // namespace

void write_findings(Writer& out, const Decision& decision, Detail detail) {
    if (decision.findings.empty()) return;  // the answer already says "(none)"
    out.heading(2, out.text(Msg::Reasoning));
    for (std::size_t i = 0; i < decision.findings.size(); ++i) {
        write_finding(out, i + 1, decision.findings[i], false, detail);
    }
    // No "--detail full" hint as in the terminal and Markdown: a printed page is not where
    // one types a command.
    (void)detail;
}

void write_why_not(Writer& out, const Decision& decision) {
    out.heading(2, fmt::format("{}: {}", out.text(Msg::WhyNot), code(decision.why_not_target)));
    if (decision.why_not_reached) out.paragraph(out.text(Msg::TargetReached));
    if (decision.why_not.empty()) out.none();
    for (std::size_t i = 0; i < decision.why_not.size(); ++i) {
        write_finding(out, i + 1, decision.why_not[i], true, Detail::Full);
    }
}

}  // namespace netral::rendering::html
