// SPDX-License-Identifier: Apache-2.0
// Checking a parameter choice written in a file (`params: { medium_types: pp53_delays }` in an
// `expect` block or a what-if scenario) against the parameters the rule set declares.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"

namespace netral::io {

/// `a`, `b`, `c`: names quoted and joined, for hints.
std::string quoted_list(const std::vector<std::string>& names);

/// Reports with `code` a parameter the program does not declare (at `name_span`, with a
/// did-you-mean) or a value that is not one of its values (at `value_span`). Returns true when
/// the choice is valid.
bool check_param_choice(const check::ir::Program& program, base::DiagnosticSink& sink,
                        std::string_view code, const std::string& name, base::Span name_span,
                        const std::string& value, base::Span value_span);

}  // namespace netral::io
