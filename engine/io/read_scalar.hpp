// SPDX-License-Identifier: Apache-2.0
// What a scalar of the incident means, without any diagnostic: the one place that decides
// which texts are dates, enum values and ladder steps, shared by the binder (which explains a
// refusal) and the host builder (which leaves a refusal to the binder). Internal to engine/io.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "check/ir.hpp"
#include "facts/value.hpp"

namespace netral::io {

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the days it covers; none for anything else.
std::optional<facts::DaySpan> read_date(std::string_view text);

/// The value of `e` that `text` names (by name, or by a label regardless of letter case, when
/// exactly one value has it); none otherwise.
std::optional<std::uint32_t> read_enum(const check::ir::Enum& e, std::string_view text);

/// The step of `ladder` that `text` names (`category` or `category.sanction`) as a Level
/// value; none otherwise.
std::optional<facts::Value> read_step(const check::ir::Program& program, check::ir::LadderId ladder,
                                      std::string_view text);

/// The value of a default expression when it is a constant; none otherwise (`as_of`).
std::optional<facts::Value> constant_value(const check::ir::Program& program,
                                           check::ir::ExprId expr);

}  // namespace netral::io
