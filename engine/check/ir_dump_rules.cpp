// SPDX-License-Identifier: Apache-2.0
// The IR dump's sections for tracks, ladders (categories in rank order), combine and escalate
// policies, and rules (citations, validity, binder, typed condition trees, conclusions, reason
// templates and relations).
#include <algorithm>
#include <type_traits>

#include "check/expr_text.hpp"
#include "check/ir_dump_writer.hpp"

namespace netral::check::detail {

namespace {

const char* severity_text(ir::Severity severity) {
    return severity == ir::Severity::Mildest ? "mildest" : "heaviest";
}

/// `discipline (track #1)`.
std::string track_ref(const ir::Program& p, ir::TrackId track) {
    return p.tracks[track.index()].name + " (track " + DumpWriter::id(track) + ")";
}

void dump_tracks(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("tracks", p.tracks.size())) return;
    for (std::size_t i = 0; i < p.tracks.size(); ++i) {
        const ir::Track& track = p.tracks[i];
        w.line(1, DumpWriter::id(ir::TrackId::from_index(i)) + " " + track.name +
                      DumpWriter::label(track.label) + w.module_suffix(track.module));
        if (track.combine) w.line(2, "combine " + DumpWriter::id(*track.combine));
        if (track.escalate) w.line(2, "escalate " + DumpWriter::id(*track.escalate));
        w.citations(2, track.citations);
        w.texts(2, "note", track.notes);
        w.texts(2, "quote", track.quotes);
    }
}

void dump_category(DumpWriter& w, ir::CategoryId id) {
    const ir::Program& p = w.program();
    const ir::Category& category = p.categories[id.index()];
    std::string head = category.kind == ir::CategoryKind::Ordinal ? "category " : "outcome ";
    std::string rank =
        category.ordinal ? " ordinal " + std::to_string(*category.ordinal) : std::string();
    w.line(2, head + DumpWriter::id(id) + " " + category.name + rank +
                  DumpWriter::label(category.label));
    w.citations(3, category.citations);
    w.texts(3, "note", category.notes);
    w.texts(3, "quote", category.quotes);
    for (ir::SanctionId sid : category.sanctions) {
        const ir::Sanction& sanction = p.sanctions[sid.index()];
        w.line(3, "sanction " + DumpWriter::id(sid) + " " + sanction.name + " rank " +
                      std::to_string(sanction.rank) + DumpWriter::label(sanction.label));
        if (sanction.condition) w.expr_block(4, "when", *sanction.condition);
        if (sanction.absorbs) w.line(4, "absorbs" + DumpWriter::label(*sanction.absorbs));
        w.citations(4, sanction.citations);
        w.texts(4, "note", sanction.notes);
        w.texts(4, "quote", sanction.quotes);
    }
}

void dump_ladders(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("ladders", p.ladders.size())) return;
    for (std::size_t i = 0; i < p.ladders.size(); ++i) {
        const ir::Ladder& ladder = p.ladders[i];
        w.line(1, DumpWriter::id(ir::LadderId::from_index(i)) + " " + ladder.name +
                      DumpWriter::label(ladder.label) + w.module_suffix(ladder.module));
        w.citations(2, ladder.citations);
        w.texts(2, "note", ladder.notes);
        // Rank order: ordinal categories lightest first, then outcomes in declaration order.
        std::vector<ir::CategoryId> order = ladder.categories;
        std::stable_sort(order.begin(), order.end(), [&](ir::CategoryId a, ir::CategoryId b) {
            const ir::Category& ca = p.categories[a.index()];
            const ir::Category& cb = p.categories[b.index()];
            if (ca.ordinal.has_value() != cb.ordinal.has_value()) return ca.ordinal.has_value();
            return ca.ordinal && *ca.ordinal < *cb.ordinal;
        });
        for (ir::CategoryId category : order) dump_category(w, category);
    }
}

void dump_combines(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("combine policies", p.combines.size())) return;
    for (std::size_t i = 0; i < p.combines.size(); ++i) {
        const ir::CombinePolicy& policy = p.combines[i];
        w.line(1, DumpWriter::id(static_cast<std::uint32_t>(i)) + " " + track_ref(p, policy.track));
        w.line(2, std::string("strategy ") + severity_text(policy.strategy));
        w.line(2, std::string("recommend ") + severity_text(policy.recommend));
        if (policy.overlaps_resolved) w.line(2, "overlaps resolved");
        w.citations(2, policy.citations);
        w.texts(2, "note", policy.notes);
    }
}

void dump_escalations(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("escalate policies", p.escalations.size())) return;
    for (std::size_t i = 0; i < p.escalations.size(); ++i) {
        const ir::EscalatePolicy& policy = p.escalations[i];
        w.line(1, DumpWriter::id(static_cast<std::uint32_t>(i)) + " " + track_ref(p, policy.track));
        w.binder(2, policy.binder);
        if (policy.latest) w.line(2, "latest " + w.typed(*policy.latest));
        w.line(2, "previous " + w.typed(policy.previous));
        if (policy.ladder.valid()) {
            w.line(2, "ladder " + p.ladders[policy.ladder.index()].name + " (" +
                          DumpWriter::id(policy.ladder) + ")");
        }
        if (policy.ceiling) w.line(2, "ceiling " + level_text(p, *policy.ceiling));
        if (policy.status) {
            w.line(2, std::string("status ") + status_text(*policy.status));
        }
        w.citations(2, policy.citations);
        w.texts(2, "note", policy.notes);
    }
}

