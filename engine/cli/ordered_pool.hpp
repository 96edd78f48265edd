// SPDX-License-Identifier: Apache-2.0
// Runs one job per input on a few threads and hands the results back in input order, so a batch
// (`netral eval DIR`, `netral eval -`) uses every core while its output stays byte-identical to a
// run on one thread. Inputs are read ahead by at most a bounded window: a stream is never read
// whole before the first result is written.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace netral::cli {

/// How run_ordered() runs.
struct PoolOptions {
    std::size_t jobs = 1;     ///< worker threads; 1 runs everything on the calling thread
    std::size_t window = 64;  ///< inputs read but not yet delivered, at most (≥ jobs)
};

/// Calls `next()` for the inputs until it returns none, `work(input)` on each, and
/// `deliver(result)` on each result in the order `next()` produced the inputs. `idle()` is called
/// on the delivering thread just before it waits for a result that is not ready yet (flush there).
///
/// With jobs == 1 the three run in turn on the calling thread. Otherwise `next()` runs on a
/// reader thread of its own (so a blocking read never holds back results already computed),
/// `work` on `jobs` worker threads, and `deliver` and `idle` on the calling thread. `next` and
/// `deliver` are never called concurrently with themselves; `work` must be safe to call
/// concurrently. An exception thrown by any of them is rethrown here after every thread has
/// stopped; no further input is read once one was thrown (the reader finishes a read it has
/// begun).
template <typename Input, typename Result>
void run_ordered(const PoolOptions& options, const std::function<std::optional<Input>()>& next,
                 const std::function<Result(Input&)>& work,
                 const std::function<void(Result&)>& deliver, const std::function<void()>& idle) {
    if (options.jobs <= 1) {
        while (std::optional<Input> input = next()) {
            Result result = work(*input);
            deliver(result);
            idle();
        }
        return;
    }
    // One slot per input read and not yet delivered, in input order; slots[0] is the next to
    // deliver. A worker fills the slot of its input.
    struct Slot {
        std::optional<Input> input;    ///< until a worker takes it
        std::optional<Result> result;  ///< once the worker is done
        std::exception_ptr error;      ///< what `work` threw instead
        bool done = false;             ///< result or error is set
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Slot> slots;         // guarded by mutex
    std::size_t first_untaken = 0;  // index in slots of the first input no worker took
    bool end_of_input = false;      // next() returned none (or threw)
    bool stopping = false;          // deliver threw: stop reading and working
    std::exception_ptr reader_error;
    const std::size_t window = std::max(options.window, options.jobs);

    std::thread reader([&] {
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
            std::lock_guard lock(mutex);
            if (!input) break;
            slots.push_back(Slot{std::move(input), std::nullopt, nullptr, false});
            changed.notify_all();
        }
        std::lock_guard lock(mutex);
        end_of_input = true;
        changed.notify_all();
    });
    auto worker_loop = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock,
                         [&] { return stopping || first_untaken < slots.size() || end_of_input; });
            if (stopping || first_untaken >= slots.size()) {
                if (stopping || end_of_input) return;
                continue;
            }
            // Slots are only popped from the front, so a slot's address is stable while a
            // worker holds it (std::deque keeps references on push_back and pop_front).
            Slot& slot = slots[first_untaken++];
            Input input = std::move(*slot.input);
            slot.input.reset();
            lock.unlock();
            std::optional<Result> result;
            std::exception_ptr error;
            try {
                result.emplace(work(input));
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            slot.result = std::move(result);
            slot.error = error;
            slot.done = true;
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    try {
        for (std::size_t i = 0; i < options.jobs; ++i) workers.emplace_back(worker_loop);
    } catch (...) {
        // No more threads: stop the ones already running before giving up.
        {
            std::lock_guard lock(mutex);
            stopping = true;
            changed.notify_all();
        }
        reader.join();
        for (std::thread& worker : workers) worker.join();
        throw;
    }
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
        --first_untaken;
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
    reader.join();
    for (std::thread& worker : workers) worker.join();
    if (failure) std::rethrow_exception(failure);
    if (reader_error) std::rethrow_exception(reader_error);
}

}  // namespace netral::cli
