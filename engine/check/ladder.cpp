// SPDX-License-Identifier: Apache-2.0
// The ladder pass: sanction conditions and citations, tracks, the combine and escalate
// policies of tracks, and the ruleset block (version and default validity date).
#include "base/suggest.hpp"
#include "check/clause_values.hpp"
#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

void resolve_ladder_entries(Context& cx) {
    for (std::size_t i = 0; i < cx.program.ladders.size(); ++i) {
        const auto [block, module] = cx.ladder_syntax[i];
        cx.program.ladders[i].citations = resolve_citations(cx, block->clauses);
    }
    for (std::size_t i = 0; i < cx.program.categories.size(); ++i) {
        const auto [block, module] = cx.category_syntax[i];
        cx.program.categories[i].citations = resolve_citations(cx, block->clauses);
    }
    for (std::size_t i = 0; i < cx.program.sanctions.size(); ++i) {
        const auto [block, module] = cx.sanction_syntax[i];
        cx.program.sanctions[i].citations = resolve_citations(cx, block->clauses);
        if (const syntax::ExprClause* when = find_expr(block->clauses, "when")) {
            ExprResolver resolver(cx, module);
            ir::ExprId condition = resolver.resolve_as(
                when->expr, ir::Type::boolean(),
                base::msg("E3001", base::word("word.check.place_sanction_when")));
            cx.program.sanctions[i].condition = condition;
        }
    }
    for (std::size_t i = 0; i < cx.program.tracks.size(); ++i) {
        const auto [block, module] = cx.track_syntax[i];
        cx.program.tracks[i].citations = resolve_citations(cx, block->clauses);
    }
}

/// The track a combine / escalate block names, or none after reporting.
std::optional<ir::TrackId> policy_track(Context& cx, const Origin<syntax::Block>& origin) {
    const syntax::Ident& name = origin.node->name;
    Lookup found = cx.scope.lookup(Namespace::Track, origin.module, name.name);
    if (!found.found()) {
        cx.scope.report(cx.sink, found, Namespace::Track, origin.module, name.name, name.span,
                        base::word("word.check.kind_track"));
        return std::nullopt;
    }
    return ir::TrackId(found.symbol->index);
}

/// A `strategy` / `recommend` word; none after E2031.
std::optional<ir::Severity> severity_word(Context& cx, const syntax::WordClause& clause,
                                          const std::vector<std::string>& allowed) {
    for (const std::string& word : allowed) {
        if (word != clause.value.name) continue;
        return word == "mildest" ? ir::Severity::Mildest : ir::Severity::Heaviest;
    }
    base::Diagnostic& d = cx.error(codes::kUnknownKeyword, clause.value.span,
                                   base::msg("E2031", clause.keyword, clause.value.name));
    d.hint = base::did_you_mean(clause.value.name, allowed);
    // Both words are named (`heaviest`, `mildest`): the hint says "either one".
    if (d.hint.empty()) d.hint = base::msg("E2031.hint", clause.keyword, allowed[0], allowed[1]);
    return std::nullopt;
}

/// An `inexact heaviest|mildest|range` word; the default (range) after E2031.
ir::InexactPolicy inexact_policy(Context& cx, const syntax::WordClause& clause) {
    const std::string& word = clause.value.name;
    if (word == "range") return ir::InexactPolicy::Range;
    if (word == "heaviest") return ir::InexactPolicy::Heaviest;
    if (word == "mildest") return ir::InexactPolicy::Mildest;
    const std::vector<std::string> allowed = {"heaviest", "mildest", "range"};
    base::Diagnostic& d =
        cx.error(codes::kUnknownKeyword, clause.value.span, base::msg("E2031", "inexact", word));
    d.hint = base::did_you_mean(word, allowed);
    if (d.hint.empty()) d.hint = base::msg("E2031.hint_inexact");
    return ir::InexactPolicy::Range;
}

