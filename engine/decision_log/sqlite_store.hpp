// SPDX-License-Identifier: Apache-2.0
// The SQLite decision log: one file in WAL mode, synchronous=FULL so a committed entry survives
// a power cut. Appends are grouped: one writer thread drains the queue of pending entries into
// one transaction and wakes every waiter after its COMMIT, so N concurrent appends cost about
// one sync rather than N.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "decision_log/group_commit.hpp"
#include "decision_log/sqlite_db.hpp"
#include "decision_log/store.hpp"

namespace netral::decision_log {

class SqliteStore final : public Store {
public:
    /// Takes an open, migrated connection to the log at `path` (named in failures).
    SqliteStore(std::unique_ptr<Database> db, std::string path);

    void keep_rule_set(const RuleSetFiles& files) override;
    std::string append(Entry entry) override;
    std::optional<Entry> find(std::string_view id) override;
    std::optional<RuleSetFiles> rule_set(std::string_view digest) override;
    std::size_t prune(std::string_view before_date) override;
    std::size_t transactions() const override { return group_.transactions(); }

private:
    /// Writes `batch` in one transaction; sets each one's error (GroupCommit::CommitBatch).
    bool commit(const std::vector<PendingEntry*>& batch);
    /// Inserts the kept rule set `digest` when the log lacks it (a prune from another
    /// process may have removed it). Under db_mutex_, inside a transaction.
    bool ensure_rule_set(const std::string& digest, std::string& error);
    /// Writes a rule set's rows. Under db_mutex_, inside a transaction.
    bool insert_rule_set(const RuleSetFiles& files, std::string& error);
    /// `log \`path\`: what`, for failure().
    std::string about(const std::string& what) const;

    std::unique_ptr<Database> db_;  ///< guarded by db_mutex_
    std::string path_;              ///< as given to open_store()
    std::mutex db_mutex_;           ///< one user of the connection at a time
    /// The rule sets given to keep_rule_set(), by digest; guarded by db_mutex_.
    std::map<std::string, RuleSetFiles, std::less<>> kept_;
    /// Last: its writer thread starts once everything above exists, and stops first.
    GroupCommit group_;
};

/// Opens (creating it with mode 0600 when allowed and missing) and migrates the SQLite log at
/// `path`; null with `error` set when it cannot.
std::unique_ptr<Store> open_sqlite_store(const std::string& path, std::string& error,
                                         const OpenOptions& options);

}  // namespace netral::decision_log
