// SPDX-License-Identifier: Apache-2.0
// The progress bar of a long `netral eval` batch, drawn on standard error only when it is a
// terminal: `[#######.............]  35/120 incidents`. Never shown in pipes or tests.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace netral::cli {

/// A progress line over a known number of inputs. Used from one thread (the one that delivers
/// results). Inactive (it draws nothing) unless constructed with `enabled`.
class Progress {
public:
    /// `total` inputs; `enabled` when standard error is a terminal and progress was not turned
    /// off. The bar appears once there are more than kManyInputs inputs, or after kSlowRun.
    Progress(std::ostream& err, std::size_t total, bool enabled);

    /// Records that `done` inputs are finished and redraws (at most every kRedraw).
    void update(std::size_t done);
    /// Erases the bar so that other output can be written; the next update() redraws it.
    void clear();

    static constexpr std::size_t kManyInputs = 20;  ///< inputs above which the bar shows at once
    static constexpr std::chrono::milliseconds kSlowRun{1000};  ///< or when a run takes this long
    static constexpr std::chrono::milliseconds kRedraw{100};    ///< least time between redraws

private:
    std::ostream& err_;                              ///< standard error
    std::size_t total_;                              ///< inputs in the batch
    bool enabled_;                                   ///< a terminal, and not --no-progress
    bool shown_ = false;                             ///< the bar is on the screen now
    std::chrono::steady_clock::time_point start_;    ///< when the batch began
    std::chrono::steady_clock::time_point drawn_;    ///< when the bar was last drawn
};

}  // namespace netral::cli
