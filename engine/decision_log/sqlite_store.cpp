// SPDX-License-Identifier: Apache-2.0
#include "decision_log/sqlite_store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "decision_log/entry_check.hpp"
#include "decision_log/entry_id.hpp"
#include "decision_log/sqlite_schema.hpp"
#include "netral/netral.hpp"

namespace netral::decision_log {

namespace {

constexpr std::string_view kInsertDecision =
    "INSERT INTO decisions (id, time, digest, engine_version, options, incident, "
    "incident_format, source, decision_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

constexpr std::string_view kSelectDecision =
    "SELECT id, time, digest, engine_version, options, incident, incident_format, source, "
    "decision_hash FROM decisions WHERE id = ?1";

/// Creates `path` with mode 0600 when it does not exist (an existing file keeps its mode).
bool create_private(const std::string& path, std::string& error) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno == EEXIST) return true;
    error = std::strerror(errno);
    return false;
}

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path, std::string& error,
                                         const OpenOptions& options) {
    auto refuse = [&](const std::string& why) {
        error = "cannot open the decision log `" + path + "`: " + why;
        return nullptr;
    };
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (!options.create) return refuse("it does not exist");
        std::string why;
        if (!create_private(path, why)) return refuse(why);
    } else if (!S_ISREG(info.st_mode)) {
        return refuse("it is not a file");
    }
    auto db = std::make_unique<Database>();
    std::string why;
    if (!db->open(path, why)) return refuse(why);
    if (db->read_only()) return refuse("it is read-only");
    std::int64_t ignored = 0;
    // The first read tells a file that is not SQLite ("file is not a database").
    if (!db->exec("PRAGMA busy_timeout = " + std::to_string(options.lock_timeout.count()), why) ||
        !db->query_integer("SELECT count(*) FROM sqlite_schema", ignored, why)) {
        return refuse(why);
    }
    if (!migrate(*db, why)) return refuse(why);
    // WAL: readers do not block the writer; FULL: a commit is synced before append() returns;
    // secure_delete: pruned personal data is overwritten, not left in free pages.
    if (!db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                  "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON",
                  why)) {
        return refuse(why);
    }
    return std::make_unique<SqliteStore>(std::move(db), path);
}

SqliteStore::SqliteStore(std::unique_ptr<Database> db, std::string path)
    : db_(std::move(db)),
      path_(std::move(path)),
      group_([this](const std::vector<PendingEntry*>& batch) { return commit(batch); }) {}

std::string SqliteStore::about(const std::string& what) const {
    return "decision log `" + path_ + "`: " + what;
}

void SqliteStore::keep_rule_set(const RuleSetFiles& files) {
    succeed();
    std::lock_guard lock(db_mutex_);
    kept_.insert_or_assign(files.digest, files);
    std::string error;
    if (!db_->exec("BEGIN IMMEDIATE", error)) {
        fail(about("cannot keep rule set " + files.digest + ": " + error));
        return;
    }
    if (!ensure_rule_set(files.digest, error) || !db_->exec("COMMIT", error)) {
        std::string ignored;
        db_->exec("ROLLBACK", ignored);
        fail(about("cannot keep rule set " + files.digest + ": " + error));
    }
}

bool SqliteStore::ensure_rule_set(const std::string& digest, std::string& error) {
    Statement present(db_->handle(), "SELECT 1 FROM rule_sets WHERE digest = ?1");
    present.bind(1, digest);
    if (present.step()) return true;
    if (!present.error().empty()) {
        error = present.error();
        return false;
    }
    auto kept = kept_.find(digest);
    if (kept == kept_.end()) {
        error = "its rule set " + digest + " was never kept (call keep_rule_set first)";
        return false;
    }
    return insert_rule_set(kept->second, error);
}

bool SqliteStore::insert_rule_set(const RuleSetFiles& files, std::string& error) {
    Statement set(db_->handle(), "INSERT INTO rule_sets (digest, kept) VALUES (?1, ?2)");
    set.bind(1, files.digest).bind(2, rfc3339(std::chrono::system_clock::now()));
    set.step();
    if (!set.error().empty()) {
        error = set.error();
        return false;
    }
    Statement file(db_->handle(),
                   "INSERT INTO rule_files (digest, position, path, text) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < files.files.size(); ++i) {
        file.bind(1, files.digest)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, files.files[i].path)
            .bind(4, files.files[i].text);
        file.step();
        if (!file.error().empty()) {
            error = file.error();
            return false;
        }
        file.reset();
    }
    return true;
}

std::string SqliteStore::append(Entry entry) {
    succeed();
    if (std::string error = group_.append(entry); !error.empty()) {
        fail(about(error));
        return "";
    }
    return entry.id;
}

