// SPDX-License-Identifier: Apache-2.0
#include "decision_log/postgres_store.hpp"

#include <array>
#include <charconv>

#include "decision_log/entry_check.hpp"
#include "decision_log/entry_id.hpp"
#include "decision_log/sqlite_schema.hpp"

namespace netral::decision_log {

namespace {

/// Version 0 (no tables) → 1: the tables of the SQLite log, with PostgreSQL's types.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE rule_sets (
    digest TEXT PRIMARY KEY,
    kept   TEXT NOT NULL
);
CREATE TABLE rule_files (
    digest   TEXT NOT NULL REFERENCES rule_sets (digest) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path     TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (digest, position)
);
CREATE TABLE decisions (
    id              TEXT PRIMARY KEY,
    time            TEXT NOT NULL,
    digest          TEXT NOT NULL REFERENCES rule_sets (digest),
    engine_version  TEXT NOT NULL,
    options         TEXT NOT NULL,
    incident        TEXT NOT NULL,
    incident_format TEXT NOT NULL CHECK (incident_format IN ('json', 'yaml')),
    source          TEXT NOT NULL,
    decision_hash   TEXT NOT NULL
);
CREATE INDEX decisions_by_time ON decisions (time);
CREATE INDEX decisions_by_digest ON decisions (digest);
)sql";

/// The migration to version i + 1 is kMigrations[i], as for SQLite.
constexpr std::array<std::string_view, 1> kMigrations = {kVersion1};

constexpr std::string_view kSelectDecision =
    "SELECT id, time, digest, engine_version, options, incident, incident_format, source, "
    "decision_hash FROM decisions WHERE id = $1";

/// Brings the database to kSchemaVersion under an advisory lock, so two services starting at
/// once do not both create the tables.
bool migrate(PgConnection& db, std::string& error) {
    auto run = [&](std::string_view sql, const std::vector<std::string>& params = {}) {
        PgResult result = db.query(sql, params);
        if (!result.ok()) error = result.error();
        return result;
    };
    if (!run("BEGIN").ok()) return false;
    auto rollback = [&] {
        db.query("ROLLBACK");
        return false;
    };
    if (!run("SELECT pg_advisory_xact_lock(" + std::to_string(kApplicationId) + ")").ok() ||
        !run("CREATE TABLE IF NOT EXISTS netral_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
             .ok()) {
        return rollback();
    }
    PgResult version = run("SELECT value FROM netral_meta WHERE key = 'schema_version'");
    if (!version.ok()) return rollback();
    long long current = 0;
    if (version.rows() > 0) {
        // A damaged value is an error, not an exception.
        std::string text = version.text(0, 0);
        auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), current);
        if (problem != std::errc() || end != text.data() + text.size() || current < 1) {
            error = "its schema version `" + text + "` is not a version number";
            return rollback();
        }
    }
    if (current == 0) {
        PgResult foreign = run("SELECT to_regclass('decisions') IS NOT NULL");
        if (!foreign.ok()) return rollback();
        if (foreign.text(0, 0) == "t") {
            error = "the database has a `decisions` table that is not a netral decision log's";
            return rollback();
        }
    }
    if (current > kSchemaVersion) {
        error = "it was written by a newer netral (schema version " + std::to_string(current) +
                "; this build reads up to " + std::to_string(kSchemaVersion) + ")";
        return rollback();
    }
    for (long long next = current + 1; next <= kSchemaVersion; ++next) {
        if (!run(kMigrations[static_cast<std::size_t>(next - 1)]).ok()) {
            error = "cannot bring it to schema version " + std::to_string(next) + ": " + error;
            return rollback();
        }
    }
    if (current != kSchemaVersion &&
        !run("INSERT INTO netral_meta (key, value) VALUES ('schema_version', $1) "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
             {std::to_string(kSchemaVersion)})
             .ok()) {
        return rollback();
    }
    return run("COMMIT").ok();
}

}  // namespace

std::unique_ptr<Store> open_postgres_store(const std::string& uri, std::string& error,
                                           const OpenOptions& options) {
    auto refuse = [&](const std::string& why) {
        error = "cannot open the decision log `" + redact_uri(uri) + "`: " + why;
        return nullptr;
    };
    auto db = std::make_unique<PgConnection>();
    std::string why;
    if (!db->open(uri, why)) return refuse(why);
    // A lock held by another session fails the call after the timeout, as with SQLite.
    PgResult timeout = db->query("SELECT set_config('lock_timeout', $1, false)",
                                 {std::to_string(options.lock_timeout.count()) + "ms"});
    if (!timeout.ok()) return refuse(timeout.error());
    if (!migrate(*db, why)) return refuse(why);
    return std::make_unique<PostgresStore>(std::move(db), redact_uri(uri));
}

PostgresStore::PostgresStore(std::unique_ptr<PgConnection> db, std::string uri)
    : db_(std::move(db)),
      uri_(std::move(uri)),
      group_([this](const std::vector<PendingEntry*>& batch) { return commit(batch); }) {}

std::string PostgresStore::about(const std::string& what) const {
    return "decision log `" + uri_ + "`: " + what;
}

bool PostgresStore::ensure_rule_set(const std::string& digest, std::string& error) {
    PgResult present = db_->query("SELECT 1 FROM rule_sets WHERE digest = $1", {digest});
    if (!present.ok()) {
        error = present.error();
        return false;
    }
    if (present.rows() > 0) return true;
    auto kept = kept_.find(digest);
    if (kept == kept_.end()) {
        error = "its rule set " + digest + " was never kept (call keep_rule_set first)";
        return false;
    }
    PgResult set = db_->query("INSERT INTO rule_sets (digest, kept) VALUES ($1, $2)",
                              {digest, rfc3339(std::chrono::system_clock::now())});
    if (!set.ok()) {
        error = set.error();
        return false;
    }
    const std::vector<Source>& files = kept->second.files;
    for (std::size_t i = 0; i < files.size(); ++i) {
        PgResult file = db_->query(
            "INSERT INTO rule_files (digest, position, path, text) VALUES ($1, $2, $3, $4)",
            {digest, std::to_string(i), files[i].path, files[i].text});
        if (!file.ok()) {
            error = file.error();
            return false;
        }
    }
    return true;
}

