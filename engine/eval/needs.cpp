// SPDX-License-Identifier: Apache-2.0
// Why an expression is unknown: the absent facts, inexact dates and missing table rows behind
// it. Only called on the slow path, for rules whose truth came out unknown.
#include <algorithm>
#include <type_traits>

#include "eval/evaluator.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

bool inexact_date(const Value& v) {
    return (v.kind == ValueKind::Date || v.kind == ValueKind::Period) && !v.days.exact();
}

}  // namespace

void Evaluator::setter_needs(ir::DerivedId id, const facts::Instance* argument,
                             std::vector<Need>& out) {
    const ir::Program& p = in_.program;
    for (ir::RuleId rule_id : p.derived[id.index()].set_by) {
        const ir::Rule& rule = p.rules[rule_id.index()];
        auto visit = [&]() {
            if (rule_truth(rule) != kUnknown) return;
            for (const ir::Conclusion& conclusion : rule.conclusions) {
                const auto* set = std::get_if<ir::SetDerived>(&conclusion);
                if (set == nullptr || set->derived != id) continue;
                if (!set->args.empty()) {
                    Value arg = eval(set->args.front());
                    if (arg.kind != ValueKind::Record || arg.record != argument) continue;
                }
                if (rule.binder && rule.binder->filter) needs(*rule.binder->filter, out);
                if (rule.condition) needs(*rule.condition, out);
            }
        };
        if (!rule.binder) {
            visit();
            continue;
        }
        Value list = eval(rule.binder->collection);
        if (list.kind != ValueKind::List) continue;
        Value saved = vars_[slot(rule.binder->var)];
        for (const facts::Instance* item : list.list->items) {
            vars_[slot(rule.binder->var)] = Value::of_record(item);
            visit();
        }
        vars_[slot(rule.binder->var)] = saved;
    }
}

void Evaluator::needs(ir::ExprId id, std::vector<Need>& out) {
    const ir::Program& p = in_.program;
    Value value = eval(id);
    bool undecided = value.is_unknown();
    const ir::Expr& expr = p.expr(id);
    auto add = [&](Need need) {
        for (const Need& n : out) {
            if (n.instance == need.instance && n.id == need.id && n.kind == need.kind &&
                n.table == need.table) {
                return;
            }
        }
        out.push_back(need);
    };
    // An inexact date is itself a need when it reaches a comparison that it leaves undecided.
    if (const auto* fact = std::get_if<ir::FactRef>(&expr)) {
        if (undecided) add({nullptr, fact->fact.value, Need::Kind::Missing, 0});
        if (inexact_date(value)) add({nullptr, fact->fact.value, Need::Kind::InexactDate, 0});
        return;
    }
    if (const auto* member = std::get_if<ir::Member>(&expr)) {
        Value object = eval(member->object);
        if (object.kind != ValueKind::Record) {
            needs(member->object, out);
            return;
        }
        auto field = member_field(*object.record, *member);
        if (!field) return;
        if (undecided) add({object.record, field->value, Need::Kind::Missing, 0});
        if (inexact_date(value)) add({object.record, field->value, Need::Kind::InexactDate, 0});
        return;
    }
    if (!undecided) return;
    std::visit(
        [&](const auto& node) {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ir::Not>) {
                needs(node.operand, out);
            } else if constexpr (std::is_same_v<T, ir::And> || std::is_same_v<T, ir::Or>) {
                for (ir::ExprId operand : node.operands) needs(operand, out);
            } else if constexpr (std::is_same_v<T, ir::Compare>) {
                needs(node.lhs, out);
                needs(node.rhs, out);
            } else if constexpr (std::is_same_v<T, ir::In>) {
                needs(node.element, out);
                needs(node.container, out);
            } else if constexpr (std::is_same_v<T, ir::Range>) {
                needs(node.low, out);
                needs(node.high, out);
            } else if constexpr (std::is_same_v<T, ir::IsSet>) {
                needs(node.operand, out);
            } else if constexpr (std::is_same_v<T, ir::If>) {
                needs(node.condition, out);
                needs(node.then_value, out);
                needs(node.else_value, out);
            } else if constexpr (std::is_same_v<T, ir::TableCell>) {
                bool keys_known = true;
                for (ir::ExprId key : node.keys) {
                    if (eval(key).is_unknown()) {
                        keys_known = false;
                        needs(key, out);
                    }
                }
                if (keys_known) add({nullptr, 0, Need::Kind::NoTableRow, node.table.value});
            } else if constexpr (std::is_same_v<T, ir::DerivedRef> || std::is_same_v<T, ir::Call>) {
                const ir::Derived& decl = p.derived[node.derived.index()];
                const facts::Instance* argument = nullptr;
                if constexpr (std::is_same_v<T, ir::Call>) {
                    Value arg = eval(node.argument);
                    if (arg.kind != ValueKind::Record) {
                        needs(node.argument, out);
                        return;
                    }
                    argument = arg.record;
                }
                if (!decl.value) {
                    setter_needs(node.derived, argument, out);
                    return;
                }
                if (decl.param) {
                    Value saved = vars_[slot(*decl.param)];
                    vars_[slot(*decl.param)] = Value::of_record(argument);
                    needs(*decl.value, out);
                    vars_[slot(*decl.param)] = saved;
                } else {
                    needs(*decl.value, out);
                }
            } else if constexpr (std::is_same_v<T, ir::Quantifier>) {
                Value list = eval(node.collection);
                if (list.kind != ValueKind::List) {
                    needs(node.collection, out);
                    return;
                }
                if (!node.filter) return;
                Value saved = vars_[slot(node.var)];
                for (const facts::Instance* item : list.list->items) {
                    vars_[slot(node.var)] = Value::of_record(item);
                    needs(*node.filter, out);
                }
                vars_[slot(node.var)] = saved;
            }
        },
        expr);
}

}  // namespace netral::eval
