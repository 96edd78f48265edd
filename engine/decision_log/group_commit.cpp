// SPDX-License-Identifier: Apache-2.0
#include "decision_log/group_commit.hpp"

#include "decision_log/entry_check.hpp"

namespace netral::decision_log {

GroupCommit::GroupCommit(CommitBatch commit)
    : commit_(std::move(commit)), writer_([this] { write_loop(); }) {}

GroupCommit::~GroupCommit() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queue_ready_.notify_one();
    writer_.join();
}

std::string GroupCommit::append(Entry& entry) {
    if (std::string problem = prepare_entry(entry); !problem.empty()) {
        return "entry not appended: " + problem;
    }
    PendingEntry pending;
    pending.entry = std::move(entry);
    {
        std::unique_lock lock(mutex_);
        queue_.push_back(&pending);
        queue_ready_.notify_one();
        batch_done_.wait(lock, [&] { return pending.done; });
    }
    entry = std::move(pending.entry);
    if (pending.error.empty()) return "";
    return "entry " + entry.id + " not appended: " + pending.error;
}

void GroupCommit::write_loop() {
    std::unique_lock lock(mutex_);
    for (;;) {
        queue_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, nothing left
        std::vector<PendingEntry*> batch;
        batch.swap(queue_);
        // Appends arriving while this batch commits queue up for the next one.
        lock.unlock();
        bool committed = commit_(batch);
        lock.lock();
        if (committed) ++transactions_;
        for (PendingEntry* pending : batch) pending->done = true;
        batch_done_.notify_all();
    }
}

}  // namespace netral::decision_log
