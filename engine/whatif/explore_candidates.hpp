// SPDX-License-Identifier: Apache-2.0
// The single changes explore() tries on one incident, enumerated from the program's declarations
// and the incident's values: nothing here knows what the rules are about. The rules (and why
// each is bounded) are in docs/whatif.md, "Explore".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "netral/explore.hpp"

namespace netral::whatif {

/// How many calendar boundaries on each side of a date's value are tried.
inline constexpr std::size_t kDateBoundariesPerSide = 4;

/// One candidate change.
struct Candidate {
    ExploreChange change;    ///< as reported (kind, path, value, before, text)
    std::string slot;        ///< what it changes: the path of a set, the list of a list edit;
                             ///< two candidates of one pair never share a slot or prefix
    std::uint32_t list = 0;  ///< list edits: index of the list in Incident::lists
    std::uint32_t item = 0;  ///< list edits: position of the item removed or copied
};

/// The candidates for `incident`, in a fixed order: facts in declaration order; within a record,
/// fields in declaration order (only the active variant case's, never a key); within a list,
/// its items in order, then (for lists without a key field) removing each item, then adding a
/// copy of each item. Each value's candidates are in the domain's order (enum declaration
/// order, false before true, earlier dates first, smaller numbers first). Deterministic.
std::vector<Candidate> enumerate_candidates(const check::ir::Program& program,
                                            const facts::Layout& layout,
                                            const facts::Incident& incident);

}  // namespace netral::whatif
