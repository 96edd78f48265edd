// SPDX-License-Identifier: Apache-2.0
// The public evaluation options (include/netral/evaluate.hpp) read into the evaluator's own:
// the as-of date, parameter choices and the why-not target checked against the program, each
// bad one a usage error (E7001–E7004). Shared by the api and the what-if stage, so every
// evaluation a host asks for, directly or through a what-if, is configured the same way.
#pragma once

#include <string_view>
#include <vector>

#include "check/ir.hpp"
#include "eval/evaluate.hpp"
#include "netral/evaluate.hpp"

namespace netral::eval {

namespace codes {
inline constexpr std::string_view kBadAsOf = "E7001";        // as-of date not YYYY-MM-DD
inline constexpr std::string_view kUnknownParam = "E7002";   // no such parameter
inline constexpr std::string_view kBadParamValue = "E7003";  // not a value of the parameter
inline constexpr std::string_view kUnknownWhyNot = "E7004";  // neither a rule nor a ladder step
inline constexpr std::string_view kStopped = "E7006";        // a work or time limit was passed
}  // namespace codes

/// Reads `options` into `out` for `program`: as-of date (empty: today, UTC), parameters
/// (defaults, then the choices), why-not target, what the decision describes, and the bounds. Each
/// bad option adds a diagnostic in `options.language` to `diagnostics`; `out` is then not usable.
/// Leaves `out.source`, `out.digest` and `out.rule_refs` alone (they belong to the facts and the
/// rule set, not to the options). Thread-safe.
void read_options(const check::ir::Program& program, const EvalOptions& options, Options& out,
                  std::vector<Diagnostic>& diagnostics);

/// The error of an evaluation a bound stopped (E7006), in `language`.
Diagnostic stopped_error(const Stopped& stopped, Language language);

}  // namespace netral::eval
