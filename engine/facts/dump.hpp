// SPDX-License-Identifier: Apache-2.0
// A deterministic text dump of an Incident for golden tests and debugging: every fact and
// field with its value (enum values by name, ladder steps as `category.sanction`, dates as
// YYYY-MM-DD or a `first..last` span) and its origin (`given 12:7`, `default`, `absent`,
// `implied`, `host`), nested records and list items indented beneath their key.
#pragma once

#include <string>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"

namespace netral::facts {

/// Dumps `incident`, read against `program` with `layout`. Fields of variant cases other than
/// the one the tag selects are left out (they are never read). Given positions are 1-based
/// line:column in the incident file.
std::string dump(const check::ir::Program& program, const Layout& layout,
                 const Incident& incident);

}  // namespace netral::facts
