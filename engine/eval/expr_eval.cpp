// SPDX-License-Identifier: Apache-2.0
// Evaluation of expressions in three-valued logic (see evaluator.hpp). Kleene's rules: `and` is
// false when any operand is false, `or` true when any is true, otherwise unknown dominates.
// Inexact dates are day ranges: a comparison holds or fails only when it does for every day.
#include <algorithm>
#include <array>
#include <type_traits>

#include "eval/evaluator.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

Value unknown() { return Value::unknown(); }

Value truth_value(int t) { return t == kUnknown ? unknown() : Value::of_bool(t == kTrue); }

int truth_of(const Value& v) {
    if (v.kind != ValueKind::Bool) return kUnknown;
    return v.boolean ? kTrue : kFalse;
}

/// Severity key of a ladder step: category order first (outcomes after every ordinal category),
/// then the sanction's rank (a bare category before its sanctions).
std::pair<std::int64_t, std::int64_t> level_key(const ir::Program& p, const Value& v) {
    const ir::Category& category = p.categories[v.index];
    std::int64_t major = category.ordinal ? *category.ordinal : 100000 + v.index;
    std::int64_t minor = v.sanction == facts::kNoSanction ? -1 : p.sanctions[v.sanction].rank;
    return {major, minor};
}

/// The position of alternative T in ir::Expr, for switching on Expr::index().
template <typename T, std::size_t I = 0>
constexpr std::size_t alt() {
    if constexpr (std::is_same_v<std::variant_alternative_t<I, ir::Expr>, T>) {
        return I;
    } else {
        return alt<T, I + 1>();
    }
}

template <typename T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

Evaluator::Evaluator(const Inputs& inputs)
    : in_(inputs),
      budget_(inputs.budget != nullptr ? inputs.budget : &unbounded_),
      vars_(inputs.plan.var_slots),
      global_memo_(inputs.plan.global_derived),
      global_state_(inputs.plan.global_derived, 0),
      global_setter_(inputs.plan.global_derived, -1) {
    instance_offset_.reserve(inputs.incident.instances.size());
    std::uint32_t total = 0;
    for (const facts::Instance& instance : inputs.incident.instances) {
        instance_offset_.push_back(total);
        total += inputs.plan.record_derived[instance.record.index()];
    }
    instance_memo_.resize(total);
    instance_state_.assign(total, 0);
    instance_setter_.assign(total, -1);
}

int Evaluator::compare(const ir::Program& p, const Value& a, const Value& b) {
    if (a.kind != b.kind) return 2;
    switch (a.kind) {
        case ValueKind::Bool:
            return three_way(a.boolean, b.boolean);
        case ValueKind::Int:
            return three_way(a.integer, b.integer);
        case ValueKind::Enum:
            return three_way(a.index, b.index);
        case ValueKind::Text:
            return three_way(a.text, b.text);
        case ValueKind::Level:
            return three_way(level_key(p, a), level_key(p, b));
        case ValueKind::Date:
            if (a.days.last < b.days.first) return -1;
            if (a.days.first > b.days.last) return 1;
            if (a.days.exact() && b.days.exact()) return 0;
            return 2;
        default:
            return 2;
    }
}

int Evaluator::truth(ir::ExprId id) { return truth_of(eval(id)); }

Value Evaluator::eval_default(ir::ExprId default_value) { return eval(default_value); }

Value Evaluator::fact_value(ir::FactId fact) {
    const facts::Slot& slot = in_.incident.facts[fact.index()];
    if (slot.value.is_unknown() && slot.origin.kind == facts::OriginKind::Default) {
        const auto& decl = in_.program.facts[fact.index()];
        if (decl.default_value) return eval_default(*decl.default_value);
    }
    return slot.value;
}

Value Evaluator::field_value(const facts::Instance& instance, ir::FieldId field) {
    const facts::Slot& slot = instance.slots[in_.plan.layout.field_slot[field.index()]];
    if (slot.value.is_unknown() && slot.origin.kind == facts::OriginKind::Default) {
        const auto& decl = in_.program.fields[field.index()];
        if (decl.default_value) return eval_default(*decl.default_value);
    }
    return slot.value;
}

std::optional<ir::FieldId> Evaluator::member_field(const facts::Instance& instance,
                                                   const ir::Member& member) const {
    if (member.fields.size() == 1) return member.fields.front();
    const ir::Record& record = in_.program.records[instance.record.index()];
    if (!record.tag_field) return std::nullopt;
    const Value& tag = instance.slots[in_.plan.layout.field_slot[record.tag_field->index()]].value;
    if (tag.kind != ValueKind::Enum) return std::nullopt;
    for (ir::FieldId field : member.fields) {
        const auto& cases = in_.program.fields[field.index()].cases;
        if (std::find(cases.begin(), cases.end(), tag.index) != cases.end()) return field;
    }
    return std::nullopt;
}

