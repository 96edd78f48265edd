// SPDX-License-Identifier: Apache-2.0
// Text renderings of IR pieces for messages, traces and analyses: type names, expressions in
// source-like syntax (canonical: one spelling per meaning), citations and levels.
#pragma once

#include <optional>
#include <string>

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

}  // namespace netral::check
