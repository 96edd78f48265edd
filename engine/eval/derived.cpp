// SPDX-License-Identifier: Apache-2.0
// Derived facts: computed on first use, memoised per evaluation. A derived fact with `= expr`
// evaluates it with its parameter bound; one defined by rules takes the value of the first
// setting rule (in declaration order) that holds for its argument. When no setting rule holds, a
// Bool derived fact is false (what the rules did not establish does not hold); any other type is
// unknown. A setting rule whose truth is unknown makes the value unknown unless an earlier one
// holds.
#include "eval/evaluator.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

Value Evaluator::derived(ir::DerivedId id, const facts::Instance* argument) {
    std::uint32_t slot = in_.plan.derived_slot[id.index()];
    Value* memo = nullptr;
    std::uint8_t* state = nullptr;
    if (argument == nullptr) {
        memo = &global_memo_[slot];
        state = &global_state_[slot];
    } else {
        std::uint32_t at = instance_offset_[argument->serial] + slot;
        memo = &instance_memo_[at];
        state = &instance_state_[at];
    }
    if (*state == 2) return *memo;
    if (*state == 1) return Value::unknown();  // a cycle; the checker rules these out
    *state = 1;
    Value value = compute_derived(id, argument);
    // compute_derived may have grown nothing, so the pointers are still valid.
    *memo = value;
    *state = 2;
    return value;
}

std::optional<ir::RuleId> Evaluator::derived_setter(ir::DerivedId id,
                                                    const facts::Instance* argument) {
    derived(id, argument);
    std::uint32_t slot = in_.plan.derived_slot[id.index()];
    std::int32_t rule = argument == nullptr
                            ? global_setter_[slot]
                            : instance_setter_[instance_offset_[argument->serial] + slot];
    if (rule < 0) return std::nullopt;
    return ir::RuleId::from_index(static_cast<std::size_t>(rule));
}

Value Evaluator::compute_derived(ir::DerivedId id, const facts::Instance* argument) {
    const ir::Program& p = in_.program;
    const ir::Derived& decl = p.derived[id.index()];
    if (decl.value) {
        if (!decl.param) return eval(*decl.value);
        Value saved = vars_[slot(*decl.param)];
        vars_[slot(*decl.param)] = Value::of_record(argument);
        Value value = eval(*decl.value);
        vars_[slot(*decl.param)] = saved;
        return value;
    }
    bool undecided = false;
    for (ir::RuleId rule_id : decl.set_by) {
        const ir::Rule& rule = p.rules[rule_id.index()];
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            const auto* set = std::get_if<ir::SetDerived>(&conclusion);
            if (set == nullptr || set->derived != id) continue;
            auto try_binding = [&]() -> std::optional<Value> {
                if (!set->args.empty()) {
                    Value arg = eval(set->args.front());
                    if (arg.kind != ValueKind::Record || arg.record != argument) {
                        return std::nullopt;
                    }
                }
                int t = rule_truth(rule);
                if (t == kUnknown) undecided = true;
                if (t != kTrue) return std::nullopt;
                return eval(set->value);
            };
            std::optional<Value> found;
            if (rule.binder) {
                Value list = eval(rule.binder->collection);
                if (list.kind != ValueKind::List) continue;
                Value saved = vars_[slot(rule.binder->var)];
                for (const facts::Instance* item : list.list->items) {
                    vars_[slot(rule.binder->var)] = Value::of_record(item);
                    found = try_binding();
                    if (found) break;
                }
                vars_[slot(rule.binder->var)] = saved;
            } else {
                found = try_binding();
            }
            if (found) {
                std::uint32_t slot = in_.plan.derived_slot[id.index()];
                std::int32_t value = static_cast<std::int32_t>(rule_id.value);
                if (argument == nullptr) {
                    global_setter_[slot] = value;
                } else {
                    instance_setter_[instance_offset_[argument->serial] + slot] = value;
                }
                return *found;
            }
        }
    }
    if (undecided) return Value::unknown();
    if (decl.type.kind == ir::TypeKind::Bool) return Value::of_bool(false);
    return Value::unknown();
}

}  // namespace netral::eval
