// SPDX-License-Identifier: Apache-2.0
// Text renderings of IR pieces for messages, traces and analyses: type names, expressions in
// source-like syntax (canonical: one spelling per meaning), citations and levels.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "check/ir.hpp"

namespace netral::check {

/// "bool", "enum `act_kind`", "set of enum `attribute_kind`", "list of record `act`", …
std::string type_name(const ir::Program& program, ir::Type type);

/// The expression in source-like syntax with minimal parentheses. When `anonymous` is given,
/// that variable prints as `$`, so the same condition over differently named binders compares
/// equal as text.
std::string expr_text(const ir::Program& program, ir::ExprId expr,
                      std::optional<ir::VarId> anonymous = std::nullopt);

/// "heavy" or "heavy.demotion_12m".
std::string level_text(const ir::Program& program, const ir::Level& level);

/// The words of `status …`, indexed by ir::Status: the checker reads them, dumps print them.
inline constexpr std::array<std::string_view, 5> kStatusWords = {
    "verified", "practice", "conflict", "gap", "unverified"};
/// The words of `as …` in a relation, indexed by ir::Doctrine.
inline constexpr std::array<std::string_view, 3> kDoctrineWords = {
    "lex_specialis", "lex_posterior", "lex_superior"};

/// "verified", "practice", … (kStatusWords).
inline std::string status_text(ir::Status status) {
    return std::string(kStatusWords[static_cast<std::size_t>(status)]);
}
/// "lex_specialis", … (kDoctrineWords).
inline std::string doctrine_text(ir::Doctrine doctrine) {
    return std::string(kDoctrineWords[static_cast<std::size_t>(doctrine)]);
}
/// "==", "!=", "<", "<=", ">", ">=".
const char* compare_op_text(ir::CompareOp op);
/// "any", "all", "count".
const char* quantifier_text(ir::QuantifierKind kind);

}  // namespace netral::check
