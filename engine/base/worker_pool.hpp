// SPDX-License-Identifier: Apache-2.0
// One pool of worker threads for every stage that runs work in parallel: parsing the files of a
// large rule set, explore's variants, a batch of incidents (base/ordered_map.hpp) and, later, a
// service's evaluations. A fixed number of threads, started once and joined by the destructor;
// no global state. Results stay deterministic because callers write each job's result into a
// place of its own and read them in order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace netral::base {

/// A fixed set of threads running submitted jobs in submission order (each job on whichever
/// thread is free). Thread-safe: any thread may submit; wait() may be called from any thread
/// that is not one of the pool's. Not copyable or movable.
class WorkerPool {
public:
    /// Starts `threads` threads (at least one). If the system refuses a thread, those started
    /// are stopped and joined and std::system_error is thrown.
    explicit WorkerPool(std::size_t threads);
    /// Drops the jobs not yet started, lets the running ones finish and joins every thread. A
    /// job's exception not collected by wait() is discarded: call wait() first to see it.
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// The number of threads.
    std::size_t threads() const { return threads_.size(); }

    /// Queues `job`. A job that throws does not stop the pool: the first exception thrown since
    /// the last wait() is kept and rethrown by the next wait().
    void submit(std::function<void()> job);

    /// Blocks until every job submitted so far (by any thread) has finished, then rethrows the
    /// first exception one of them threw, if any (once: a later wait() does not see it again).
    /// Must not be called from a job (it would wait for itself).
    void wait();

    /// Removes the jobs not yet started and returns how many; the running ones go on.
    std::size_t drop_pending();

private:
    void run();  ///< one thread's loop

    std::mutex mutex_;
    std::condition_variable job_ready_;        ///< a job was queued, or stopping_
    std::condition_variable all_done_;         ///< the queue emptied with nothing running
    std::deque<std::function<void()>> queue_;  ///< guarded by mutex_; not yet started
    std::size_t running_ = 0;                  ///< guarded by mutex_; jobs being run
    bool stopping_ = false;                    ///< guarded by mutex_; the destructor ran
    std::exception_ptr failure_;               ///< guarded by mutex_; first since wait()
    std::vector<std::thread> threads_;
};

/// Calls `work(i)` for every i in [0, n), on the calling thread and on up to n - 1 of `pool`'s
/// threads (on the calling thread alone when `pool` is null), and returns when all are done.
/// Each index is run once; `work` must be safe to call concurrently. If `work` throws, the
/// indexes not yet started are skipped and the first exception is rethrown here. The calling
/// thread takes part, so this finishes even when every thread of the pool is busy (a job of the
/// pool may call it on the same pool).
void for_each_index(WorkerPool* pool, std::size_t n, const std::function<void(std::size_t)>& work);

}  // namespace netral::base