/// One `then …` clause.
void dump_conclusion(DumpWriter& w, const ir::Conclusion& conclusion) {
    const ir::Program& p = w.program();
    std::visit(
        [&](const auto& node) {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ir::Finding>) {
                std::string ids = "category " + DumpWriter::id(node.level.category);
                if (node.level.sanction)
                    ids += ", sanction " + DumpWriter::id(*node.level.sanction);
                w.line(2, "then " + track_ref(p, node.track) + " " + level_text(p, node.level) +
                              " (" + ids + ")");
            } else if constexpr (std::is_same_v<T, ir::Referral>) {
                w.line(2, "then refer " + ir::to_string(p, node.citation));
            } else if constexpr (std::is_same_v<T, ir::Review>) {
                w.line(2, "then review" + DumpWriter::label(node.reason));
            } else if constexpr (std::is_same_v<T, ir::Provisional>) {
                w.line(2, "then provisional" + DumpWriter::label(node.reason));
            } else {
                static_assert(std::is_same_v<T, ir::SetDerived>, "every conclusion is dumped");
                w.line(2, "then set " + p.derived[node.derived.index()].name + " (derived " +
                              DumpWriter::id(node.derived) + ")");
                for (ir::ExprId arg : node.args) w.line(3, "argument " + w.typed(arg));
                w.line(3, "= " + w.typed(node.value));
            }
        },
        conclusion);
}

/// A template as written, placeholders in canonical form and literal braces doubled.
std::string written(const ir::Program& p, const std::vector<ir::ReasonPart>& parts) {
    std::string out;
    for (const ir::ReasonPart& part : parts) {
        if (part.expr) {
            out += "{" + expr_text(p, *part.expr) + "}";
            continue;
        }
        for (char c : part.text) {
            out += c;
            if (c == '{' || c == '}') out += c;
        }
    }
    return out;
}

/// One line per piece of a template that has placeholders; nothing for plain text.
void dump_parts(DumpWriter& w, const std::vector<ir::ReasonPart>& parts) {
    bool has_placeholder = std::any_of(parts.begin(), parts.end(),
                                       [](const ir::ReasonPart& part) { return part.expr; });
    if (!has_placeholder) return;
    for (const ir::ReasonPart& part : parts) {
        if (part.expr) {
            w.line(3, "placeholder " + DumpWriter::id(*part.expr) + " " + w.typed(*part.expr));
        } else {
            w.line(3, "text " + DumpWriter::quoted(part.text));
        }
    }
}

/// The template as written (placeholders in canonical form), then one line per piece; the
/// English form likewise.
void dump_reason(DumpWriter& w, const ir::Reason& reason) {
    const ir::Program& p = w.program();
    w.line(2, "because " + DumpWriter::quoted(written(p, reason.parts)));
    dump_parts(w, reason.parts);
    if (!reason.en) return;
    w.line(2, "because en " + DumpWriter::quoted(written(p, *reason.en)));
    dump_parts(w, *reason.en);
}

void dump_relation(DumpWriter& w, const ir::Relation& relation) {
    const ir::Program& p = w.program();
    std::string text =
        relation.kind == ir::RelationKind::ExceptionTo ? "exception to " : "prevails over ";
    std::string ids;
    for (ir::RuleId target : relation.targets)
        ids += (ids.empty() ? "" : ", ") + DumpWriter::id(target);
    if (!relation.targets.empty()) {
        text += p.rules[relation.targets.front().index()].name +
                (relation.targets.size() > 1 ? " (rules " : " (rule ") + ids + ")";
    }
    if (relation.doctrine) text += " as " + doctrine_text(*relation.doctrine);
    w.line(2, text);
}

}  // namespace

void dump_ladders_and_policies(DumpWriter& w) {
    dump_tracks(w);
    dump_ladders(w);
    dump_combines(w);
    dump_escalations(w);
}

void dump_rules(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("rules", p.rules.size())) return;
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        const ir::Rule& rule = p.rules[i];
        w.line(1, DumpWriter::id(ir::RuleId::from_index(i)) + " " + rule.name +
                      DumpWriter::label(rule.title) + w.module_suffix(rule.module));
        if (rule.row) w.line(2, "row " + *rule.row);
        w.citations(2, rule.citations);
        w.line(2, std::string("status ") + status_text(rule.status));
        if (rule.in_force) w.in_force(2, *rule.in_force);
        if (rule.binder) w.binder(2, *rule.binder);
        if (rule.condition) w.expr_block(2, "when", *rule.condition);
        for (const ir::Conclusion& conclusion : rule.conclusions) dump_conclusion(w, conclusion);
        dump_reason(w, rule.because);
        for (const ir::Relation& relation : rule.relations) dump_relation(w, relation);
        w.texts(2, "quote", rule.quotes);
        w.texts(2, "note", rule.notes);
    }
}

}  // namespace netral::check::detail