std::int32_t Evaluator::table_row(ir::TableId table, const Value* keys, std::size_t n) const {
    const plan::TableIndex& index = in_.plan.tables[table.index()];
    std::size_t at = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (keys[k].kind != ValueKind::Enum) return -1;
        at = at * index.radix[k] + keys[k].index;
    }
    return index.rows[at];
}

Value Evaluator::in(const ir::In& node) {
    Value element = eval(node.element);
    if (element.is_unknown()) return unknown();
    const ir::Expr& container = in_.program.expr(node.container);
    int result = kFalse;
    if (const auto* set = std::get_if<ir::SetOf>(&container)) {
        for (ir::ExprId member : set->elements) {
            int c = compare(in_.program, element, eval(member));
            if (c == 0) {
                result = kTrue;
                break;
            }
            if (c == 2) result = kUnknown;
        }
    } else {
        Value range = eval(node.container);
        if (range.kind == ValueKind::Period && element.kind == ValueKind::Date) {
            if (element.days.first >= range.days.first && element.days.last <= range.days.last) {
                result = kTrue;
            } else if (element.days.last < range.days.first ||
                       element.days.first > range.days.last) {
                result = kFalse;
            } else {
                result = kUnknown;
            }
        } else if (range.kind == ValueKind::IntRange && element.kind == ValueKind::Int) {
            result =
                element.integer >= range.integer && element.integer <= range.high ? kTrue : kFalse;
        } else {
            result = kUnknown;
        }
    }
    if (node.negated && result != kUnknown) result = result == kTrue ? kFalse : kTrue;
    return truth_value(result);
}

Value Evaluator::quantify(const ir::Quantifier& node) {
    Value list = eval(node.collection);
    if (list.kind != ValueKind::List) return unknown();
    Value saved = vars_[slot(node.var)];
    int any = kFalse;
    int all = kTrue;
    std::int64_t count = 0;
    bool count_unknown = false;
    for (const facts::Instance* item : list.list->items) {
        vars_[slot(node.var)] = Value::of_record(item);
        int t = node.filter ? truth(*node.filter) : kTrue;
        if (t == kTrue) {
            any = kTrue;
            ++count;
        } else if (t == kUnknown) {
            if (any != kTrue) any = kUnknown;
            count_unknown = true;
        }
        if (t == kFalse) all = kFalse;
        if (t == kUnknown && all == kTrue) all = kUnknown;
    }
    vars_[slot(node.var)] = saved;
    switch (node.kind) {
        case ir::QuantifierKind::Any:
            return truth_value(any);
        case ir::QuantifierKind::All:
            return truth_value(all);
        case ir::QuantifierKind::Count:
            return count_unknown ? unknown() : Value::of_int(count);
    }
    return unknown();
}

