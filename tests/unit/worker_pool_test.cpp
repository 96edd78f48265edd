// SPDX-License-Identifier: Apache-2.0
// The worker pool and what runs on it (base/worker_pool.hpp, base/ordered_map.hpp): every job
// runs once, results come back in input order whatever the threads do, exceptions reach the
// caller, the destructor drops what has not started, and nothing depends on the number of
// threads.
#include "base/worker_pool.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/ordered_map.hpp"

namespace {

using netral::base::WorkerPool;

/// Raises `most` to `now` if `now` is larger.
void raise_to(std::atomic<int>& most, int now) {
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
}

}  // namespace

TEST_CASE("worker pool: every submitted job runs once, whatever the number of threads") {
    struct Row {
        const char* name;
        std::size_t threads;
        int jobs;
    };
    const Row rows[] = {
        {"one thread, many small jobs", 1, 2000}, {"four threads, many small jobs", 4, 20000},
        {"more threads than jobs", 16, 3},        {"no jobs", 3, 0},
        {"zero threads asked: one", 0, 10},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        WorkerPool pool(row.threads);
        CHECK(pool.threads() == std::max<std::size_t>(row.threads, 1));
        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(row.jobs));
        for (int i = 0; i < row.jobs; ++i) pool.submit([&runs, i] { ++runs[i]; });
        pool.wait();
        int wrong = 0;
        for (const std::atomic<int>& r : runs) wrong += r.load() == 1 ? 0 : 1;
        CHECK(wrong == 0);
        pool.wait();  // nothing pending: returns at once
    }
}

TEST_CASE("worker pool: a job's exception reaches wait(), once, and the pool goes on") {
    WorkerPool pool(3);
    std::atomic<int> ran{0};
    for (int i = 0; i < 50; ++i) {
        pool.submit([&ran, i] {
            ++ran;
            if (i == 7) throw std::runtime_error("job 7 failed");
        });
    }
    CHECK_THROWS_WITH(pool.wait(), "job 7 failed");
    CHECK(ran.load() == 50);  // the others still ran
    CHECK_NOTHROW(pool.wait());
    pool.submit([&ran] { ++ran; });
    CHECK_NOTHROW(pool.wait());
    CHECK(ran.load() == 51);
}

TEST_CASE("worker pool: the destructor drops jobs not started and finishes the running ones") {
    std::atomic<int> started{0};
    std::atomic<int> finished{0};
    std::promise<void> open;
    std::shared_future<void> gate = open.get_future().share();
    std::thread opener;
    {
        WorkerPool pool(2);
        for (int i = 0; i < 20; ++i) {
            pool.submit([&started, &finished, gate] {
                ++started;
                gate.wait();
                ++finished;
            });
        }
        // Both threads are inside a job, blocked on the gate; 18 jobs wait in the queue.
        while (started.load() < 2) std::this_thread::yield();
        opener = std::thread([&open] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            open.set_value();
        });
        // ~WorkerPool runs here, while the two jobs are still blocked.
    }
    opener.join();
    CHECK(started.load() == 2);
    CHECK(finished.load() == 2);
}

TEST_CASE("worker pool: drop_pending removes the queued jobs only") {
    WorkerPool pool(1);
    std::mutex gate;
    std::atomic<bool> inside{false};
    std::atomic<int> ran{0};
    std::unique_lock hold(gate);
    pool.submit([&] {
        inside = true;
        std::lock_guard wait_for_gate(gate);
        ++ran;
    });
    while (!inside.load()) std::this_thread::yield();
    for (int i = 0; i < 5; ++i) pool.submit([&ran] { ++ran; });
    CHECK(pool.drop_pending() == 5);
    hold.unlock();
    pool.wait();
    CHECK(ran.load() == 1);
}

