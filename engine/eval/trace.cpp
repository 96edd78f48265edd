// SPDX-License-Identifier: Apache-2.0
// Implements trace_condition (trace.hpp).
#include "eval/trace.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "eval/words.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

Truth to_truth(int t) {
    return t == kTrue ? Truth::True : (t == kFalse ? Truth::False : Truth::Unknown);
}

struct Tracer {
    Describer& d;
    Evaluator& ev;
    bool hints;
    const ir::Program& p;
    int depth = 0;

    /// Adds the value read by `id` (and, for a derived fact, a part showing its definition).
    void read(ir::ExprId id, ConditionTrace& node) {
        if (d.is_constant(id)) return;
        const ir::Expr& expr = p.expr(id);
        if (std::holds_alternative<ir::VarRef>(expr)) return;
        node.values.push_back(d.seen(id));
        if (depth > 8) return;  // derived facts nest; the trail shows the first levels
        const ir::Derived* derived = nullptr;
        const facts::Instance* argument = nullptr;
        if (const auto* ref = std::get_if<ir::DerivedRef>(&expr)) {
            derived = &p.derived[ref->derived.index()];
        } else if (const auto* call = std::get_if<ir::Call>(&expr)) {
            derived = &p.derived[call->derived.index()];
            Value arg = ev.eval(call->argument);
            if (arg.kind != ValueKind::Record) return;
            argument = arg.record;
        }
        if (derived == nullptr || !derived->value) return;
        // The explanation depends only on the derived fact, its argument, how deep it sits and
        // whether hints are asked for: explained once per evaluation, then copied.
        auto key = std::make_tuple(static_cast<std::uint32_t>(derived - p.derived.data()),
                                   argument ? argument->serial : ~std::uint32_t{0}, depth, hints);
        if (auto found = d.derivations.find(key); found != d.derivations.end()) {
            node.parts.push_back(found->second);
            return;
        }
        Value saved;
        if (derived->param) {
            saved = ev.bound(*derived->param);
            ev.bind(*derived->param, Value::of_record(argument));
        }
        ConditionTrace definition;
        definition.text = derived->name +
                          (derived->param ? "(" + p.vars[derived->param->index()].name + ")" : "") +
                          " = " + d.text(*derived->value);
        definition.result = Truth::True;
        ++depth;
        explain_value(*derived->value, definition);
        --depth;
        if (derived->param) ev.bind(*derived->param, saved);
        d.derivations.emplace(key, definition);
        node.parts.push_back(std::move(definition));
    }

    /// For a non-Bool expression: the conditions that chose its value and the values it read.
    void explain_value(ir::ExprId id, ConditionTrace& node) {
        const ir::Expr& expr = p.expr(id);
        if (const auto* branch = std::get_if<ir::If>(&expr)) {
            node.parts.push_back(condition(branch->condition));
            int t = ev.truth(branch->condition);
            if (t == kTrue) explain_value(branch->then_value, node);
            if (t == kFalse) explain_value(branch->else_value, node);
            return;
        }
        if (p.type_of(id).kind == ir::TypeKind::Bool && !d.is_constant(id) &&
            (std::holds_alternative<ir::Compare>(expr) || std::holds_alternative<ir::In>(expr) ||
             std::holds_alternative<ir::And>(expr) || std::holds_alternative<ir::Or>(expr) ||
             std::holds_alternative<ir::Not>(expr))) {
            node.parts.push_back(condition(id));
            return;
        }
        if (const auto* cell = std::get_if<ir::TableCell>(&expr)) {
            for (ir::ExprId key : cell->keys) read(key, node);
        }
        read(id, node);
    }

    /// The values a leaf condition reads.
    void read_operands(ir::ExprId id, const ir::Expr& expr, ConditionTrace& node) {
        if (const auto* c = std::get_if<ir::Compare>(&expr)) {
            read(c->lhs, node);
            read(c->rhs, node);
        } else if (const auto* in = std::get_if<ir::In>(&expr)) {
            read(in->element, node);
            read(in->container, node);
        } else if (const auto* is = std::get_if<ir::IsSet>(&expr)) {
            read(is->operand, node);
        } else if (const auto* q = std::get_if<ir::Quantifier>(&expr)) {
            read(q->collection, node);
        } else {
            read(id, node);
        }
    }

    ConditionTrace condition(ir::ExprId id) {
        ConditionTrace node;
        node.text = d.text(id);
        const ir::Expr& expr = p.expr(id);
        // `not`, `and` and `or` take their result from their operands' traces (Kleene's rules,
        // as the evaluator applies them) instead of evaluating the whole subtree again.
        if (const auto* n = std::get_if<ir::Not>(&expr)) {
            node.parts.push_back(condition(n->operand));
            Truth t = node.parts.back().result;
            node.result = t == Truth::True ? Truth::False
                                           : (t == Truth::False ? Truth::True : Truth::Unknown);
        } else if (std::holds_alternative<ir::And>(expr) || std::holds_alternative<ir::Or>(expr)) {
            bool conjunction = std::holds_alternative<ir::And>(expr);
            const auto& operands =
                conjunction ? std::get<ir::And>(expr).operands : std::get<ir::Or>(expr).operands;
            Truth decisive = conjunction ? Truth::False : Truth::True;
            bool all_other = true;  // every operand is the non-decisive value
            node.result = Truth::Unknown;
            for (ir::ExprId operand : operands) {
                node.parts.push_back(condition(operand));
                Truth t = node.parts.back().result;
                if (t == decisive) node.result = decisive;
                if (t != (conjunction ? Truth::True : Truth::False)) all_other = false;
            }
            if (node.result != decisive && all_other) {
                node.result = conjunction ? Truth::True : Truth::False;
            }
        } else {
            node.result = to_truth(ev.truth(id));
            read_operands(id, expr, node);
        }
        if (hints && node.result != Truth::True) hint(id, true, node.would_hold);
        return node;
    }