Value Evaluator::eval(ir::ExprId id) {
    if (!budget_->step()) return unknown();
    const ir::Program& p = in_.program;
    const ir::Expr& expr = p.expr(id);
    switch (expr.index()) {
        case alt<ir::BoolConst>():
            return Value::of_bool(std::get<ir::BoolConst>(expr).value);
        case alt<ir::IntConst>():
            return Value::of_int(std::get<ir::IntConst>(expr).value);
        case alt<ir::TextConst>():
            return Value::of_text(std::get<ir::TextConst>(expr).value);
        case alt<ir::DateConst>(): {
            auto day = static_cast<facts::Day>(ir::to_days(std::get<ir::DateConst>(expr).value));
            return Value::of_date({day, day});
        }
        case alt<ir::EnumConst>():
            return Value::of_enum(std::get<ir::EnumConst>(expr).value);
        case alt<ir::LevelConst>(): {
            const ir::Level& level = std::get<ir::LevelConst>(expr).level;
            return Value::of_level(level.category.value,
                                   level.sanction ? level.sanction->value : facts::kNoSanction);
        }
        case alt<ir::AsOf>():
            return Value::of_date({in_.as_of, in_.as_of});
        case alt<ir::VarRef>():
            return vars_[slot(std::get<ir::VarRef>(expr).var)];
        case alt<ir::FactRef>():
            return fact_value(std::get<ir::FactRef>(expr).fact);
        case alt<ir::DerivedRef>():
            return derived(std::get<ir::DerivedRef>(expr).derived, nullptr);
        case alt<ir::Call>(): {
            const auto& call = std::get<ir::Call>(expr);
            Value argument = eval(call.argument);
            if (argument.kind != ValueKind::Record) return unknown();
            return derived(call.derived, argument.record);
        }
        case alt<ir::ParamRef>():
            return Value::of_enum(in_.params[std::get<ir::ParamRef>(expr).param.index()]);
        case alt<ir::TableCell>(): {
            const auto& cell = std::get<ir::TableCell>(expr);
            std::array<Value, kMaxTableKeys> keys;
            std::size_t n = std::min(cell.keys.size(), kMaxTableKeys);
            for (std::size_t k = 0; k < n; ++k) keys[k] = eval(cell.keys[k]);
            std::int32_t row = n == cell.keys.size() ? table_row(cell.table, keys.data(), n) : -1;
            if (row < 0) return unknown();
            return eval(p.tables[cell.table.index()].rows[row].cells[cell.column]);
        }
        case alt<ir::Member>(): {
            const auto& member = std::get<ir::Member>(expr);
            Value object = eval(member.object);
            if (object.kind != ValueKind::Record) return unknown();
            auto field = member_field(*object.record, member);
            if (!field) return unknown();
            return field_value(*object.record, *field);
        }
        case alt<ir::Not>(): {
            int t = truth(std::get<ir::Not>(expr).operand);
            return truth_value(t == kUnknown ? kUnknown : (t == kTrue ? kFalse : kTrue));
        }
        case alt<ir::And>(): {
            int result = kTrue;
            for (ir::ExprId operand : std::get<ir::And>(expr).operands) {
                int t = truth(operand);
                if (t == kFalse) return Value::of_bool(false);
                if (t == kUnknown) result = kUnknown;
            }
            return truth_value(result);
        }
        case alt<ir::Or>(): {
            int result = kFalse;
            for (ir::ExprId operand : std::get<ir::Or>(expr).operands) {
                int t = truth(operand);
                if (t == kTrue) return Value::of_bool(true);
                if (t == kUnknown) result = kUnknown;
            }
            return truth_value(result);
        }
        case alt<ir::Compare>(): {
            const auto& cmp = std::get<ir::Compare>(expr);
            Value a = eval(cmp.lhs);
            Value b = eval(cmp.rhs);
            if (a.is_unknown() || b.is_unknown()) return unknown();
            int c = compare(p, a, b);
            if (c == 2) {
                // Inexact dates: `==` fails when the spans are disjoint (handled by compare);
                // an overlap leaves every operator undecided.
                return unknown();
            }
            switch (cmp.op) {
                case ir::CompareOp::Eq:
                    return Value::of_bool(c == 0);
                case ir::CompareOp::Ne:
                    return Value::of_bool(c != 0);
                case ir::CompareOp::Lt:
                    return Value::of_bool(c < 0);
                case ir::CompareOp::Le:
                    return Value::of_bool(c <= 0);
                case ir::CompareOp::Gt:
                    return Value::of_bool(c > 0);
                case ir::CompareOp::Ge:
                    return Value::of_bool(c >= 0);
            }
            return unknown();
        }
        case alt<ir::In>():
            return in(std::get<ir::In>(expr));
        case alt<ir::IsSet>(): {
            const auto& is_set = std::get<ir::IsSet>(expr);
            bool set = !eval(is_set.operand).is_unknown();
            return Value::of_bool(is_set.negated ? !set : set);
        }
        case alt<ir::Range>(): {
            const auto& range = std::get<ir::Range>(expr);
            Value low = eval(range.low);
            Value high = eval(range.high);
            if (low.is_unknown() || high.is_unknown()) return unknown();
            if (low.kind == ValueKind::Int) return Value::of_int_range(low.integer, high.integer);
            return Value::of_period({low.days.first, high.days.last});
        }
        case alt<ir::SetOf>(): {
            Value set;
            set.kind = ValueKind::Set;
            set.index = id.value;
            return set;
        }
        case alt<ir::If>(): {
            const auto& node = std::get<ir::If>(expr);
            int t = truth(node.condition);
            if (t == kTrue) return eval(node.then_value);
            if (t == kFalse) return eval(node.else_value);
            Value a = eval(node.then_value);
            Value b = eval(node.else_value);
            return compare(p, a, b) == 0 ? a : unknown();
        }
        case alt<ir::Quantifier>():
            return quantify(std::get<ir::Quantifier>(expr));
        default:
            return unknown();
    }
}

}  // namespace netral::eval