void PostgresStore::keep_rule_set(const RuleSetFiles& files) {
    succeed();
    std::lock_guard lock(db_mutex_);
    kept_.insert_or_assign(files.digest, files);
    std::string error;
    if (!db_->query("BEGIN").ok() || !ensure_rule_set(files.digest, error) ||
        !db_->query("COMMIT").ok()) {
        db_->query("ROLLBACK");
        fail(about("cannot keep rule set " + files.digest + ": " + error));
    }
}

std::string PostgresStore::append(Entry entry) {
    succeed();
    if (std::string error = group_.append(entry); !error.empty()) {
        fail(about(error));
        return "";
    }
    return entry.id;
}

bool PostgresStore::commit(const std::vector<PendingEntry*>& batch) {
    std::lock_guard lock(db_mutex_);
    auto fail_all = [&](const std::string& why) {
        for (PendingEntry* pending : batch) {
            if (pending->error.empty()) pending->error = why;
        }
        return false;
    };
    if (PgResult begin = db_->query("BEGIN"); !begin.ok()) return fail_all(begin.error());
    std::size_t written = 0;
    for (PendingEntry* pending : batch) {
        const Entry& e = pending->entry;
        // An error aborts a PostgreSQL transaction: each entry in its own savepoint, so a
        // failing one (a duplicate id) fails alone.
        db_->query("SAVEPOINT entry");
        bool ok = ensure_rule_set(e.digest, pending->error);
        if (ok) {
            PgResult insert = db_->query(
                "INSERT INTO decisions (id, time, digest, engine_version, options, incident, "
                "incident_format, source, decision_hash) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                {e.id, e.time, e.digest, e.engine_version, e.options, e.incident, e.incident_format,
                 e.source, e.decision_hash});
            ok = insert.ok();
            if (!ok) pending->error = insert.error();
        }
        db_->query(ok ? "RELEASE SAVEPOINT entry" : "ROLLBACK TO SAVEPOINT entry");
        if (ok) ++written;
    }
    if (PgResult done = db_->query("COMMIT"); !done.ok()) {
        db_->query("ROLLBACK");
        for (PendingEntry* pending : batch) pending->error = done.error();
        return false;
    }
    return written > 0;
}

std::optional<Entry> PostgresStore::find(std::string_view id) {
    succeed();
    std::lock_guard lock(db_mutex_);
    PgResult row = db_->query(kSelectDecision, {std::string(id)});
    if (!row.ok()) {
        fail(about("cannot read entry " + std::string(id) + ": " + row.error()));
        return std::nullopt;
    }
    if (row.rows() == 0) return std::nullopt;
    Entry entry;
    std::string* fields[] = {
        &entry.id,           &entry.time,     &entry.digest,          &entry.engine_version,
        &entry.options,      &entry.incident, &entry.incident_format, &entry.source,
        &entry.decision_hash};
    for (int i = 0; i < 9; ++i) *fields[i] = row.text(0, i);
    if (std::string problem = entry_problem(entry); !problem.empty()) {
        fail(about("entry " + std::string(id) + " is damaged: " + problem));
        return std::nullopt;
    }
    return entry;
}

std::optional<RuleSetFiles> PostgresStore::rule_set(std::string_view digest) {
    succeed();
    std::lock_guard lock(db_mutex_);
    std::string key(digest);
    PgResult present = db_->query("SELECT 1 FROM rule_sets WHERE digest = $1", {key});
    PgResult rows =
        db_->query("SELECT path, text FROM rule_files WHERE digest = $1 ORDER BY position", {key});
    if (!present.ok() || !rows.ok()) {
        fail(about("cannot read rule set " + key + ": " +
                   (present.ok() ? rows.error() : present.error())));
        return std::nullopt;
    }
    if (present.rows() == 0) return std::nullopt;
    RuleSetFiles files{key, {}};
    for (std::size_t i = 0; i < rows.rows(); ++i) {
        files.files.push_back(Source{rows.text(i, 0), rows.text(i, 1)});
    }
    return files;
}

std::size_t PostgresStore::prune(std::string_view before_date) {
    succeed();
    if (!is_date(before_date)) {
        fail(about("`" + std::string(before_date) + "` is not a date YYYY-MM-DD"));
        return 0;
    }
    std::lock_guard lock(db_mutex_);
    std::string error = "cannot prune: ";
    PgResult begin = db_->query("BEGIN");
    if (!begin.ok()) {
        fail(about(error + begin.error()));
        return 0;
    }
    // Times are RFC 3339 UTC: text order is time order (compared byte by byte).
    PgResult deleted = db_->query("DELETE FROM decisions WHERE time COLLATE \"C\" < $1",
                                  {std::string(before_date)});
    PgResult unused =
        db_->query("DELETE FROM rule_sets WHERE digest NOT IN (SELECT digest FROM decisions)");
    PgResult done = deleted.ok() && unused.ok() ? db_->query("COMMIT") : PgResult();
    if (!deleted.ok() || !unused.ok() || !done.ok()) {
        db_->query("ROLLBACK");
        fail(about(error + (!deleted.ok()  ? deleted.error()
                            : !unused.ok() ? unused.error()
                                           : done.error())));
        return 0;
    }
    return deleted.affected();
}

}  // namespace netral::decision_log
