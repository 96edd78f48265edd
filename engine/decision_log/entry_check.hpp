// SPDX-License-Identifier: Apache-2.0
// The shape every log entry has, checked before it is written and after it is read back (a
// row edited by hand or a damaged file must give a precise error, not a wrong replay).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "decision_log/store.hpp"

namespace netral::decision_log {

/// The names of Entry's fields in their order, as the back ends name their columns.
inline constexpr std::array<std::string_view, 9> kEntryColumns = {
    "id",     "time",          "digest", "engine_version", "options", "incident", "incident_format",
    "source", "decision_hash",
};

/// True for "sha256:" and 64 lower-case hex digits.
bool is_sha256(std::string_view text);

/// What is wrong with `entry` (a field and why, in one English phrase), or "" when every field
/// has its shape: an id, an RFC 3339 UTC time, sha256 digests, options as a JSON object,
/// an incident format of "json" or "yaml".
std::string entry_problem(const Entry& entry);

/// What append() does first in every back end: fills an empty id, time and engine version
/// (one clock reading for both), then returns entry_problem().
std::string prepare_entry(Entry& entry);

}  // namespace netral::decision_log