/// `overlaps resolved` of a combine block whose strategy is already known. Only `heaviest`
/// settles overlapping findings without losing one: the heaviest level stands whichever rules
/// fire, so each rule's level is a floor. Under `mildest` a general rule's milder level would
/// quietly undo a specific rule's heavier one, the question of which rule wins that E5030 puts
/// to the author; declaring it there is E5032. Returns whether the declaration holds.
bool overlaps_resolved(Context& cx, const syntax::Block& block, const ir::CombinePolicy& policy) {
    const syntax::WordClause* overlaps = find_word(block.clauses, "overlaps");
    if (overlaps == nullptr) return false;
    if (overlaps->value.name != "resolved") {
        base::Diagnostic& d = cx.error(codes::kUnknownKeyword, overlaps->value.span,
                                       base::msg("E2031", "overlaps", overlaps->value.name));
        d.hint = base::did_you_mean(overlaps->value.name, {"resolved"});
        if (d.hint.empty()) d.hint = base::msg("E2031.hint_overlaps");
        return false;
    }
    switch (policy.strategy) {
        case ir::Severity::Heaviest:
            return true;
        case ir::Severity::Mildest: {
            base::Diagnostic& d = cx.error(codes::kOverlapsUnresolved, overlaps->span,
                                           base::msg("E5032", block.name.name));
            if (const syntax::WordClause* strategy = find_word(block.clauses, "strategy")) {
                d.notes.push_back({strategy->span, base::msg("E5032.note")});
            }
            d.hint = base::msg("E5032.hint");
            return false;
        }
    }
    return false;
}

/// Reports a second combine/escalate block for one track; returns true when it is one.
bool repeated_policy(Context& cx, const std::optional<std::uint32_t>& existing, base::Span first,
                     const syntax::Block& block) {
    if (!existing) return false;
    cx.error(codes::kDuplicate, block.name.span,
             base::msg("E2001.policy", block.name.name, block.keyword))
        .notes.push_back({first, base::msg("note.check.first_one")});
    return true;
}

void resolve_combine(Context& cx, const Origin<syntax::Block>& origin) {
    auto track = policy_track(cx, origin);
    if (!track) return;
    const syntax::Block& block = *origin.node;
    ir::Track& owner = cx.program.tracks[track->index()];
    if (owner.combine &&
        repeated_policy(cx, owner.combine, cx.program.combines[*owner.combine].span, block)) {
        return;
    }
    ir::CombinePolicy policy;
    policy.track = *track;
    policy.span = block.name.span;
    if (const auto* strategy = find_word(block.clauses, "strategy")) {
        auto value = severity_word(cx, *strategy, {"heaviest", "mildest"});
        if (value) policy.strategy = *value;
    }
    if (const auto* recommend = find_word(block.clauses, "recommend")) {
        auto value = severity_word(cx, *recommend, {"mildest", "heaviest"});
        if (value) policy.recommend = *value;
    }
    policy.overlaps_resolved = overlaps_resolved(cx, block, policy);
    policy.citations = resolve_citations(cx, block.clauses);
    policy.notes = texts(block.clauses, "note");
    cx.program.tracks[track->index()].combine =
        static_cast<std::uint32_t>(cx.program.combines.size());
    cx.program.combines.push_back(std::move(policy));
}

