// SPDX-License-Identifier: Apache-2.0
// The rule pass: resolves each rule's binder, validity, condition, conclusions, reason text
// and relations to other rules. The binder's filter (and the `when` condition) narrow record
// variants for everything after them in the rule.
#include "base/suggest.hpp"
#include "check/clause_values.hpp"
#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "check/passes.hpp"
#include "check/reason.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

class RuleResolver {
public:
    RuleResolver(Context& cx, ir::RuleId id)
        : cx_(cx), id_(id), origin_(cx.rule_syntax[id.index()]), exprs_(cx, origin_.module) {}

    void run() {
        const std::vector<syntax::Clause>& clauses = origin_.node->clauses;
        ir::Rule rule = std::move(cx_.program.rules[id_.index()]);
        rule.citations = resolve_citations(cx_, clauses);
        rule.status = find_status(cx_, clauses).value_or(ir::Status::Unverified);
        if (const syntax::TextClause* row = find_text(clauses, "row")) rule.row = row->text.value;
        rule.notes = texts(clauses, "note");
        rule.quotes = texts(clauses, "quote");
        // Clause order does not matter: bind first, then everything that may use the binder.
        const auto* binder = first_clause<syntax::ForClause>(clauses);
        if (binder != nullptr) rule.binder = exprs_.bind_for(*binder);
        if (const auto* in_force = first_clause<syntax::InForceClause>(clauses)) {
            rule.in_force = in_force_of(*in_force, rule.name);
        }
        if (const syntax::ExprClause* when = find_expr(clauses, "when")) {
            rule.condition =
                exprs_.resolve_as(when->expr, ir::Type::boolean(),
                                  base::msg("E3001", base::word("word.check.place_when")));
            exprs_.narrow_by(*rule.condition);
        }
        for_each_clause<syntax::ThenClause>(clauses, [&](const syntax::ThenClause& then) {
            if (auto conclusion = conclusion_of(then)) {
                rule.conclusions.push_back(std::move(*conclusion));
            }
        });
        if (const syntax::TextClause* because = find_text(clauses, "because")) {
            rule.because = resolve_reason(cx_, exprs_, *because);
        }
        for_each_clause<syntax::RelationClause>(clauses, [&](const syntax::RelationClause& r) {
            if (auto relation = relation_of(r)) rule.relations.push_back(std::move(*relation));
        });
        cx_.program.rules[id_.index()] = std::move(rule);
    }

private:
    ir::InForce in_force_of(const syntax::InForceClause& clause, const std::string& name) {
        ir::InForce in_force = resolve_in_force(cx_, exprs_, clause);
        if (in_force.judged_by) return in_force;
        if (cx_.program.ruleset.judged_by) {
            in_force.judged_by = cx_.program.ruleset.judged_by;
            in_force.judged_by_ruleset = true;
            return in_force;
        }
        cx_.error(codes::kNoJudgingDate, clause.span, base::msg("E3016", name)).hint =
            base::msg("E3016.hint");
        return in_force;
    }

    std::optional<ir::Conclusion> conclusion_of(const syntax::ThenClause& then) {
        const auto& conclusion = then.conclusion;
        if (const auto* finding = boost::get<syntax::FindingConclusion>(&conclusion)) {
            return finding_of(*finding, then.span);
        }
        if (const auto* refer = boost::get<syntax::ReferConclusion>(&conclusion)) {
            auto citation = resolve_citation(cx_, refer->citation);
            if (!citation) return std::nullopt;
            return ir::Referral{std::move(*citation), then.span};
        }
        if (const auto* review = boost::get<syntax::ReviewConclusion>(&conclusion)) {
            return ir::Review{to_label(review->reason), then.span};
        }
        if (const auto* mark = boost::get<syntax::ProvisionalConclusion>(&conclusion)) {
            return ir::Provisional{to_label(mark->reason), then.span};
        }
        return set_of(boost::get<syntax::SetConclusion>(conclusion), then.span);
    }

    std::optional<ir::Conclusion> finding_of(const syntax::FindingConclusion& finding,
                                             base::Span span) {
        const syntax::Ident& name = finding.track;
        Lookup found = cx_.scope.lookup(Namespace::Track, origin_.module, name.name);
        std::optional<ir::Level> level = exprs_.resolve_level(finding.level);
        if (!found.found()) {
            cx_.scope.report(cx_.sink, found, Namespace::Track, origin_.module, name.name,
                             name.span, base::word("word.check.kind_track"));
            return std::nullopt;
        }
        if (!level) return std::nullopt;
        return ir::Finding{ir::TrackId(found.symbol->index), *level, span};
    }

