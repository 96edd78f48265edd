// SPDX-License-Identifier: Apache-2.0
// An ordered map over a stream on the worker pool: one job per input, the results handed back
// in input order, so a batch (`netral eval DIR`, `netral eval -`) uses every core while its
// output stays byte-identical to a run on one thread. At most a bounded window of inputs is read
// and not yet delivered: a stream is never read whole before the first result is written.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>

#include "base/worker_pool.hpp"

namespace netral::base {

/// Calls `next()` for the inputs until it returns none, `work(input)` on each, and
/// `deliver(result)` on each result in the order `next()` produced the inputs. `idle()` is called
/// on the delivering thread just before it waits for a result that is not ready yet (flush there).
/// At most `window` inputs (at least one) are read and not yet delivered.
///
/// Without a pool, or with a pool of one thread, the three run in turn on the calling thread.
/// Otherwise `next()` runs as one job of the pool (so a blocking read never holds back results
/// already computed), `work` as one job per input on the pool's other threads, and `deliver`
/// and `idle` on the calling thread; the pool should not be busy with other work meanwhile.
/// `next` and `deliver` are never called concurrently with themselves; `work` must be safe to
/// call concurrently. An exception thrown by any of them is rethrown here once every job of
/// this call has finished (inputs read but not started are then skipped); no further input is
/// read once one was thrown (the reader finishes a read it has begun). `work`'s exception for an
/// input is thrown when that input's turn to be delivered comes.
template <typename Input, typename Result>
void ordered_map(WorkerPool* pool, std::size_t window,
                 const std::function<std::optional<Input>()>& next,
                 const std::function<Result(Input&)>& work,
                 const std::function<void(Result&)>& deliver, const std::function<void()>& idle) {
    if (pool == nullptr || pool->threads() < 2) {
        while (std::optional<Input> input = next()) {
            Result result = work(*input);
            deliver(result);
            idle();
        }
        return;
    }
    window = std::max<std::size_t>(window, 1);
    // One slot per input read and not yet delivered, in input order; slots.front() is the next
    // to deliver. The job of an input fills its slot.
    struct Slot {
        std::optional<Input> input;    ///< read; the job moves it out
        std::optional<Result> result;  ///< once the job is done
        std::exception_ptr error;      ///< what `work` threw instead
        bool done = false;             ///< result or error is set (or skipped: stopping)
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Slot> slots;     // guarded by mutex; std::deque keeps references on push_back
                                // and pop_front, and a slot is popped only once done
    std::size_t running = 0;    // guarded by mutex: jobs of this call not finished
    bool end_of_input = false;  // guarded by mutex: the reader has stopped
    bool stopping = false;      // guarded by mutex: deliver threw; skip and stop reading
    std::exception_ptr reader_error;

    auto run_slot = [&](Slot* slot) {
        std::optional<Result> result;
        std::exception_ptr error;
        bool skip = false;
        {
            std::lock_guard lock(mutex);
            skip = stopping;
        }
        if (!skip) {
            try {
                result.emplace(work(*slot->input));
            } catch (...) {
                error = std::current_exception();
            }
        }
        std::lock_guard lock(mutex);
        slot->result = std::move(result);
        slot->error = std::move(error);  // moved: the last reference is the deliverer's
        slot->done = true;
        --running;
        changed.notify_all();
    };
    auto read = [&] {
        for (;;) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || slots.size() < window; });
                if (stopping) break;
            }
            std::optional<Input> input;
            try {
                input = next();
            } catch (...) {
                std::lock_guard lock(mutex);
                reader_error = std::current_exception();
                break;
            }
            if (!input) break;
            Slot* slot = nullptr;
            {
                std::lock_guard lock(mutex);
                slot = &slots.emplace_back();
                slot->input = std::move(input);
                ++running;
            }
            pool->submit([&run_slot, slot] { run_slot(slot); });
        }
        std::lock_guard lock(mutex);
        end_of_input = true;
        --running;
        changed.notify_all();
    };
    {
        std::lock_guard lock(mutex);
        ++running;  // the reader
    }
    pool->submit(read);

    std::exception_ptr failure;
    for (;;) {
        std::unique_lock lock(mutex);
        if (slots.empty() || !slots.front().done) {
            if (slots.empty() && end_of_input) break;
            lock.unlock();
            idle();
            lock.lock();
            changed.wait(lock, [&] {
                return (!slots.empty() && slots.front().done) || (slots.empty() && end_of_input);
            });
            if (slots.empty()) break;
        }
        Slot slot = std::move(slots.front());
        slots.pop_front();
        changed.notify_all();
        lock.unlock();
        try {
            if (slot.error) std::rethrow_exception(slot.error);
            deliver(*slot.result);
        } catch (...) {
            failure = std::current_exception();
            lock.lock();
            stopping = true;
            changed.notify_all();
            break;
        }
    }
    // Every job of this call refers to the locals above: wait for all of them.
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return running == 0; });
    }
    if (failure) std::rethrow_exception(failure);
    if (reader_error) std::rethrow_exception(reader_error);
}

}  // namespace netral::base
