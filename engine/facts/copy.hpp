// SPDX-License-Identifier: Apache-2.0
// A copy of an incident whose slots can be edited (what-if changes): records and lists are
// copied and their pointers remapped into the copy, so editing a slot of the copy never touches
// the original. Texts and sets are not copied: their views still point into the original.
#pragma once

#include "facts/incident.hpp"

namespace netral::facts {

/// Copies `incident`: sources, facts, instances and lists (with every Value::record,
/// Value::list and List::items pointer remapped into the copy). Text values and Set elements
/// keep pointing into `incident` (its sources, texts and sets), so the original must outlive
/// the copy; the caller keeps it alive (the public Facts of a what-if holds its base). Pure;
/// the original is only read, so several threads may copy one incident at once.
Incident copy_incident(const Incident& incident);

/// The instance of `copy` that corresponds to `original`'s instance `instance` (same serial).
inline Instance& counterpart(Incident& copy, const Instance& instance) {
    return copy.instances[instance.serial];
}

}  // namespace netral::facts