bool SqliteStore::commit(const std::vector<PendingEntry*>& batch) {
    std::lock_guard lock(db_mutex_);
    std::string error;
    auto fail_all = [&](const std::string& why) {
        for (PendingEntry* pending : batch) {
            if (pending->error.empty()) pending->error = why;
        }
        return false;
    };
    if (!db_->exec("BEGIN IMMEDIATE", error)) return fail_all(error);
    Statement insert(db_->handle(), kInsertDecision);
    std::size_t written = 0;
    for (PendingEntry* pending : batch) {
        const Entry& e = pending->entry;
        // A failing entry (a duplicate id, an unknown rule set) fails alone: SQLite undoes
        // only its statement, and the others stay in the transaction.
        if (!ensure_rule_set(e.digest, pending->error)) continue;
        insert.bind(1, e.id).bind(2, e.time).bind(3, e.digest).bind(4, e.engine_version);
        insert.bind(5, e.options).bind(6, e.incident).bind(7, e.incident_format);
        insert.bind(8, e.source).bind(9, e.decision_hash);
        insert.step();
        if (!insert.error().empty()) {
            pending->error = insert.error();
        } else {
            ++written;
        }
        insert.reset();
    }
    if (!db_->exec("COMMIT", error)) {
        std::string ignored;
        db_->exec("ROLLBACK", ignored);
        for (PendingEntry* pending : batch) pending->error = error;
        return false;
    }
    return written > 0;
}

std::optional<Entry> SqliteStore::find(std::string_view id) {
    succeed();
    std::lock_guard lock(db_mutex_);
    Statement select(db_->handle(), kSelectDecision);
    select.bind(1, id);
    if (!select.step()) {
        if (!select.error().empty())
            fail(about("cannot read entry " + std::string(id) + ": " + select.error()));
        return std::nullopt;
    }
    Entry entry;
    std::string* fields[] = {
        &entry.id,           &entry.time,     &entry.digest,          &entry.engine_version,
        &entry.options,      &entry.incident, &entry.incident_format, &entry.source,
        &entry.decision_hash};
    for (int i = 0; i < 9; ++i) {
        if (!select.text(i, *fields[i])) {
            fail(about("entry " + std::string(id) + " is damaged: column " +
                       std::string(kEntryColumns[static_cast<std::size_t>(i)]) +
                       " does not hold text"));
            return std::nullopt;
        }
    }
    if (std::string problem = entry_problem(entry); !problem.empty()) {
        fail(about("entry " + std::string(id) + " is damaged: " + problem));
        return std::nullopt;
    }
    return entry;
}

std::optional<RuleSetFiles> SqliteStore::rule_set(std::string_view digest) {
    succeed();
    std::lock_guard lock(db_mutex_);
    Statement present(db_->handle(), "SELECT 1 FROM rule_sets WHERE digest = ?1");
    present.bind(1, digest);
    if (!present.step()) {
        if (!present.error().empty()) {
            fail(about("cannot read rule set " + std::string(digest) + ": " + present.error()));
        }
        return std::nullopt;
    }
    RuleSetFiles files{std::string(digest), {}};
    Statement select(db_->handle(),
                     "SELECT path, text FROM rule_files WHERE digest = ?1 ORDER BY position");
    select.bind(1, digest);
    while (select.step()) {
        Source source;
        if (!select.text(0, source.path) || !select.text(1, source.text)) {
            fail(about("rule set " + std::string(digest) +
                       " is damaged: a file's path or text "
                       "is not text"));
            return std::nullopt;
        }
        files.files.push_back(std::move(source));
    }
    if (!select.error().empty()) {
        fail(about("cannot read rule set " + std::string(digest) + ": " + select.error()));
        return std::nullopt;
    }
    return files;
}

std::size_t SqliteStore::prune(std::string_view before_date) {
    succeed();
    if (!is_date(before_date)) {
        fail(about("`" + std::string(before_date) + "` is not a date YYYY-MM-DD"));
        return 0;
    }
    std::lock_guard lock(db_mutex_);
    std::string error;
    std::string ignored;
    if (!db_->exec("BEGIN IMMEDIATE", error)) {
        fail(about("cannot prune: " + error));
        return 0;
    }
    // Times are RFC 3339 UTC, so text order is time order and `2024-01-02T…` < `2024-01-03`.
    Statement entries(db_->handle(), "DELETE FROM decisions WHERE time < ?1");
    entries.bind(1, before_date);
    entries.step();
    auto deleted = static_cast<std::size_t>(db_->changes());
    if (!entries.error().empty() ||
        !db_->exec("DELETE FROM rule_sets WHERE digest NOT IN (SELECT digest FROM decisions)",
                   error) ||
        !db_->exec("COMMIT", error)) {
        db_->exec("ROLLBACK", ignored);
        fail(about("cannot prune: " + (entries.error().empty() ? error : entries.error())));
        return 0;
    }
    // Move the deletions out of the write-ahead log into the file, and empty the log, so no
    // copy of the pruned rows is left behind.
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)", ignored);
    return deleted;
}

}  // namespace netral::decision_log
