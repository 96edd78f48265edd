// SPDX-License-Identifier: Apache-2.0
// The key reference of an incident file (`netral doc --incidents`, docs/incidents.md): every
// top-level key and record field the rule set's vocabulary declares, with its type, whether it
// is required or its default, its labels, and the values of the enums and ladders it takes.
// Generated from the declarations alone, so it cannot drift from what the loader accepts.
#pragma once

#include <string>

#include "check/ir.hpp"

namespace netral::cases {

/// What the key reference says about how it was made.
struct IncidentKeysHeader {
    std::string command;  ///< regenerates the document; shown on its first line; may be empty
};

/// The key reference of `program` as Markdown. Deterministic: declaration order throughout.
/// Pure; thread-safe.
std::string incident_keys_markdown(const check::ir::Program& program,
                                   const IncidentKeysHeader& header);

}  // namespace netral::cases
