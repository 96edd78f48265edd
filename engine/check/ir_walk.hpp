// SPDX-License-Identifier: Apache-2.0
// Tree queries over IR expressions as typed lambdas: `for_each_node<ir::Call>(program, root,
// [&](ir::ExprId id, const ir::Call& call) { … })` visits every Call under root, pre-order.
#pragma once

#include <type_traits>
#include <vector>

#include "check/ir.hpp"

namespace netral::check {

/// The direct children of an expression, left to right.
inline std::vector<ir::ExprId> children(const ir::Expr& expr) {
    return std::visit(
        [](const auto& node) -> std::vector<ir::ExprId> {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ir::Call>) return {node.argument};
            if constexpr (std::is_same_v<T, ir::TableCell>) return node.keys;
            if constexpr (std::is_same_v<T, ir::Member>) return {node.object};
            if constexpr (std::is_same_v<T, ir::Not>) return {node.operand};
            if constexpr (std::is_same_v<T, ir::And> || std::is_same_v<T, ir::Or>) {
                return node.operands;
            }
            if constexpr (std::is_same_v<T, ir::Compare>) return {node.lhs, node.rhs};
            if constexpr (std::is_same_v<T, ir::In>) return {node.element, node.container};
            if constexpr (std::is_same_v<T, ir::IsSet>) return {node.operand};
            if constexpr (std::is_same_v<T, ir::Range>) return {node.low, node.high};
            if constexpr (std::is_same_v<T, ir::SetOf>) return node.elements;
            if constexpr (std::is_same_v<T, ir::If>) {
                return {node.condition, node.then_value, node.else_value};
            }
            if constexpr (std::is_same_v<T, ir::Quantifier>) {
                std::vector<ir::ExprId> out{node.collection};
                if (node.filter) out.push_back(*node.filter);
                return out;
            }
            return {};
        },
        expr);
}

/// Calls `fn(id, node)` for every node of type T in the tree under `root` (pre-order).
template <typename T, typename Fn>
void for_each_node(const ir::Program& program, ir::ExprId root, Fn&& fn) {
    std::vector<ir::ExprId> stack{root};
    while (!stack.empty()) {
        ir::ExprId id = stack.back();
        stack.pop_back();
        const ir::Expr& expr = program.expr(id);
        if (const T* node = std::get_if<T>(&expr)) fn(id, *node);
        std::vector<ir::ExprId> kids = children(expr);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
}

/// Calls `fn(id, expr)` for every node under `root` (pre-order).
template <typename Fn>
void for_each_expr(const ir::Program& program, ir::ExprId root, Fn&& fn) {
    std::vector<ir::ExprId> stack{root};
    while (!stack.empty()) {
        ir::ExprId id = stack.back();
        stack.pop_back();
        const ir::Expr& expr = program.expr(id);
        fn(id, expr);
        std::vector<ir::ExprId> kids = children(expr);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
}

/// True when the expression is a constant: literals, as_of, and sets and ranges of them.
inline bool is_constant(const ir::Program& program, ir::ExprId root) {
    bool constant = true;
    for_each_expr(program, root, [&](ir::ExprId, const ir::Expr& expr) {
        constant =
            constant &&
            (std::holds_alternative<ir::BoolConst>(expr) ||
             std::holds_alternative<ir::IntConst>(expr) ||
             std::holds_alternative<ir::TextConst>(expr) ||
             std::holds_alternative<ir::DateConst>(expr) ||
             std::holds_alternative<ir::EnumConst>(expr) ||
             std::holds_alternative<ir::LevelConst>(expr) ||
             std::holds_alternative<ir::AsOf>(expr) || std::holds_alternative<ir::SetOf>(expr) ||
             std::holds_alternative<ir::Range>(expr) || std::holds_alternative<ir::Invalid>(expr));
    });
    return constant;
}

}  // namespace netral::check
