// SPDX-License-Identifier: Apache-2.0
// Source-like renderings of types, expressions and levels.
#include "check/expr_text.hpp"

#include <type_traits>

#include "base/text.hpp"

namespace netral::check {

namespace {

std::string quoted(const std::string& name) { return "`" + name + "`"; }

/// Binding strength of an expression kind; higher binds tighter.
int precedence(const ir::Expr& expr) {
    if (std::holds_alternative<ir::Or>(expr)) return 1;
    if (std::holds_alternative<ir::And>(expr)) return 2;
    if (std::holds_alternative<ir::Not>(expr)) return 3;
    if (std::holds_alternative<ir::Compare>(expr) || std::holds_alternative<ir::In>(expr) ||
        std::holds_alternative<ir::IsSet>(expr)) {
        return 4;
    }
    if (std::holds_alternative<ir::Range>(expr)) return 5;
    if (std::holds_alternative<ir::If>(expr)) return 0;
    return 6;
}

class Printer {
public:
    Printer(const ir::Program& program, std::optional<ir::VarId> anonymous)
        : program_(program), anonymous_(anonymous) {}

    /// Renders `id`, parenthesised when it binds looser than `context`.
    std::string print(ir::ExprId id, int context = 0) const {
        const ir::Expr& expr = program_.expr(id);
        std::string text = std::visit([&](const auto& node) { return render(node); }, expr);
        return precedence(expr) < context ? "(" + text + ")" : text;
    }

private:
    std::string var_name(ir::VarId var) const {
        if (anonymous_ && *anonymous_ == var) return "$";
        return program_.vars[var.index()].name;
    }
    std::string join(const std::vector<ir::ExprId>& items, const char* separator,
                     int context) const {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out += separator;
            out += print(items[i], context);
        }
        return out;
    }

    std::string render(const ir::BoolConst& e) const { return e.value ? "true" : "false"; }
    std::string render(const ir::IntConst& e) const { return std::to_string(e.value); }
    std::string render(const ir::TextConst& e) const { return base::quoted_literal(e.value); }
    std::string render(const ir::DateConst& e) const { return ir::to_string(e.value); }
    std::string render(const ir::EnumConst& e) const {
        return program_.enums[e.type.index()].values[e.value].name;
    }
    std::string render(const ir::LevelConst& e) const { return level_text(program_, e.level); }
    std::string render(const ir::AsOf&) const { return "as_of"; }
    std::string render(const ir::VarRef& e) const { return var_name(e.var); }
    std::string render(const ir::FactRef& e) const { return program_.facts[e.fact.index()].name; }
    std::string render(const ir::DerivedRef& e) const {
        return program_.derived[e.derived.index()].name;
    }
    std::string render(const ir::Call& e) const {
        return program_.derived[e.derived.index()].name + "(" + print(e.argument) + ")";
    }
    std::string render(const ir::ParamRef& e) const {
        return program_.params[e.param.index()].name;
    }
    std::string render(const ir::TableCell& e) const {
        const ir::Table& table = program_.tables[e.table.index()];
        return table.name + "[" + join(e.keys, ", ", 0) + "]." + table.columns[e.column].name;
    }
    std::string render(const ir::Member& e) const {
        return print(e.object, 6) + "." + program_.fields[e.fields.front().index()].name;
    }
    std::string render(const ir::Not& e) const { return "not " + print(e.operand, 3); }
    std::string render(const ir::And& e) const { return join(e.operands, " and ", 3); }
    std::string render(const ir::Or& e) const { return join(e.operands, " or ", 2); }
    std::string render(const ir::Compare& e) const {
        return print(e.lhs, 5) + " " + compare_op_text(e.op) + " " + print(e.rhs, 5);
    }
    std::string render(const ir::In& e) const {
        return print(e.element, 5) + (e.negated ? " not in " : " in ") + print(e.container, 5);
    }
    std::string render(const ir::IsSet& e) const {
        return print(e.operand, 5) + (e.negated ? " is unset" : " is set");
    }
    std::string render(const ir::Range& e) const {
        return print(e.low, 6) + " .. " + print(e.high, 6);
    }
    std::string render(const ir::SetOf& e) const { return "{" + join(e.elements, ", ", 0) + "}"; }
    std::string render(const ir::If& e) const {
        return "if " + print(e.condition) + " then " + print(e.then_value) + " else " +
               print(e.else_value);
    }
    std::string render(const ir::Quantifier& e) const {
        std::string out = std::string(quantifier_text(e.kind)) + "(" + var_name(e.var) + " in " +
                          print(e.collection);
        if (e.filter) out += " where " + print(*e.filter);
        return out + ")";
    }
    std::string render(const ir::Invalid&) const { return "<invalid>"; }

    const ir::Program& program_;
    std::optional<ir::VarId> anonymous_;
};

}  // namespace

std::string type_name(const ir::Program& program, ir::Type type) {
    switch (type.kind) {
        case ir::TypeKind::Error:
            return "an invalid type";
        case ir::TypeKind::Bool:
            return "bool";
        case ir::TypeKind::Int:
            return "int";
        case ir::TypeKind::Text:
            return "text";
        case ir::TypeKind::Date:
            return "date";
        case ir::TypeKind::Period:
            return "period";
        case ir::TypeKind::IntRange:
            return "int range";
        case ir::TypeKind::Enum: {
            const ir::Enum& e = program.enums[type.ref];
            return (e.param ? "param " : "enum ") + quoted(e.name);
        }
        case ir::TypeKind::Record:
            return "record " + quoted(program.records[type.ref].name);
        case ir::TypeKind::Sanction:
            return "ladder step of " + quoted(program.ladders[type.ref].name);
        case ir::TypeKind::Set:
            return "set of " + type_name(program, type.element_type());
        case ir::TypeKind::List:
            return "list of " + type_name(program, type.element_type());
    }
    return "?";
}

std::string expr_text(const ir::Program& program, ir::ExprId expr,
                      std::optional<ir::VarId> anonymous) {
    return Printer(program, anonymous).print(expr);
}

const char* compare_op_text(ir::CompareOp op) {
    switch (op) {
        case ir::CompareOp::Eq:
            return "==";
        case ir::CompareOp::Ne:
            return "!=";
        case ir::CompareOp::Lt:
            return "<";
        case ir::CompareOp::Le:
            return "<=";
        case ir::CompareOp::Gt:
            return ">";
        case ir::CompareOp::Ge:
            return ">=";
    }
    return "?";
}

const char* quantifier_text(ir::QuantifierKind kind) {
    switch (kind) {
        case ir::QuantifierKind::Any:
            return "any";
        case ir::QuantifierKind::All:
            return "all";
        case ir::QuantifierKind::Count:
            return "count";
    }
    return "?";
}

std::string level_text(const ir::Program& program, const ir::Level& level) {
    std::string out = program.categories[level.category.index()].name;
    if (level.sanction) out += "." + program.sanctions[level.sanction->index()].name;
    return out;
}

}  // namespace netral::check
