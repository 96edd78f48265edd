// SPDX-License-Identifier: Apache-2.0
// The worker pool (base/worker_pool.hpp).
#include "base/worker_pool.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

namespace netral::base {

WorkerPool::WorkerPool(std::size_t threads) {
    threads = std::max<std::size_t>(threads, 1);
    threads_.reserve(threads);
    try {
        for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
    } catch (...) {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        job_ready_.notify_all();
        for (std::thread& thread : threads_) thread.join();
        throw;
    }
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();  // dropped, not run: the owner is going away
    }
    job_ready_.notify_all();
    for (std::thread& thread : threads_) thread.join();
}

void WorkerPool::submit(std::function<void()> job) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(job));
    }
    job_ready_.notify_one();
}

void WorkerPool::wait() {
    std::unique_lock lock(mutex_);
    all_done_.wait(lock, [&] { return queue_.empty() && running_ == 0; });
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

std::size_t WorkerPool::drop_pending() {
    std::lock_guard lock(mutex_);
    std::size_t dropped = queue_.size();
    queue_.clear();
    if (running_ == 0) all_done_.notify_all();
    return dropped;
}

void WorkerPool::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        job_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        std::function<void()> job = std::move(queue_.front());
        queue_.pop_front();
        ++running_;
        lock.unlock();
        std::exception_ptr thrown;
        try {
            job();
        } catch (...) {
            thrown = std::current_exception();
        }
        job = nullptr;  // what the job captured goes before it counts as done
        lock.lock();
        if (thrown && !failure_) failure_ = std::move(thrown);
        thrown = nullptr;  // released under the lock, like the one kept
        --running_;
        if (queue_.empty() && running_ == 0) all_done_.notify_all();
    }
}

namespace {

/// What for_each_index() shares with the jobs it submits. Shared, because a job may start
/// after the call returned (every index already done): it then finds nothing to do.
struct IndexRun {
    std::size_t n = 0;
    std::function<void(std::size_t)> work;
    std::atomic<std::size_t> next{0};  ///< the next index to claim
    std::atomic<bool> failed{false};   ///< a call threw: skip the rest
    std::mutex mutex;
    std::condition_variable all_done;
    std::size_t finished = 0;    ///< guarded by mutex: indexes run or skipped
    std::exception_ptr failure;  ///< guarded by mutex: the first exception

    /// Claims and runs indexes until none is left.
    void drain() {
        for (std::size_t i = next++; i < n; i = next++) {
            std::exception_ptr thrown;
            if (!failed) {
                try {
                    work(i);
                } catch (...) {
                    thrown = std::current_exception();
                    failed = true;
                }
            }
            std::lock_guard lock(mutex);
            if (thrown && !failure) failure = std::move(thrown);
            if (++finished == n) all_done.notify_all();
        }
    }
};

}  // namespace

void for_each_index(WorkerPool* pool, std::size_t n, const std::function<void(std::size_t)>& work) {
    if (pool == nullptr || n < 2) {
        for (std::size_t i = 0; i < n; ++i) work(i);
        return;
    }
    auto run = std::make_shared<IndexRun>();
    run->n = n;
    // The jobs only hold `work` while indexes remain, and every index is claimed before this
    // returns, so the reference to the caller's function never outlives the call.
    run->work = [&work](std::size_t i) { work(i); };
    std::size_t helpers = std::min(pool->threads(), n - 1);
    for (std::size_t k = 0; k < helpers; ++k) pool->submit([run] { run->drain(); });
    run->drain();
    std::exception_ptr failure;
    {
        std::unique_lock lock(run->mutex);
        run->all_done.wait(lock, [&] { return run->finished == n; });
        // Taken out: a late job may release the shared state on its own thread.
        failure = std::exchange(run->failure, nullptr);
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace netral::base
