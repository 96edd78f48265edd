// SPDX-License-Identifier: Apache-2.0
// The schema of an SQLite decision log and its migrations. The version is SQLite's
// `user_version`; `application_id` marks the file as a netral log. docs/decision-log.md shows
// the tables.
#pragma once

#include <cstdint>
#include <string>

#include "decision_log/sqlite_db.hpp"

namespace netral::decision_log {

/// The schema this build writes; a log of a higher version is refused.
inline constexpr std::int64_t kSchemaVersion = 1;
/// `PRAGMA application_id` of a netral log: "ntrl" in ASCII.
inline constexpr std::int64_t kApplicationId = 0x6e74726c;

/// Brings `db` to kSchemaVersion: a new (empty) file gets the tables, an older log is migrated
/// one version at a time, each step in its own transaction. False with `error` (naming neither
/// the file nor the back end) for a database that is not a netral log or is of a newer schema.
bool migrate(Database& db, std::string& error);

}  // namespace netral::decision_log