    std::optional<ir::Conclusion> set_of(const syntax::SetConclusion& set, base::Span span) {
        const syntax::Ident& name = set.target.head;
        Lookup found = cx_.scope.lookup(Namespace::Value, origin_.module, name.name);
        if (!found.found()) {
            cx_.scope.report(cx_.sink, found, Namespace::Value, origin_.module, name.name,
                             name.span, base::word("word.check.kind_derived"));
            return std::nullopt;
        }
        if (found.symbol->kind != SymbolKind::Derived) {
            cx_.error(codes::kWrongKind, name.span, base::msg("E2009.set", name.name))
                .notes.push_back({found.symbol->span, base::msg("note.check.declared")});
            return std::nullopt;
        }
        ir::DerivedId id(found.symbol->index);
        const ir::Derived& derived = cx_.program.derived[id.index()];
        ir::SetDerived out{id, {}, ir::ExprId(), span};
        const auto& suffixes = set.target.suffixes;
        std::size_t expected = derived.param ? 1 : 0;
        bool called = !suffixes.empty() && suffixes.front().kind == '(';
        bool shape_ok = expected == 0
                            ? suffixes.empty()
                            : suffixes.size() == 1 && called && suffixes.front().args.size() == 1;
        if (!shape_ok) {
            cx_.error(codes::kBadCall, set.target.span,
                      base::msg("E3009.set", derived.name, expected,
                                derived.name + (expected ? "(x)" : "")));
            return std::nullopt;
        }
        if (called) {
            ir::Type param = cx_.program.vars[derived.param->index()].type;
            out.args.push_back(exprs_.resolve_as(suffixes.front().args.front(), param,
                                                 base::msg("E3001.argument", derived.name)));
        }
        ir::Type type = derived.type;
        std::string name_text = derived.name;
        out.value = exprs_.resolve_as(set.value, type, base::msg("E3001.value_set", name_text));
        cx_.program.derived[id.index()].set_by.push_back(id_);
        return out;
    }

    std::optional<ir::Relation> relation_of(const syntax::RelationClause& clause) {
        ir::Relation relation;
        relation.kind = clause.kind == "exception to" ? ir::RelationKind::ExceptionTo
                                                      : ir::RelationKind::PrevailsOver;
        relation.span = clause.span;
        if (clause.doctrine) {
            static const std::vector<std::string> doctrines(kDoctrineWords.begin(),
                                                            kDoctrineWords.end());
            const syntax::Ident& doctrine = *clause.doctrine;
            for (std::size_t d = 0; d < doctrines.size(); ++d) {
                if (doctrines[d] == doctrine.name) relation.doctrine = static_cast<ir::Doctrine>(d);
            }
            if (!relation.doctrine) {
                base::Diagnostic& diagnostic =
                    cx_.error(codes::kUnknownKeyword, doctrine.span,
                              base::msg("E2031.doctrine", doctrine.name));
                diagnostic.hint = base::did_you_mean(doctrine.name, doctrines);
                if (diagnostic.hint.empty()) diagnostic.hint = base::msg("E2031.hint_doctrine");
            }
        }
        Lookup found = cx_.scope.lookup(Namespace::Rule, origin_.module, clause.target.name);
        if (!found.found()) {
            cx_.scope.report(cx_.sink, found, Namespace::Rule, origin_.module, clause.target.name,
                             clause.target.span, base::word("word.check.kind_rule"));
            return std::nullopt;
        }
        for (const Symbol& version :
             cx_.scope.all_in_module(Namespace::Rule, found.symbol->module, clause.target.name)) {
            relation.targets.push_back(ir::RuleId(version.index));
        }
        return relation;
    }

    Context& cx_;
    ir::RuleId id_;
    Origin<syntax::Block> origin_;
    ExprResolver exprs_;
};

}  // namespace

void resolve_rules(Context& cx) {
    for (std::size_t i = 0; i < cx.program.rules.size(); ++i) {
        if (cx.sink.saturated()) return;
        RuleResolver(cx, ir::RuleId::from_index(i)).run();
    }
}

}  // namespace netral::check
