// SPDX-License-Identifier: Apache-2.0
// Group commit, shared by the back ends: append() queues its entry and waits; one writer thread
// takes every entry waiting, hands them to the back end's commit function as one batch (one
// transaction) and wakes all their callers after it returns, so N concurrent appends cost about
// one durable commit rather than N.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "decision_log/store.hpp"

namespace netral::decision_log {

/// An append waiting for the writer.
struct PendingEntry {
    Entry entry;        ///< complete: id, time and version are set
    bool done = false;  ///< set by the writer, under the queue's mutex
    std::string error;  ///< why it was not written, or ""
};

class GroupCommit {
public:
    /// Writes a batch in one transaction, setting the error of each entry not written; returns
    /// true when the transaction committed at least one entry. Runs on the writer thread only.
    using CommitBatch = std::function<bool(const std::vector<PendingEntry*>&)>;

    explicit GroupCommit(CommitBatch commit);
    /// Commits what is queued, then stops the writer. No append may start once it runs.
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    /// Fills and checks `entry` (prepare_entry), queues it and blocks until its batch is
    /// committed (or failed); returns "" or why it was not appended ("entry … not appended:
    /// …"). What every back end's Store::append() does. Thread-safe.
    std::string append(Entry& entry);
    /// Transactions that committed at least one entry.
    std::size_t transactions() const { return transactions_.load(); }

private:
    void write_loop();

    CommitBatch commit_;
    std::mutex mutex_;                     ///< guards queue_, stopping_ and PendingEntry::done
    std::condition_variable queue_ready_;  ///< wakes the writer
    std::condition_variable batch_done_;   ///< wakes the waiting appends
    std::vector<PendingEntry*> queue_;     ///< entries not yet taken by the writer
    bool stopping_ = false;                ///< the destructor runs
    std::atomic<std::size_t> transactions_{0};
    std::thread writer_;  ///< last: started once everything above exists
};

}  // namespace netral::decision_log