    std::string name_of(ir::ExprId id) {
        if (d.is_constant(id)) return d.text(id);
        return d.seen(id).name;
    }

    bool is_derived(ir::ExprId id) const {
        const ir::Expr& expr = p.expr(id);
        return std::holds_alternative<ir::DerivedRef>(expr) ||
               std::holds_alternative<ir::Call>(expr);
    }

    /// The incident facts (and the as-of date) a derived value is computed from, each once, in
    /// the order its definition reads them.
    std::vector<std::string> facts_behind(ir::ExprId id) {
        ConditionTrace scratch;
        read(id, scratch);
        std::vector<std::string> names;
        collect_facts(scratch.parts, names);
        return names;
    }

    static void collect_facts(const std::vector<ConditionTrace>& nodes,
                              std::vector<std::string>& names) {
        for (const ConditionTrace& node : nodes) {
            for (const ValueSeen& value : node.values) {
                if (!from_incident(value.origin)) continue;
                if (std::find(names.begin(), names.end(), value.name) == names.end()) {
                    names.push_back(value.name);
                }
            }
            collect_facts(node.parts, names);
        }
    }

    /// Whether a value of this origin is something the incident (or the run's as-of date)
    /// gives, and so something a reader can change.
    static bool from_incident(OriginKind origin) {
        switch (origin) {
            case OriginKind::Given:
            case OriginKind::Default:
            case OriginKind::Absent:
            case OriginKind::Host:
            case OriginKind::Implied:
            case OriginKind::AsOf:
            case OriginKind::Changed:
                return true;
            case OriginKind::Derived:
            case OriginKind::Table:
            case OriginKind::Parameter:
            case OriginKind::Constant:
                return false;
        }
        return false;
    }

    /// The hint `goal` (`regime = pp94`) about `subject`: as is for a fact the incident gives;
    /// for a derived fact, the incident facts behind it, since a derived value (the regime, the
    /// stage of an act) cannot be changed except through them.
    Text goal_hint(ir::ExprId subject, const std::string& goal) {
        if (!is_derived(subject)) return d.plain(goal);
        std::vector<std::string> facts = facts_behind(subject);
        if (facts.empty()) return say(Word::HintDerived, {name_of(subject), goal});
        std::string listed;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            listed += (i == 0 ? "" : ", ") + facts[i];
        }
        return say(Word::HintThrough, {listed, goal});
    }

    /// Which values would make `id` evaluate to `want` (for leaves; composites recurse).
    void hint(ir::ExprId id, bool want, std::vector<Text>& out) {
        const ir::Expr& expr = p.expr(id);
        if (const auto* n = std::get_if<ir::Not>(&expr)) {
            hint(n->operand, !want, out);
            return;
        }
        if (std::holds_alternative<ir::And>(expr) || std::holds_alternative<ir::Or>(expr)) {
            return;  // each operand carries its own hint
        }
        if (const auto* c = std::get_if<ir::Compare>(&expr)) {
            static const char* kOps[] = {"=", "≠", "<", "≤", ">", "≥"};
            static const char* kNegated[] = {"≠", "=", "≥", ">", "≤", "<"};
            auto op = static_cast<std::size_t>(c->op);
            const char* sign = want ? kOps[op] : kNegated[op];
            ir::ExprId subject = d.is_constant(c->lhs) ? c->rhs : c->lhs;
            ir::ExprId other = subject == c->lhs ? c->rhs : c->lhs;
            out.push_back(goal_hint(subject, name_of(subject) + " " + sign + " " + name_of(other)));
            return;
        }
        if (const auto* in = std::get_if<ir::In>(&expr)) {
            bool inside = want != in->negated;
            out.push_back(goal_hint(in->element, name_of(in->element) + (inside ? " ∈ " : " ∉ ") +
                                                     d.text(in->container)));
            return;
        }
        if (const auto* is = std::get_if<ir::IsSet>(&expr)) {
            bool set = want != is->negated;
            out.push_back(say(set ? Word::HintGiven : Word::HintLeftOut, {name_of(is->operand)}));
            return;
        }
        if (p.type_of(id).kind == ir::TypeKind::Bool) {
            out.push_back(goal_hint(id, name_of(id) + " = " + (want ? "true" : "false")));
        }
    }
};

}  // namespace

ConditionTrace trace_condition(Describer& describer, Evaluator& evaluator, ir::ExprId id,
                               bool hints) {
    Tracer tracer{describer, evaluator, hints, evaluator.program()};
    return tracer.condition(id);
}

}  // namespace netral::eval