void resolve_escalate(Context& cx, const Origin<syntax::Block>& origin) {
    auto track = policy_track(cx, origin);
    if (!track) return;
    const syntax::Block& block = *origin.node;
    const ir::Track& owner = cx.program.tracks[track->index()];
    if (owner.escalate &&
        repeated_policy(cx, owner.escalate, cx.program.escalations[*owner.escalate].span, block)) {
        return;
    }
    ir::EscalatePolicy policy;
    policy.track = *track;
    policy.span = block.name.span;
    policy.status = find_status(cx, block.clauses);
    policy.citations = resolve_citations(cx, block.clauses);
    policy.notes = texts(block.clauses, "note");
    ExprResolver resolver(cx, origin.module);
    const auto* binder = first_clause<syntax::ForClause>(block.clauses);
    bool complete = binder != nullptr;
    if (binder != nullptr) policy.binder = *resolver.bind_for(*binder);
    if (const auto* latest = find_expr(block.clauses, "latest")) {
        policy.latest =
            resolver.resolve_as(latest->expr, ir::Type::date(), base::msg("E3001", "`latest`"));
    }
    if (const auto* previous = find_expr(block.clauses, "previous")) {
        policy.previous = resolver.resolve(previous->expr);
        ir::Type type = cx.program.type_of(policy.previous);
        if (type.kind == ir::TypeKind::Sanction) {
            policy.ladder = type.ladder_id();
        } else if (!type.is_error()) {
            cx.error(codes::kTypeMismatch, cx.program.span_of(policy.previous),
                     base::msg("E3001.previous", type_name(cx.program, type)))
                .hint = base::msg("E3001.hint_previous");
        }
    } else {
        complete = false;
    }
    if (const auto* ceiling = find_expr(block.clauses, "ceiling"); ceiling && complete) {
        ir::ExprId id = resolver.resolve_as(ceiling->expr, ir::Type::sanction(policy.ladder),
                                            base::msg("E3001", "`ceiling`"));
        const auto* level = std::get_if<ir::LevelConst>(&cx.program.expr(id));
        ir::Type type = cx.program.type_of(id);
        if (level != nullptr && type.kind == ir::TypeKind::Sanction &&
            type.ladder_id() == policy.ladder) {
            policy.ceiling = level->level;
        } else if (!type.is_error() &&
                   !std::holds_alternative<ir::Invalid>(cx.program.expr(id))) {
            // Resolution errors (an unknown step) are already reported.
            bool same_ladder =
                type.kind == ir::TypeKind::Sanction && type.ladder_id() == policy.ladder;
            base::MessageArg found = same_ladder ? base::word("word.check.not_written_step")
                                                 : base::MessageArg{type_name(cx.program, type), false, {}};
            cx.error(codes::kBadCeiling, cx.program.span_of(id), base::msg("E3018", found)).hint =
                base::msg("E3018.hint");
        }
    }
    if (!complete) return;  // E2022 reported by the clause pass
    cx.program.tracks[track->index()].escalate =
        static_cast<std::uint32_t>(cx.program.escalations.size());
    cx.program.escalations.push_back(std::move(policy));
}

void resolve_ruleset(Context& cx) {
    if (!cx.ruleset_syntax) return;
    const auto [block, module] = *cx.ruleset_syntax;
    ir::Ruleset& ruleset = cx.program.ruleset;
    ruleset.name = block->name.name;
    ruleset.label = to_label(block->label);
    ruleset.module = module;
    ruleset.span = block->name.span;
    ruleset.notes = texts(block->clauses, "note");
    if (const syntax::TextClause* version = find_text(block->clauses, "version")) {
        ruleset.version = version->text.value;
    }
    if (const auto* inexact = find_word(block->clauses, "inexact")) {
        ruleset.inexact = inexact_policy(cx, *inexact);
    }
    const auto* in_force = first_clause<syntax::InForceClause>(block->clauses);
    if (in_force == nullptr) return;
    if (in_force->from || in_force->until) {
        cx.error(codes::kClauseNotAllowed, in_force->span, base::msg("E2020.ruleset_in_force"))
            .hint = base::msg("E2020.hint_ruleset_in_force");
    }
    if (in_force->by) {
        ExprResolver resolver(cx, module);
        ir::ExprId by = resolver.resolve_as(*in_force->by, ir::Type::date(),
                                            base::msg("E3001", "`in force by`"));
        cx.program.ruleset.judged_by = by;
    }
}

}  // namespace

void resolve_ladders(Context& cx) {
    resolve_ladder_entries(cx);
    for (const Origin<syntax::Block>& origin : cx.combine_syntax) resolve_combine(cx, origin);
    for (const Origin<syntax::Block>& origin : cx.escalate_syntax) resolve_escalate(cx, origin);
    resolve_ruleset(cx);
}

}  // namespace netral::check
