// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL decision log, behind the same Store interface as SQLite: for a service with
// several instances, or a log kept on another machine. The same tables (docs/decision-log.md),
// a `netral_meta` table for the schema version, group commit through GroupCommit.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "decision_log/group_commit.hpp"
#include "decision_log/postgres_db.hpp"
#include "decision_log/store.hpp"

namespace netral::decision_log {

class PostgresStore final : public Store {
public:
    /// Takes an open, migrated connection to the log at `uri` (named in failures, redacted).
    PostgresStore(std::unique_ptr<PgConnection> db, std::string uri);

    void keep_rule_set(const RuleSetFiles& files) override;
    std::string append(Entry entry) override;
    std::optional<Entry> find(std::string_view id) override;
    std::optional<RuleSetFiles> rule_set(std::string_view digest) override;
    std::size_t prune(std::string_view before_date) override;
    std::size_t transactions() const override { return group_.transactions(); }

private:
    /// Writes `batch` in one transaction (GroupCommit::CommitBatch).
    bool commit(const std::vector<PendingEntry*>& batch);
    /// Inserts the kept rule set `digest` when the log lacks it. Under db_mutex_, inside a
    /// transaction.
    bool ensure_rule_set(const std::string& digest, std::string& error);
    /// Runs `sql` (several statements) in one transaction; false with `error` set.
    bool in_transaction(const std::vector<std::pair<std::string, std::vector<std::string>>>& sql,
                        std::string& error);
    std::string about(const std::string& what) const;

    std::unique_ptr<PgConnection> db_;  ///< guarded by db_mutex_
    std::string uri_;                   ///< redacted
    std::mutex db_mutex_;               ///< one user of the connection at a time
    /// The rule sets given to keep_rule_set(), by digest; guarded by db_mutex_.
    std::map<std::string, RuleSetFiles, std::less<>> kept_;
    /// Last: its writer thread starts once everything above exists, and stops first.
    GroupCommit group_;
};

/// Connects to the PostgreSQL log at `uri` (a libpq URI, `postgresql://…`), creating or
/// migrating its tables; null with `error` set when it cannot.
std::unique_ptr<Store> open_postgres_store(const std::string& uri, std::string& error,
                                           const OpenOptions& options);

}  // namespace netral::decision_log
