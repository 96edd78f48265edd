// SPDX-License-Identifier: Apache-2.0
// Migrations N → N+1 of the SQLite decision log. A migration is appended, never edited: a log
// written by any earlier build must reach the current schema by running them in order.
#include "decision_log/sqlite_schema.hpp"

#include <array>
#include <string_view>

namespace netral::decision_log {

namespace {

/// Version 0 (an empty file) → 1: the rule sets, their files and the decisions. STRICT
/// tables refuse a value of the wrong type, so a damaged row is one edited by hand.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE rule_sets (
    digest TEXT PRIMARY KEY NOT NULL,  -- RuleSet::digest(), "sha256:<hex>"
    kept   TEXT NOT NULL               -- when it was first kept, RFC 3339 UTC
) STRICT;
CREATE TABLE rule_files (
    digest   TEXT NOT NULL REFERENCES rule_sets (digest) ON DELETE CASCADE,
    position INTEGER NOT NULL,         -- order given to compile_rules(), from 0
    path     TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (digest, position)
) STRICT;
CREATE TABLE decisions (
    id              TEXT PRIMARY KEY NOT NULL,  -- UUIDv7
    time            TEXT NOT NULL,              -- RFC 3339 UTC
    digest          TEXT NOT NULL REFERENCES rule_sets (digest),
    engine_version  TEXT NOT NULL,
    options         TEXT NOT NULL,              -- canonical request options, as_of resolved
    incident        TEXT NOT NULL,              -- as received: personal data
    incident_format TEXT NOT NULL CHECK (incident_format IN ('json', 'yaml')),
    source          TEXT NOT NULL,
    decision_hash   TEXT NOT NULL               -- "sha256:<hex>" of the body sent
) STRICT;
CREATE INDEX decisions_by_time ON decisions (time);
CREATE INDEX decisions_by_digest ON decisions (digest);
)sql";

/// The migration to version i + 1 is kMigrations[i].
constexpr std::array<std::string_view, 1> kMigrations = {kVersion1};

/// What the file says it is: its schema version and whether it is a netral log (an empty
/// file is one of version 0).
bool identify(Database& db, std::int64_t& version, std::string& error) {
    std::int64_t application = 0;
    std::int64_t tables = 0;
    if (!db.query_integer("PRAGMA user_version", version, error) ||
        !db.query_integer("PRAGMA application_id", application, error) ||
        !db.query_integer("SELECT count(*) FROM sqlite_schema", tables, error)) {
        return false;
    }
    if (application != kApplicationId && (tables != 0 || version != 0)) {
        error = "it is an SQLite database, but not a netral decision log";
        return false;
    }
    if (version > kSchemaVersion) {
        error = "it was written by a newer netral (schema version " + std::to_string(version) +
                "; this build reads up to " + std::to_string(kSchemaVersion) + ")";
        return false;
    }
    return true;
}

}  // namespace

bool migrate(Database& db, std::string& error) {
    static_assert(kSchemaVersion > 0);
    std::int64_t version = 0;
    if (!identify(db, version, error)) return false;
    if (version == kSchemaVersion) return true;  // the usual case: no write needed
    // Another process may be creating or migrating the same file: look again under the lock.
    if (!db.exec("BEGIN IMMEDIATE", error)) return false;
    std::string ignored;
    if (!identify(db, version, error)) {
        db.exec("ROLLBACK", ignored);
        return false;
    }
    for (std::int64_t next = version + 1; next <= kSchemaVersion; ++next) {
        std::string step = std::string(kMigrations[static_cast<std::size_t>(next - 1)]) +
                           "PRAGMA user_version = " + std::to_string(next) + ";";
        if (!db.exec(step, error)) {
            db.exec("ROLLBACK", ignored);
            error = "cannot bring it to schema version " + std::to_string(next) + ": " + error;
            return false;
        }
    }
    if (!db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) + "; COMMIT", error)) {
        db.exec("ROLLBACK", ignored);
        return false;
    }
    return true;
}

}  // namespace netral::decision_log
