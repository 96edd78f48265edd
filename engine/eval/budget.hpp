// SPDX-License-Identifier: Apache-2.0
// The bounds of one evaluation (EvalOptions::work_limit and time_limit): a count of steps —
// expression nodes evaluated — and a deadline. The evaluator counts every node; the clock is
// read only every kClockEvery steps, so an unbounded evaluation pays one increment and one
// comparison per node. Once a bound is passed every later step fails at once, so the evaluation
// runs out quickly and its caller discards the decision.
#pragma once

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>

namespace netral::eval {

/// Which bound stopped an evaluation.
enum class Limit : std::uint8_t {
    None,  ///< not stopped
    Work,  ///< more steps than the work limit
    Time,  ///< past the deadline
};

/// The bounds of one evaluate() call, shared by all its passes (inexact date pieces, why-not
/// traces). Not thread-safe: one evaluation, one thread.
class Budget {
public:
    /// Unbounded.
    Budget() = default;
    /// At most `work_limit` steps (0: no bound), `time_limit` from now (0 or less: none), and
    /// never past `deadline` (none: no bound); one already passed stops the first step.
    Budget(std::uint64_t work_limit, std::chrono::milliseconds time_limit,
           std::optional<std::chrono::steady_clock::time_point> deadline = std::nullopt);

    /// Counts one step; false once a bound is passed (and for every step after).
    bool step() { return ++steps_ < next_check_ || check(); }

    /// Which bound stopped the evaluation, or None.
    Limit stopped() const { return stopped_; }
    /// Steps counted when it stopped (or so far).
    std::uint64_t steps() const { return stopped_ == Limit::None ? steps_ : stopped_at_; }
    std::uint64_t work_limit() const { return work_limit_; }
    std::chrono::milliseconds time_limit() const { return time_limit_; }

    /// Steps between two readings of the clock.
    static constexpr std::uint64_t kClockEvery = 1024;

private:
    bool check();  ///< the slow path: compare with the bounds, plan the next check

    std::uint64_t steps_ = 0;
    /// The step at which check() runs next (the limit + 1, or the next reading of the clock).
    std::uint64_t next_check_ = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t work_limit_ = 0;             ///< 0: none
    std::chrono::milliseconds time_limit_{0};  ///< 0: none
    bool timed_ = false;                       ///< a time limit or a deadline bounds it
    std::chrono::steady_clock::time_point deadline_;
    Limit stopped_ = Limit::None;
    std::uint64_t stopped_at_ = 0;  ///< steps when a bound was passed
};

}  // namespace netral::eval
