// SPDX-License-Identifier: Apache-2.0
// One incident as facts: the values of the rule set's `fact` declarations, with records and lists
// laid out in slots (facts/layout.hpp) and every value's origin kept for the trail. Built by the
// incident loader (io) or programmatically (api); read by the evaluator. Immutable once built, so
// one Incident may be evaluated from several threads at once.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "check/ids.hpp"
#include "facts/value.hpp"

namespace netral::facts {

/// Where a value came from; the trail cites it.
enum class OriginKind : std::uint8_t {
    Given,    ///< written in the incident (span into Incident::sources)
    Default,  ///< absent, so the declared default was taken (span into the rule files)
    Absent,   ///< absent and without default: the value is unknown (span of the enclosing map)
    Host,     ///< set by a host program through the API (no span)
    Implied,  ///< filled in by the loader by a stated convention (act ids: span of the item)
    Changed,  ///< set by a what-if change (span of the value in the change's text, a file of
              ///< Incident::sources named like `--set #1`)
};

struct Origin {
    OriginKind kind = OriginKind::Absent;
    base::Span span;  ///< see OriginKind for which SourceMap it points into
};

/// One field or fact: its value and where it came from.
struct Slot {
    Value value;
    Origin origin;
};

/// A record value: one slot per field of its record type (common and all variant fields; the
/// fields of cases other than the tag's are Absent and never read).
struct Instance {
    check::ir::RecordId record;  ///< its record type
    std::vector<Slot> slots;     ///< by Layout::field_slot
    base::Span span;             ///< the map in the incident
    std::string name;            ///< how the trail names it: an act id, or `history[2]`
    std::uint32_t ordinal = 0;   ///< position in its list (0-based), or 0 for a single record
    std::uint32_t serial = 0;    ///< index in Incident::instances (number_instances sets it)
};

/// A list of records.
struct List {
    std::vector<const Instance*> items;  ///< in file order
    base::Span span;                     ///< the sequence in the incident
};

/// The facts of one incident. Pointers between its parts stay valid for its lifetime (deques).
struct Incident {
    base::SourceMap sources;  ///< the incident file(s) Given spans point into
    std::vector<Slot> facts;  ///< by FactId
    std::deque<Instance> instances;
    std::deque<List> lists;
    std::deque<std::string> texts;        ///< storage for Text values that are not in the source
    std::deque<std::vector<Value>> sets;  ///< storage for Set values given in the incident

    Incident() = default;
    Incident(const Incident&) = delete;
    Incident& operator=(const Incident&) = delete;
    Incident(Incident&&) = default;
    Incident& operator=(Incident&&) = default;
};

/// Sets every Instance::serial to its index in `incident.instances`; the evaluator keys its
/// per-record memos by it. Loaders call it once the incident is complete.
inline void number_instances(Incident& incident) {
    std::uint32_t serial = 0;
    for (Instance& instance : incident.instances) instance.serial = serial++;
}

}  // namespace netral::facts