TEST_CASE("for_each_index: each index once, the first exception rethrown, the rest skipped") {
    struct Row {
        const char* name;
        std::size_t threads;  // 0: no pool
        std::size_t n;
    };
    const Row rows[] = {
        {"no pool", 0, 100},       {"one thread", 1, 100},
        {"four threads", 4, 5000}, {"more threads than indexes", 8, 3},
        {"one index", 4, 1},       {"no index", 4, 0},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        std::optional<WorkerPool> pool;
        if (row.threads > 0) pool.emplace(row.threads);
        std::vector<std::atomic<int>> runs(row.n);
        netral::base::for_each_index(pool ? &*pool : nullptr, row.n,
                                     [&](std::size_t i) { ++runs[i]; });
        int wrong = 0;
        for (const std::atomic<int>& r : runs) wrong += r.load() == 1 ? 0 : 1;
        CHECK(wrong == 0);
    }
    {
        // The pool's one thread is held busy, so the calling thread claims the indexes in order:
        // after the throw at 3 every later index is skipped.
        WorkerPool busy(1);
        std::promise<void> open;
        std::shared_future<void> gate = open.get_future().share();
        busy.submit([gate] { gate.wait(); });
        std::vector<std::size_t> ran;
        CHECK_THROWS_WITH(netral::base::for_each_index(&busy, 100,
                                                       [&](std::size_t i) {
                                                           ran.push_back(i);
                                                           if (i == 3)
                                                               throw std::runtime_error("3");
                                                       }),
                          "3");
        CHECK(ran == std::vector<std::size_t>{0, 1, 2, 3});
        open.set_value();
        busy.wait();
    }
    WorkerPool pool(4);
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH(netral::base::for_each_index(&pool, 10000,
                                                   [&](std::size_t i) {
                                                       ++ran;
                                                       if (i == 3) throw std::runtime_error("3");
                                                   }),
                      "3");
    // The pool is usable afterwards, and for_each_index inside a job of a busy pool finishes.
    std::atomic<int> nested{0};
    for (int k = 0; k < 4; ++k) {
        pool.submit(
            [&] { netral::base::for_each_index(&pool, 50, [&](std::size_t) { ++nested; }); });
    }
    pool.wait();
    CHECK(nested.load() == 200);
}

TEST_CASE("ordered map: results come back in input order, with a bounded number in flight") {
    struct Row {
        const char* name;
        std::size_t threads;  // 0: no pool
        std::size_t window;
        int inputs;
    };
    const Row rows[] = {
        {"no pool", 0, 4, 50},      {"a pool of one thread runs on the caller", 1, 4, 50},
        {"two threads", 2, 4, 200}, {"more threads than the window", 9, 2, 200},
        {"no input", 4, 8, 0},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        std::optional<WorkerPool> pool;
        if (row.threads > 0) pool.emplace(row.threads);
        int produced = 0;
        std::vector<int> delivered;
        std::atomic<int> in_flight{0};
        std::atomic<int> most_in_flight{0};
        netral::base::ordered_map<int, int>(
            pool ? &*pool : nullptr, row.window,
            [&]() -> std::optional<int> {
                if (produced == row.inputs) return std::nullopt;
                return produced++;
            },
            [&](int& input) {
                raise_to(most_in_flight, ++in_flight);
                // Early inputs take longest, so later ones finish first.
                std::this_thread::sleep_for(std::chrono::microseconds((input % 7) * 50));
                --in_flight;
                return input * 10;
            },
            [&](int& result) { delivered.push_back(result); }, [] {});
        REQUIRE(delivered.size() == static_cast<std::size_t>(row.inputs));
        for (int i = 0; i < row.inputs; ++i) CHECK(delivered[i] == i * 10);
        CHECK(most_in_flight.load() <= static_cast<int>(row.window));
    }
}

TEST_CASE("ordered map: an exception reaches the caller after the jobs stop") {
    struct Row {
        const char* name;
        int throw_in;  // 0: work, 1: deliver, 2: next
        std::vector<int> expected_delivered;
    };
    const Row rows[] = {
        {"in a job: delivered up to it", 0, {0, 1, 2, 3, 4}},
        {"in deliver", 1, {0, 1, 2, 3, 4}},
        {"in next: what was read is delivered first", 2, {0, 1, 2, 3, 4}},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        WorkerPool pool(3);
        int produced = 0;
        std::vector<int> delivered;
        auto run = [&] {
            netral::base::ordered_map<int, int>(
                &pool, 4,
                [&]() -> std::optional<int> {
                    if (row.throw_in == 2 && produced == 5) throw std::runtime_error("failed");
                    if (produced == 20) return std::nullopt;
                    return produced++;
                },
                [&](int& input) {
                    if (row.throw_in == 0 && input == 5) throw std::runtime_error("failed");
                    return input;
                },
                [&](int& result) {
                    if (row.throw_in == 1 && result == 5) throw std::runtime_error("failed");
                    delivered.push_back(result);
                },
                [] {});
        };
        CHECK_THROWS_WITH(run(), "failed");
        CHECK(delivered == row.expected_delivered);
        CHECK(produced <= 5 + 4 + 1);  // reading stopped within a window of the failure
        CHECK_NOTHROW(pool.wait());    // every job of the call had finished
    }
}
