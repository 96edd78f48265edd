// SPDX-License-Identifier: Apache-2.0
// Lines, names, types, citations and typed expression trees of the IR dump.
#include "check/ir_dump_writer.hpp"

#include <type_traits>

#include "check/expr_text.hpp"
#include "check/ir_walk.hpp"

namespace netral::check::detail {

void DumpWriter::line(int depth, const std::string& text) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += text;
    out_ += '\n';
}

bool DumpWriter::section(const char* name, std::size_t count) {
    if (count == 0) return false;
    line(0, std::string(name) + " (" + std::to_string(count) + ")");
    return true;
}

std::string DumpWriter::label(const ir::Label& label) {
    std::string out;
    if (!label.id.empty()) out += " " + quoted(label.id);
    if (label.en) out += " en " + quoted(*label.en);
    return out;
}

std::string DumpWriter::type_text(ir::Type type) const {
    switch (type.kind) {
        case ir::TypeKind::Error:
            return "error";
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
        case ir::TypeKind::Enum:
            return program_.enums[type.ref].name;
        case ir::TypeKind::Record:
            return program_.records[type.ref].name;
        case ir::TypeKind::Sanction:
            return program_.ladders[type.ref].name;
        case ir::TypeKind::Set:
            return "set of " + type_text(type.element_type());
        case ir::TypeKind::List:
            return "list of " + type_text(type.element_type());
    }
    return "?";
}

std::string DumpWriter::typed(ir::ExprId expr) const {
    return expr_text(program_, expr) + " : " + type_text(program_.type_of(expr));
}

std::string DumpWriter::module_suffix(ir::ModuleId module) const {
    if (!module.valid()) return "";
    return " (module " + program_.modules[module.index()].name + ")";
}

void DumpWriter::citations(int depth, const std::vector<ir::Citation>& citations) {
    for (const ir::Citation& citation : citations) {
        std::string text = "cite " + ir::to_string(program_, citation);
        if (citation.inference) {
            text += " inferred " + quoted(citation.inference->id);
            if (citation.inference->en) text += " en " + quoted(*citation.inference->en);
        }
        line(depth, text);
    }
}

void DumpWriter::texts(int depth, const char* keyword, const std::vector<std::string>& texts) {
    for (const std::string& text : texts) line(depth, std::string(keyword) + " " + quoted(text));
}

void DumpWriter::in_force(int depth, const ir::InForce& in_force) {
    std::string text = "in force";
    if (in_force.period.from) text += " from " + ir::to_string(*in_force.period.from);
    if (in_force.period.until) text += " until " + ir::to_string(*in_force.period.until);
    if (in_force.judged_by) {
        text += " by " + typed(*in_force.judged_by);
        if (in_force.judged_by_ruleset) text += " (ruleset default)";
    }
    line(depth, text);
}

void DumpWriter::binder(int depth, const ir::Binder& binder) {
    const ir::Variable& var = program_.vars[binder.var.index()];
    line(depth, "for " + var.name + " (var " + id(binder.var) + ") in " + typed(binder.collection) +
                    " (element record " + id(binder.record) + ")");
    if (binder.filter) expr_block(depth + 1, "where", *binder.filter);
}

void DumpWriter::expr_block(int depth, const std::string& keyword, ir::ExprId expr) {
    line(depth, keyword + " " + expr_text(program_, expr));
    tree(depth + 1, expr);
}

void DumpWriter::tree(int depth, ir::ExprId expr) {
    line(depth, id(expr) + " " + node_text(expr) + " : " + type_text(program_.type_of(expr)));
    for (ir::ExprId child : children(program_.expr(expr))) tree(depth + 1, child);
}

std::string DumpWriter::node_text(ir::ExprId expr) const {
    const ir::Program& p = program_;
    return std::visit(
        [&](const auto& node) -> std::string {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ir::BoolConst>) {
                return node.value ? "true" : "false";
            } else if constexpr (std::is_same_v<T, ir::IntConst>) {
                return "int " + std::to_string(node.value);
            } else if constexpr (std::is_same_v<T, ir::TextConst>) {
                return "text " + quoted(node.value);
            } else if constexpr (std::is_same_v<T, ir::DateConst>) {
                return "date " + ir::to_string(node.value);
            } else if constexpr (std::is_same_v<T, ir::EnumConst>) {
                return "value " + p.enums[node.type.index()].values[node.value].name + " [" +
                       std::to_string(node.value) + "]";
            } else if constexpr (std::is_same_v<T, ir::LevelConst>) {
                std::string ids = "category " + id(node.level.category);
                if (node.level.sanction) ids += ", sanction " + id(*node.level.sanction);
                return "level " + level_text(p, node.level) + " (" + ids + ")";
            } else if constexpr (std::is_same_v<T, ir::AsOf>) {
                return "as_of";
            } else if constexpr (std::is_same_v<T, ir::VarRef>) {
                return "var " + p.vars[node.var.index()].name + " (" + id(node.var) + ")";
            } else if constexpr (std::is_same_v<T, ir::FactRef>) {
                return "fact " + p.facts[node.fact.index()].name + " (" + id(node.fact) + ")";
            } else if constexpr (std::is_same_v<T, ir::DerivedRef>) {
                return "derived " + p.derived[node.derived.index()].name + " (" + id(node.derived) +
                       ")";
            } else if constexpr (std::is_same_v<T, ir::Call>) {
                return "call " + p.derived[node.derived.index()].name + " (" + id(node.derived) +
                       ")";
            } else if constexpr (std::is_same_v<T, ir::ParamRef>) {
                return "param " + p.params[node.param.index()].name + " (" + id(node.param) + ")";
            } else if constexpr (std::is_same_v<T, ir::TableCell>) {
                const ir::Table& table = p.tables[node.table.index()];
                return "cell " + table.name + " (" + id(node.table) + ")." +
                       table.columns[node.column].name;
            } else if constexpr (std::is_same_v<T, ir::Member>) {
                std::string fields;
                for (ir::FieldId field : node.fields) {
                    fields += (fields.empty() ? "" : ", ") + id(field);
                }
                return "member ." + p.fields[node.fields.front().index()].name + " (field" +
                       (node.fields.size() > 1 ? "s " : " ") + fields + ")";
            } else if constexpr (std::is_same_v<T, ir::Not>) {
                return "not";
            } else if constexpr (std::is_same_v<T, ir::And>) {
                return "and";
            } else if constexpr (std::is_same_v<T, ir::Or>) {
                return "or";
            } else if constexpr (std::is_same_v<T, ir::Compare>) {
                return compare_op_text(node.op);
            } else if constexpr (std::is_same_v<T, ir::In>) {
                return node.negated ? "not in" : "in";
            } else if constexpr (std::is_same_v<T, ir::IsSet>) {
                return node.negated ? "is unset" : "is set";
            } else if constexpr (std::is_same_v<T, ir::Range>) {
                return "range";
            } else if constexpr (std::is_same_v<T, ir::SetOf>) {
                return "set";
            } else if constexpr (std::is_same_v<T, ir::If>) {
                return "if";
            } else if constexpr (std::is_same_v<T, ir::Quantifier>) {
                return std::string(quantifier_text(node.kind)) + " " +
                       p.vars[node.var.index()].name + " (var " + id(node.var) + ")";
            } else {
                static_assert(std::is_same_v<T, ir::Invalid>, "every expression kind is dumped");
                return "invalid";
            }
        },
        program_.expr(expr));
}

}  // namespace netral::check::detail
